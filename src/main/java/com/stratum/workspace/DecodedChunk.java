package com.stratum.workspace;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

/**
 * The rows of one chunk ({@link ChunkFormat}) for the columns asked for, as primitive arrays where
 * the type allows. Column {@code i} here is the {@code i}-th of the columns asked for.
 */
final class DecodedChunk {

    private static final long MIN_EPOCH_DAY = LocalDate.MIN.toEpochDay();
    private static final long MAX_EPOCH_DAY = LocalDate.MAX.toEpochDay();
    private static final long SECONDS_PER_DAY = 86_400;
    private static final long NANOS_PER_DAY = 86_400_000_000_000L;

    final int rows;
    final long[] sourceRows;
    final DataType[] types;
    /** Per column: null flags, or null when the column has no nulls in this chunk. */
    final boolean[][] nulls;
    /** Per column: String[], long[] (INTEGER; DATE as epoch day), BigDecimal[], LocalDateTime[] or boolean[]. */
    final Object[] values;

    private DecodedChunk(int rows, long[] sourceRows, DataType[] types, boolean[][] nulls, Object[] values) {
        this.rows = rows;
        this.sourceRows = sourceRows;
        this.types = types;
        this.nulls = nulls;
        this.values = values;
    }

    boolean isNull(int column, int row) {
        boolean[] n = nulls[column];
        return n != null && n[row];
    }

    /**
     * Decodes the columns {@code wanted} (indexes into the dataset's columns, whose types are
     * {@code datasetTypes}) of a chunk.
     *
     * @throws IllegalStateException when the bytes are not a chunk of that dataset's shape
     */
    static DecodedChunk decode(byte[] data, List<DataType> datasetTypes, int[] wanted) {
        ChunkBytes.Reader in = new ChunkBytes.Reader(data, 0, data.length);
        if (in.read() != ChunkFormat.MAGIC_0 || in.read() != ChunkFormat.MAGIC_1) {
            throw new IllegalStateException("not a dataset chunk");
        }
        int version = in.read();
        if (version != ChunkFormat.VERSION) {
            throw new IllegalStateException("chunk format " + version + " is not known to this version");
        }
        int rows = in.varInt();
        int columns = in.varInt();
        if (columns != datasetTypes.size()) {
            throw new IllegalStateException("chunk has " + columns + " columns, the dataset " + datasetTypes.size());
        }
        DataType[] all = DataType.values();
        for (int c = 0; c < columns; c++) {
            int t = in.read();
            if (t >= all.length || all[t] != datasetTypes.get(c)) {
                throw new IllegalStateException("chunk column " + (c + 1) + " is not of type " + datasetTypes.get(c));
            }
        }
        int sourceLength = in.varInt();
        int[] sectionLength = new int[columns];
        for (int c = 0; c < columns; c++) {
            sectionLength[c] = in.varInt();
        }
        // in longs: damaged lengths near 2^31 could wrap an int sum back to the chunk's length
        int[] sectionStart = new int[columns];
        long at = (long) in.position() + sourceLength;
        for (int c = 0; c < columns; c++) {
            sectionStart[c] = (int) Math.min(at, Integer.MAX_VALUE);
            at += sectionLength[c];
        }
        if (at != data.length) {
            throw new IllegalStateException("chunk sections add up to " + at + " bytes, the chunk has " + data.length);
        }
        // each row has a source row of one byte at least: checked before the arrays of rows are made
        if (rows > sourceLength) {
            throw new IllegalStateException("chunk claims " + rows + " rows in " + sourceLength + " bytes of row numbers");
        }
        long[] sourceRows = new long[rows];
        ChunkBytes.Reader src = new ChunkBytes.Reader(data, in.position(), in.position() + sourceLength);
        long prev = 0;
        for (int r = 0; r < rows; r++) {
            prev = r == 0 ? src.zigzag() : prev + src.zigzag();
            sourceRows[r] = prev;
        }
        requireAllRead(src, "its row numbers");
        DataType[] types = new DataType[wanted.length];
        boolean[][] nulls = new boolean[wanted.length][];
        Object[] values = new Object[wanted.length];
        for (int w = 0; w < wanted.length; w++) {
            int c = wanted[w];
            types[w] = datasetTypes.get(c);
            ChunkBytes.Reader col = new ChunkBytes.Reader(data, sectionStart[c], sectionStart[c] + sectionLength[c]);
            nulls[w] = readNulls(col, rows);
            values[w] = readValues(col, types[w], rows, nulls[w]);
            requireAllRead(col, "column " + (c + 1));
        }
        return new DecodedChunk(rows, sourceRows, types, nulls, values);
    }

