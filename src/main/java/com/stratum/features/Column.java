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

    /**
     * The value for display and export: Long (a whole number) or Double, BigDecimal (money, exact),
     * LocalDate, String (a category's level); null when missing.
     */
    default Object cell(int row) {
        if (isMissing(row)) {
            return null;
        }
        if (this instanceof MoneyColumn m) {
            return m.amount(row);
        }
        if (this instanceof DateColumn d) {
            return d.date(row);
        }
        if (this instanceof CategoricalColumn c) {
            return c.label(row);
        }
        double v = asDouble(row);
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? (Object) (long) v : (Object) v;
    }
}
