package com.stratum.features;

import java.util.List;

/** A categorical feature: a code per row into {@code levels}; code -1 means missing. */
public record CategoricalColumn(String name, int[] codes, List<String> levels) implements Column {

    public static final int MISSING = -1;

    @Override
    public int size() {
        return codes.length;
    }

    @Override
    public boolean isMissing(int row) {
        return codes[row] == MISSING;
    }

    @Override
    public double asDouble(int row) {
        return codes[row] == MISSING ? Double.NaN : codes[row];
    }

    /** The level text, or null when missing. */
    public String label(int row) {
        int c = codes[row];
        return c == MISSING ? null : levels.get(c);
    }
}
