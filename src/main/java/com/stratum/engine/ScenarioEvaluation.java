package com.stratum.engine;

import com.stratum.engine.definition.Definition;

/**
 * One what-if step, the work behind a slider move: the scenario definition evaluated over every
 * customer (the evaluator's caches make a moved threshold cheap) and compared with the baseline
 * (per-segment deltas, migration matrix, movers). The window's what-if and {@code bench engine}
 * both run exactly this.
 */
public record ScenarioEvaluation(Assignment assignment, Comparison comparison) {

    public static ScenarioEvaluation of(Evaluator evaluator, Definition scenario, SegmentLabels baseline) {
        Assignment a = evaluator.evaluate(scenario);
        return new ScenarioEvaluation(a, Comparison.of(baseline, a.labels()));
    }
}
