package com.stratum.engine.definition;

/**
 * Condition operators. Comparisons never match an empty (missing) value; only {@link #IS_EMPTY} does
 * (a negated condition does match empties, as NOT of false).
 */
public enum Operator {
    /** value &lt; {@code value} */
    LT,
    /** value &lt;= {@code value} */
    LE,
    /** value &gt; {@code value} */
    GT,
    /** value &gt;= {@code value} */
    GE,
    /** value == {@code value} */
    EQ,
    /** value != {@code value} (and not empty) */
    NE,
    /** {@code value} &lt;= value &lt;= {@code max}, both ends included */
    BETWEEN,
    /** the category is one of {@code values} (exact text) */
    IN,
    /** the category is not empty and none of {@code values} */
    NOT_IN,
    /** the text contains {@code text}, ignoring case */
    CONTAINS,
    /** the text equals {@code text}, ignoring case and surrounding blanks */
    EQUALS,
    /** {@code from} &lt;= date &lt;= {@code to} (ISO dates, either may be open) */
    DATE_BETWEEN,
    IS_EMPTY,
    NOT_EMPTY;

    public boolean isNumeric() {
        return this == LT || this == LE || this == GT || this == GE || this == EQ || this == NE || this == BETWEEN;
    }

    public boolean isText() {
        return this == IN || this == NOT_IN || this == CONTAINS || this == EQUALS;
    }
}
