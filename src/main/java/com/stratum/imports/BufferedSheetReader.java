package com.stratum.imports;

/**
 * The current-row bookkeeping the CSV, xls and xlsx readers share: one cell array reused from row to row
 * (no per-row objects on the import's hot path), grown only when a wider row appears.
 */
abstract class BufferedSheetReader implements SheetReader {

    private Object[] cells = new Object[16];
    private int count;
    private long rowNumber;

    /** Starts row {@code number} with {@code width} cells, to be filled with {@link #set} or {@link #append}. */
    protected final void startRow(long number, int width) {
        rowNumber = number;
        if (cells.length < width) {
            cells = new Object[Math.max(width, cells.length * 2)];
        }
        count = width;
    }

    protected final void set(int column, Object value) {
        cells[column] = value;
    }

    /** Adds a cell after the last one, for formats (CSV) whose row width is known only at its end. */
    protected final void append(Object value) {
        if (count == cells.length) {
            Object[] wider = new Object[count * 2];
            System.arraycopy(cells, 0, wider, 0, count);
            cells = wider;
        }
        cells[count++] = value;
    }

    @Override
    public final long rowNumber() {
        return rowNumber;
    }

    @Override
    public final int cellCount() {
        return count;
    }

    @Override
    public final Object cell(int column) {
        return column < count ? cells[column] : null;
    }
}
