package com.stratum.features;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Exact money in long cents: conversions from decimals (half-up) and to text. */
public final class Money {

    private Money() {
    }

    /** Cents of a decimal amount, rounded half-up (away from zero at .5 cent); throws when out of range. */
    public static long toCents(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP).unscaledValue().longValueExact();
    }

    /** The amount of a number of cents, e.g. 15000 → 150.00. */
    public static BigDecimal amount(long cents) {
        return BigDecimal.valueOf(cents, 2);
    }

    /** Plain text with two decimals, e.g. "-0.30"; never scientific notation or float noise. */
    public static String format(long cents) {
        return amount(cents).toPlainString();
    }

    /** {@code cents / n} rounded half-up to the cent (away from zero at a half). */
    public static long divide(long cents, long n) {
        return BigDecimal.valueOf(cents).divide(BigDecimal.valueOf(n), 0, RoundingMode.HALF_UP).longValueExact();
    }
}
