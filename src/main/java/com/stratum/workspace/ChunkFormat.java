package com.stratum.workspace;

/**
 * How an imported dataset is stored: table {@code DS_<id>} holds one row per chunk of consecutive
 * sheet rows, {@code (FIRST_ORDINAL BIGINT PRIMARY KEY, ROW_COUNT INT, DATA VARBINARY)}, where
 * {@code FIRST_ORDINAL} is the 0-based position of the chunk's first row in the dataset (so a page
 * of rows is found through the primary key without reading the chunks before it).
 * Storing rows one by one made H2 do three map updates per row (row, undo log, commit) and
 * dominated an import's time; a chunk is one insert (docs/ARCHITECTURE.md, "Dataset storage").
 *
 * <p>{@code DATA}, all integers variable-length (LEB128; signed ones zig-zag):
 * <pre>
 * 'S' 'C' version(1)  rows  columns  type-ordinal byte per column
 * length of the source-row section, then of each column section
 * source rows: the first, then the difference to the previous one (in file order: may be negative)
 * per column: flag byte (1 = has nulls), the null bitmap if flagged (bit set = null, row i in
 *             byte i/8, bit i%8), then one value per non-null row:
 *   TEXT      dictionary size, dictionary entries (length + UTF-8), then an entry index per row
 *   INTEGER   zig-zag long
 *   DECIMAL   scale&lt;&lt;1 | big, then the unscaled value: zig-zag long, or length + two's-complement bytes
 *             (rounded half-up to 10 decimals, no trailing zeros: 12.50 is 125 at scale 1, 1E+3 is 1000 at
 *             scale 0; a scale above 10 is a damaged chunk)
 *   DATE      zig-zag epoch day
 *   TIMESTAMP zig-zag epoch day, then second-of-day&lt;&lt;1 or nano-of-day&lt;&lt;1 | 1
 *   BOOLEAN   one byte, 0 or 1
 * </pre>
 * A reader checks every length against the bytes there are and reads each section to its end:
 * a damaged chunk fails with a message instead of shifting values between rows.
 */
public final class ChunkFormat {

    static final int MAGIC_0 = 'S';
    static final int MAGIC_1 = 'C';
    static final int VERSION = 1;

    /** Rows per chunk at most; the importer closes a chunk earlier when it reaches {@link #MAX_CHUNK_BYTES}. */
    public static final int MAX_CHUNK_ROWS = 4096;
    /** Bytes per chunk, about; long text cells close a chunk early so no single value grows huge. */
    public static final long MAX_CHUNK_BYTES = 1L << 20;
    /**
     * Chunk bytes per commit when many chunks are written (import, schema 3 conversion). Each commit
     * makes H2 write to the file; a few MB per commit keeps their number small without holding much
     * uncommitted.
     */
    public static final long COMMIT_BYTES = 4L << 20;

    private ChunkFormat() {
    }

    /** DDL of a new dataset table; {@code table} must be a generated name (checked by the caller). */
    public static String createTable(String table) {
        return "CREATE TABLE \"" + table + "\"(FIRST_ORDINAL BIGINT PRIMARY KEY, ROW_COUNT INT NOT NULL,"
                + " DATA VARBINARY NOT NULL)";
    }

    public static String insert(String table) {
        return "INSERT INTO \"" + table + "\"(FIRST_ORDINAL, ROW_COUNT, DATA) VALUES(?, ?, ?)";
    }
}
