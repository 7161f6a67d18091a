package com.stratum.ui.data;

/** One row of a dataset as the table shows it; {@link #isLoaded()} is false while its page is fetched. */
public final class DataRow {

    private final long index;
    private final Object[] values;

    DataRow(long index, Object[] values) {
        this.index = index;
        this.values = values;
    }

    static DataRow loading(long index) {
        return new DataRow(index, null);
    }

    public long index() {
        return index;
    }

    public boolean isLoaded() {
        return values != null;
    }

    /** The value of column {@code c} (0-based), or null while loading or when the cell is empty. */
    public Object value(int c) {
        return values == null || c >= values.length ? null : values[c];
    }
}
