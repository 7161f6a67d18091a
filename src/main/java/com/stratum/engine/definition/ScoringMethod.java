package com.stratum.engine.definition;

/** How an RFM dimension is turned into a 1..n score. */
public enum ScoringMethod {
    /**
     * Quantile bins: cut point k (k = 1..n-1) is the smallest value with at least k/n of the
     * scored customers at or below it; score = 1 + number of cut points strictly below the value.
     * Equal values always get the same score; ties can leave a score empty (reported).
     */
    QUANTILE,
    /**
     * The R package {@code rfm} 0.3.0 ({@code rfm_table_order}): breaks at R's type-7 quantiles
     * plus 1, bins closed on the left. Reproduces that package's scores exactly.
     */
    R_RFM,
    /** Fixed breakpoints (ascending): score = 1 + number of breakpoints at or below the value. */
    BREAKPOINTS
}
