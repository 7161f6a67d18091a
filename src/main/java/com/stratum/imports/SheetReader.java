package com.stratum.imports;

import java.io.Closeable;
import java.io.IOException;

/**
 * One sheet read row by row, whatever the file format. The reader is reused between rows: read
 * the cells of the current row before calling {@link #next()} again.
 *
 * <p>Cell values are {@code null} (empty), {@link String}, {@link java.math.BigDecimal} (numbers
 * stored as numbers), {@link java.time.LocalDateTime} (cells formatted as dates), {@link Boolean}
 * or {@link CellError}. CSV cells are always strings.
 */
public interface SheetReader extends Closeable {

    /** Moves to the next row that exists in the file; false at the end. */
    boolean next() throws IOException;

    /** The 1-based row number of the current row in the sheet (the number a user sees in Excel). */
    long rowNumber();

    /** Number of cells in the current row (trailing empty cells may be missing). */
    int cellCount();

    /** The value of cell {@code column} (0-based) of the current row, or null. */
    Object cell(int column);

    /** True when the workbook counts dates from 1904 (old Mac Excel), which shifts serial numbers. */
    default boolean date1904() {
        return false;
    }

    /**
     * The merged cell blocks whose first row is at most {@code maxFirstRow} (1-based); empty for
     * formats without merged cells. May read the file again, so ask only when it matters.
     */
    default java.util.List<MergedRegion> mergedRegions(long maxFirstRow) {
        return java.util.List.of();
    }

    /** Fraction of the input consumed so far in [0, 1], or -1 when unknown. */
    default double progress() {
        return -1;
    }

    @Override
    void close() throws IOException;
}
