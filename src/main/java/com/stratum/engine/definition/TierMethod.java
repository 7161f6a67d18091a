package com.stratum.engine.definition;

/** How tiers split a measure. {@code cuts} in {@link TierSpec} mean different things per method. */
public enum TierMethod {
    /** cuts = minimum value of each tier but the last (top tier first, descending). */
    THRESHOLDS,
    /** cuts = share of customers in each tier but the last (top first), e.g. 0.05, 0.15, 0.30. */
    QUANTILES,
    /**
     * cuts = share of the measure's total in each tier but the last (top first): 0.8 puts in the
     * top tier the best customers who together make 80% of the total.
     */
    CUMULATIVE_SHARE
}
