package com.stratum.ui.results;

/**
 * One segment of a run as the Results view shows it, as the engine computed it: index into the
 * run's segments, counts, exact revenue in cents and shares (fractions 0..1).
 */
public record SegmentRow(int index, String name, String colour, String strategy, long count, double share,
                         long revenueCents, double revenueShare) {
}
