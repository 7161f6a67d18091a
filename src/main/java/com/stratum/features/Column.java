package com.stratum.features;

/**
 * One column of the customer frame: a primitive array indexed by customer row. Missing values
 * are tested with {@link #isMissing(int)}, never compared against a sentinel by callers.
 */
public sealed interface Column permits NumericColumn, MoneyColumn, CategoricalColumn, DateColumn {

    /** The feature key, e.g. {@code recency_days}; stable across versions, used in definitions. */
    String name();

    int size();

    boolean isMissing(int row);

    /** The value as a double for comparisons and charts (NaN when missing; codes for categories). */
    double asDouble(int row);
}
