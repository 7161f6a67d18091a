package com.stratum.features;

import java.math.BigDecimal;
import java.util.BitSet;

/** Money in exact cents (never binary floating point sums shown to users). */
public record MoneyColumn(String name, long[] cents, BitSet missing) implements Column {

    public MoneyColumn(String name, long[] cents) {
        this(name, cents, new BitSet());
    }

    @Override
    public int size() {
        return cents.length;
    }

    @Override
    public boolean isMissing(int row) {
        return missing.get(row);
    }

    @Override
    public double asDouble(int row) {
        return missing.get(row) ? Double.NaN : cents[row] / 100.0;
    }

    /** The exact amount, e.g. {@code 150.00}; null when missing. */
    public BigDecimal amount(int row) {
        return missing.get(row) ? null : BigDecimal.valueOf(cents[row], 2);
    }
}
