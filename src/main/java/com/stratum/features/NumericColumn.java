package com.stratum.features;

/** A numeric feature; NaN marks a missing value internally (as in Tablesaw's DoubleColumn). */
public record NumericColumn(String name, double[] values) implements Column {

    @Override
    public int size() {
        return values.length;
    }

    @Override
    public boolean isMissing(int row) {
        return Double.isNaN(values[row]);
    }

    @Override
    public double asDouble(int row) {
        return values[row];
    }
}
