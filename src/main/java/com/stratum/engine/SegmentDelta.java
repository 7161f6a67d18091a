package com.stratum.engine;

/**
 * One segment's change from baseline to scenario. Differences are scenario - baseline; percentages
 * are the difference over the baseline x 100, null when the baseline is 0. Revenue in exact cents.
 */
public record SegmentDelta(String segment, long baselineCount, long scenarioCount, long countDiff, Double countPct,
                           long baselineRevenueCents, long scenarioRevenueCents, long revenueDiffCents,
                           Double revenuePct) {
}
