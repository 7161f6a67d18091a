package com.stratum.ui.whatif;

import com.stratum.engine.Assignment;
import com.stratum.engine.Comparison;

/** A scenario evaluated against the baseline: the engine's assignment and its comparison (deltas, matrix, movers). */
public record ScenarioResult(Scenario scenario, Assignment assignment, Comparison comparison) {
}
