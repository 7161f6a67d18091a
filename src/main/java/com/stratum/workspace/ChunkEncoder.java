package com.stratum.workspace;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Encodes rows of typed values into one column chunk, the unit a dataset is stored in (see
 * {@link ChunkFormat}). Rows are added one at a time, each column to its own buffer; {@link #finish}
 * joins them and starts the next chunk. Not thread-safe: one encoder per writing thread.
 */
public final class ChunkEncoder {

    private final DataType[] types;
    private final ColumnBuffer[] columns;
    private final ChunkBytes sourceRows = new ChunkBytes(4096);
    private long lastSourceRow;
    private int rows;

    public ChunkEncoder(List<DataType> types) {
        this.types = types.toArray(new DataType[0]);
        this.columns = new ColumnBuffer[this.types.length];
        for (int i = 0; i < columns.length; i++) {
            columns[i] = new ColumnBuffer(this.types[i]);
        }
    }

    public int rows() {
        return rows;
    }

    /** True once the chunk has {@link ChunkFormat#MAX_CHUNK_ROWS} rows or about {@link ChunkFormat#MAX_CHUNK_BYTES}. */
    public boolean isFull() {
        return rows >= ChunkFormat.MAX_CHUNK_ROWS || bufferedBytes() >= ChunkFormat.MAX_CHUNK_BYTES;
    }

    /** Bytes buffered so far, to close a chunk before it grows too large. */
    public long bufferedBytes() {
        long n = sourceRows.size();
        for (ColumnBuffer c : columns) {
            n += c.bytes();
        }
        return n;
    }

    /**
     * Adds a row: {@code values[offset .. offset + width - 1]} in column order, each null or of its
     * column's type (String, Long, BigDecimal, LocalDate, LocalDateTime, Boolean). Rows are kept in
     * the order added; source rows ascend in every sheet Excel writes, but a hand-rolled export may
     * repeat or go back, and that is kept as it is (the difference is zig-zag encoded). A refused row
     * ({@link IllegalArgumentException}) leaves the chunk as it was.
     */
    public void add(long sourceRow, Object[] values, int offset) {
        int c = 0;
        try {
            for (; c < columns.length; c++) {
                columns[c].add(rows, values[offset + c]);
            }
        } catch (IllegalArgumentException e) {
            // the columns before the refused value took theirs: take them back, or the sections would not line up
            for (int u = 0; u < c; u++) {
                columns[u].undo(rows);
            }
            throw e;
        }
        sourceRows.zigzag(rows == 0 ? sourceRow : sourceRow - lastSourceRow);
        lastSourceRow = sourceRow;
        rows++;
    }

    /** The chunk of the rows added since the last call; the encoder is then empty. */
    public byte[] finish() {
        ChunkBytes out = new ChunkBytes((int) Math.min(Integer.MAX_VALUE - 64, bufferedBytes() + 64));
        out.write(ChunkFormat.MAGIC_0);
        out.write(ChunkFormat.MAGIC_1);
        out.write(ChunkFormat.VERSION);
        out.varLong(rows);
        out.varLong(types.length);
        for (DataType t : types) {
            out.write(t.ordinal());
        }
        ChunkBytes[] sections = new ChunkBytes[columns.length];
        for (int c = 0; c < columns.length; c++) {
            sections[c] = columns[c].finish(rows);
        }
        out.varLong(sourceRows.size());
        for (ChunkBytes s : sections) {
            out.varLong(s.size());
        }
        out.write(sourceRows);
        for (ChunkBytes s : sections) {
            out.write(s);
        }
        sourceRows.clear();
        rows = 0;
        return out.toArray();
    }

    /** One column's values, null flags and (for text) dictionary, while the chunk fills. */
    private static final class ColumnBuffer {
        private final DataType type;
        private final ChunkBytes values = new ChunkBytes(1024);
        private byte[] nulls = new byte[128];
        private boolean anyNull;
        private final Map<String, Integer> dictionary;
        private final ChunkBytes dictionaryBytes;
        private final ChunkBytes section = new ChunkBytes(1024);
        /** What {@link #undo} restores: the state before the last {@link #add}. */
        private int valuesMark;
        private boolean anyNullMark;
        private String newEntry;
        private int dictionaryBytesMark;

        ColumnBuffer(DataType type) {
            this.type = type;
            this.dictionary = type == DataType.TEXT ? new HashMap<>() : null;
            this.dictionaryBytes = type == DataType.TEXT ? new ChunkBytes(1024) : null;
        }

        long bytes() {
            return values.size() + (dictionaryBytes == null ? 0 : dictionaryBytes.size());
        }

        void add(int row, Object v) {
            valuesMark = values.size();
            anyNullMark = anyNull;
            newEntry = null;
            if (v == null) {
                int i = row >>> 3;
                if (i >= nulls.length) {
                    nulls = Arrays.copyOf(nulls, Math.max(nulls.length * 2, i + 1));
                }
                nulls[i] |= (byte) (1 << (row & 7));
                anyNull = true;
                return;
            }
            try {
                switch (type) {
                    case TEXT -> text((String) v);
                    case INTEGER -> values.zigzag((Long) v); // not any Number: 2.5 must not become 2
                    case DECIMAL -> decimal((BigDecimal) v);
                    case DATE -> values.zigzag(((LocalDate) v).toEpochDay());
                    case TIMESTAMP -> timestamp((LocalDateTime) v);
                    case BOOLEAN -> values.write(((Boolean) v) ? 1 : 0);
                }
            } catch (ClassCastException e) {
                throw new IllegalArgumentException("a " + type + " column cannot hold a " + v.getClass().getSimpleName(), e);
            }
        }

        private void text(String s) {
            Integer code = dictionary.get(s);
            if (code == null) {
                code = dictionary.size();
                dictionary.put(s, code);
                newEntry = s;
                dictionaryBytesMark = dictionaryBytes.size();
                dictionaryBytes.utf8(s);
            }
            values.varLong(code);
        }

        /** Takes back the value {@link #add} took for {@code row}, a row refused in a later column. */
        void undo(int row) {
            values.truncate(valuesMark);
            anyNull = anyNullMark;
            int i = row >>> 3;
            if (i < nulls.length) {
                nulls[i] &= (byte) ~(1 << (row & 7));
            }
            if (newEntry != null) {
                dictionary.remove(newEntry);
                dictionaryBytes.truncate(dictionaryBytesMark);
                newEntry = null;
            }
        }

        /**
         * At most {@link DataType#DECIMAL_SCALE} decimals (half-up, as the SQL column type did),
         * without trailing zeros (12.50 is stored as 12.5, 1E+3 as 1000: readers show them plain); the
         * unscaled value as a zig-zag long, or as bytes when it is larger. Trailing zeros are dropped with
         * long arithmetic: BigDecimal.stripTrailingZeros per value would cost more on every import.
         */
        private void decimal(BigDecimal v) {
            BigDecimal d = v;
            if (d.scale() > DataType.DECIMAL_SCALE) {
                d = d.setScale(DataType.DECIMAL_SCALE, RoundingMode.HALF_UP);
            }
            if (d.scale() < 0) {
                d = d.setScale(0);
            }
            BigInteger u = d.unscaledValue();
            if (u.bitLength() >= 63) {
                // rare: strip with BigDecimal; the result may fit a long
                d = d.stripTrailingZeros();
                if (d.scale() < 0) {
                    d = d.setScale(0);
                }
                u = d.unscaledValue();
            }
            if (u.bitLength() < 63) {
                long x = u.longValue();
                int scale = d.scale();
                while (scale > 0 && x % 10 == 0) {
                    x /= 10;
                    scale--;
                }
                values.varLong((long) scale << 1);
                values.zigzag(x);
            } else {
                values.varLong(((long) d.scale() << 1) | 1);
                byte[] b = u.toByteArray();
                values.varLong(b.length);
                values.write(b);
            }
        }

        /** Epoch day, then the time of day: whole seconds (even) or nanoseconds (odd). */
        private void timestamp(LocalDateTime t) {
            values.zigzag(t.toLocalDate().toEpochDay());
            int nano = t.getNano();
            if (nano == 0) {
                values.varLong((long) t.toLocalTime().toSecondOfDay() << 1);
            } else {
                values.varLong((t.toLocalTime().toNanoOfDay() << 1) | 1);
            }
        }

        ChunkBytes finish(int rows) {
            section.clear();
            section.write(anyNull ? 1 : 0);
            if (anyNull) {
                int n = (rows + 7) >>> 3;
                if (nulls.length < n) {
                    nulls = Arrays.copyOf(nulls, n);
                }
                section.write(Arrays.copyOf(nulls, n));
            }
            if (type == DataType.TEXT) {
                section.varLong(dictionary.size());
                section.write(dictionaryBytes);
                dictionary.clear();
                dictionaryBytes.clear();
            }
            section.write(values);
            values.clear();
            Arrays.fill(nulls, (byte) 0);
            anyNull = false;
            return section;
        }
    }
}
