package com.stratum.engine;

/**
 * One segment's line in the results table. Revenue is the exact sum of {@code monetary} in cents
 * (net spend, so returns lower it); shares are fractions 0..1 (revenue share of the total of all
 * customers; 0 when that total is not positive). {@code tierCounts[t]} counts the segment's
 * customers in tier t (empty when the definition has no tiers).
 */
public record SegmentSummary(int index, String key, String name, String colour, long count, double share,
                             long revenueCents, double revenueShare, long[] tierCounts) {

    public java.math.BigDecimal revenue() {
        return java.math.BigDecimal.valueOf(revenueCents, 2);
    }
}
