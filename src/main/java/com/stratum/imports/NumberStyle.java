package com.stratum.imports;

/**
 * How a column writes numbers as text, decided once per column from its sample (see
 * {@link NumberStyleVote}), never per cell: {@code 1,234} must mean the same in every row.
 */
public enum NumberStyle {
    /** {@code 1,234.50}: point decimal, comma (or space) groups. The default. */
    POINT_DECIMAL('.'),
    /** {@code 1.234,50} or {@code 1 234,50}: comma decimal, point or space groups, as German and French exports write. */
    COMMA_DECIMAL(',');

    private final char decimalSeparator;

    NumberStyle(char decimalSeparator) {
        this.decimalSeparator = decimalSeparator;
    }

    public char decimalSeparator() {
        return decimalSeparator;
    }
}
