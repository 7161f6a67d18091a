package com.stratum.ui.builder;

import com.stratum.engine.definition.TierSpec;
import com.stratum.ui.charts.ParetoData;

import java.util.ArrayList;
import java.util.List;

/**
 * A tier boundary dragged along the Pareto curve, turned back into the tier spec's cuts. The
 * boundary between tier {@code i} and {@code i + 1} sits at a share of customers (best first, in
 * percent); what that means for the cuts depends on the method:
 * <ul>
 *   <li>quantiles: cut {@code i} is the share of customers in tier {@code i}, so it takes the new
 *       boundary minus the tiers above, and the next tier gives or takes the difference so the
 *       other boundaries stay where they were;</li>
 *   <li>cumulative share: the same with shares of value, read off the curve at the boundary;</li>
 *   <li>thresholds: cut {@code i} becomes the value of the last customer inside the boundary.</li>
 * </ul>
 */
final class TierCuts {

    private TierCuts() {
    }

    /**
     * @param customerPct the boundary's new place, percent of customers best first
     * @param curve       the measure's Pareto curve (value share at a customer share)
     * @param sortedCents the measure's present values in cents, ascending (thresholds only)
     */
    static TierSpec moveBoundary(TierSpec spec, int index, double customerPct, ParetoData curve, long[] sortedCents) {
        List<Double> cuts = new ArrayList<>(spec.cuts());
        switch (spec.method()) {
            case QUANTILES -> shift(cuts, index, customerPct / 100);
            case CUMULATIVE_SHARE -> shift(cuts, index, Math.min(100, curve.valueAt(customerPct)) / 100);
            case THRESHOLDS -> {
                int n = sortedCents.length;
                if (n == 0) {
                    return spec;
                }
                int inside = (int) Math.max(1, Math.min(n, Math.round(customerPct / 100 * n)));
                cuts.set(index, sortedCents[n - inside] / 100.0);
            }
        }
        return new TierSpec(spec.measure(), spec.method(), spec.scope(), cuts, spec.levels());
    }

    /**
     * The boundaries the analyst sees for share methods: cumulative shares, best first (widths
     * 0.05, 0.15, 0.30 read as top 5 %, top 20 %, top 50 %). Thresholds are returned as they are.
     */
    static List<Double> boundaries(TierSpec spec) {
        List<Double> out = new ArrayList<>();
        double acc = 0;
        for (double cut : spec.cuts()) {
            acc += cut;
            out.add(spec.method() == com.stratum.engine.definition.TierMethod.THRESHOLDS ? cut : round(Math.min(1, acc)));
        }
        return out;
    }

    /**
     * The spec with boundary {@code index} set to a cumulative share (a fraction; for thresholds the
     * threshold itself): the tier above the boundary widens or narrows and the one below gives or
     * takes the difference, so the other boundaries stay where they are.
     */
    static TierSpec withBoundary(TierSpec spec, int index, double boundary) {
        List<Double> cuts = new ArrayList<>(spec.cuts());
        if (spec.method() == com.stratum.engine.definition.TierMethod.THRESHOLDS) {
            cuts.set(index, boundary);
        } else {
            shift(cuts, index, boundary);
        }
        return new TierSpec(spec.measure(), spec.method(), spec.scope(), cuts, spec.levels());
    }

    /** Cut {@code index} so the tiers above it and it add up to {@code boundary}; the next cut absorbs the change. */
    private static void shift(List<Double> cuts, int index, double boundary) {
        double above = 0;
        for (int i = 0; i < index; i++) {
            above += cuts.get(i);
        }
        double old = cuts.get(index);
        double limit = index + 1 < cuts.size() ? old + cuts.get(index + 1) : 1 - above;
        double now = round(Math.max(0, Math.min(limit, boundary - above)));
        cuts.set(index, now);
        if (index + 1 < cuts.size()) {
            cuts.set(index + 1, round(Math.max(0, cuts.get(index + 1) + old - now)));
        }
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