    /**
     * A section read to its end: bytes left over mean a damaged null bitmap or count (a null flag set
     * on a row with a value would otherwise shift every later value up a row, silently).
     */
    private static void requireAllRead(ChunkBytes.Reader in, String section) {
        if (in.remaining() != 0) {
            throw new IllegalStateException("chunk has " + in.remaining() + " bytes left over in " + section);
        }
    }

    /** An epoch day LocalDate can hold (checked here, so reading a DATE later cannot fail). */
    private static long epochDay(ChunkBytes.Reader in) {
        long day = in.zigzag();
        if (day < MIN_EPOCH_DAY || day > MAX_EPOCH_DAY) {
            throw new IllegalStateException("chunk has a date out of range at byte " + in.position());
        }
        return day;
    }

    private static boolean[] readNulls(ChunkBytes.Reader in, int rows) {
        int flag = in.read();
        if (flag == 0) {
            return null;
        }
        boolean[] n = new boolean[rows];
        int bytes = (rows + 7) >>> 3;
        for (int i = 0; i < bytes; i++) {
            int b = in.read();
            for (int bit = 0; bit < 8; bit++) {
                int r = (i << 3) + bit;
                if (r < rows) {
                    n[r] = (b & (1 << bit)) != 0;
                }
            }
        }
        return n;
    }

    private static Object readValues(ChunkBytes.Reader in, DataType type, int rows, boolean[] nulls) {
        switch (type) {
            case TEXT -> {
                int size = in.varInt();
                if (size > in.remaining()) {
                    throw new IllegalStateException("chunk text dictionary of " + size + " entries is larger than its column");
                }
                String[] dictionary = new String[size];
                for (int i = 0; i < size; i++) {
                    dictionary[i] = in.utf8();
                }
                String[] out = new String[rows];
                for (int r = 0; r < rows; r++) {
                    if (nulls == null || !nulls[r]) {
                        int code = in.varInt();
                        if (code >= size) {
                            throw new IllegalStateException("chunk text refers to entry " + code + " of " + size);
                        }
                        out[r] = dictionary[code];
                    }
                }
                return out;
            }
            case INTEGER, DATE -> {
                long[] out = new long[rows];
                for (int r = 0; r < rows; r++) {
                    if (nulls == null || !nulls[r]) {
                        out[r] = type == DataType.DATE ? epochDay(in) : in.zigzag();
                    }
                }
                return out;
            }
            case DECIMAL -> {
                BigDecimal[] out = new BigDecimal[rows];
                for (int r = 0; r < rows; r++) {
                    if (nulls == null || !nulls[r]) {
                        long head = in.varLong();
                        // the encoder writes at most DECIMAL_SCALE places; a damaged scale of millions
                        // would make toPlainString build a string of that length
                        if (head >>> 1 > DataType.DECIMAL_SCALE) {
                            throw new IllegalStateException("chunk has a decimal scale of " + (head >>> 1));
                        }
                        int scale = (int) (head >>> 1);
                        if ((head & 1) == 0) {
                            out[r] = BigDecimal.valueOf(in.zigzag(), scale);
                        } else {
                            int n = in.varInt();
                            if (n == 0) {
                                throw new IllegalStateException("chunk has an empty decimal at byte " + in.position());
                            }
                            out[r] = new BigDecimal(new BigInteger(in.bytes(n)), scale);
                        }
                    }
                }
                return out;
            }
            case TIMESTAMP -> {
                LocalDateTime[] out = new LocalDateTime[rows];
                for (int r = 0; r < rows; r++) {
                    if (nulls == null || !nulls[r]) {
                        LocalDate day = LocalDate.ofEpochDay(epochDay(in));
                        long time = in.varLong();
                        boolean nanos = (time & 1) != 0;
                        if ((time >>> 1) >= (nanos ? NANOS_PER_DAY : SECONDS_PER_DAY)) {
                            throw new IllegalStateException("chunk has a time of day out of range at byte " + in.position());
                        }
                        LocalTime t = nanos ? LocalTime.ofNanoOfDay(time >>> 1) : LocalTime.ofSecondOfDay(time >>> 1);
                        out[r] = LocalDateTime.of(day, t);
                    }
                }
                return out;
            }
            case BOOLEAN -> {
                boolean[] out = new boolean[rows];
                for (int r = 0; r < rows; r++) {
                    if (nulls == null || !nulls[r]) {
                        out[r] = in.read() != 0;
                    }
                }
                return out;
            }
            default -> throw new IllegalStateException(type.name());
        }
    }
}
