package com.stratum.imports;

import java.util.ArrayList;
import java.util.List;

/** Converted rows handed from the reading thread to the writing thread, plus the rows rejected meanwhile. */
final class RowBatch {

    /** Marks the end of the rows. */
    static final RowBatch END = new RowBatch(0, 0);

    final long[] rowNumbers;
    final Object[] values;
    final int width;
    int size;
    final List<Rejection> rejections = new ArrayList<>();

    RowBatch(int capacity, int width) {
        this.rowNumbers = new long[capacity];
        this.values = new Object[capacity * width];
        this.width = width;
    }

    /**
     * Characters of text held, about: a batch of long text cells is handed on before it has all its
     * rows, so the batches queued for the writer stay a few MB each (1,024 rows of 32,000-character
     * cells would be 32 MB a batch, eight of them more than a 256 MB heap).
     */
    long textChars;
    static final long MAX_TEXT_CHARS = 1L << 20;

    boolean isFull() {
        return size == rowNumbers.length || textChars >= MAX_TEXT_CHARS;
    }

    boolean isEmpty() {
        return size == 0 && rejections.isEmpty();
    }

    /** A rejected row: where it is, which column failed and why, and its raw cells. */
    record Rejection(long rowNumber, String column, String reason, String rawValues) {
    }
}
