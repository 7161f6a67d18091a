package com.stratum.workspace;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads a dataset's rows in sheet order, chunk by chunk ({@link ChunkFormat}): a few chunks are
 * fetched at a time, so memory stays small however many rows there are. Column {@code i} is the
 * {@code i}-th of the columns asked for. Typed getters require the column's type (or say which
 * they convert); {@link #text} gives any value as text.
 */
public final class DatasetRows implements AutoCloseable {

    private static final Pattern TABLE = Pattern.compile("DS_\\d+");
    /** Chunks per query: a few MB of chunk bytes at most. */
    private static final int CHUNKS_PER_FETCH = 4;

    private final DatasetInfo dataset;
    private final List<DataType> datasetTypes;
    private final int[] wanted;
    private final PreparedStatement fetch;
    private final List<byte[]> fetched = new ArrayList<>();
    private final List<long[]> fetchedPositions = new ArrayList<>();
    private int fetchedIndex;
    private long nextOrdinal;
    /** Where the next chunk must start: a chunk missing or overlapping means a damaged table. */
    private long expectedOrdinal;
    private boolean exhausted;
    private DecodedChunk chunk;
    private int row = -1;
    private int skip;

    private DatasetRows(Connection c, DatasetInfo d, List<DatasetColumn> columns, long offset) throws SQLException {
        if (!TABLE.matcher(d.tableName()).matches()) {
            throw new WorkspaceException("Dataset " + d.id() + " has an unexpected table name.");
        }
        this.dataset = d;
        this.datasetTypes = d.columns().stream().map(DatasetColumn::dataType).toList();
        this.wanted = new int[columns.size()];
        for (int i = 0; i < wanted.length; i++) {
            int at = d.columns().indexOf(columns.get(i));
            if (at < 0) {
                throw new IllegalArgumentException("column " + columns.get(i).header() + " is not in dataset " + d.id());
            }
            wanted[i] = at;
        }
        this.fetch = c.prepareStatement("SELECT FIRST_ORDINAL, ROW_COUNT, DATA FROM \"" + d.tableName()
                + "\" WHERE FIRST_ORDINAL >= ? ORDER BY FIRST_ORDINAL LIMIT " + CHUNKS_PER_FETCH);
        try {
            locate(c, offset);
        } catch (SQLException | RuntimeException e) {
            fetch.close();
            throw e;
        }
    }

    /** Finds the chunk holding position {@code offset} and how many of its rows come before it. */
    private void locate(Connection c, long offset) throws SQLException {
        if (offset > 0) {
            try (PreparedStatement ps = c.prepareStatement("SELECT FIRST_ORDINAL FROM \"" + dataset.tableName()
                    + "\" WHERE FIRST_ORDINAL <= ? ORDER BY FIRST_ORDINAL DESC LIMIT 1")) {
                ps.setLong(1, offset);
                try (ResultSet rs = ps.executeQuery()) {
                    nextOrdinal = rs.next() ? rs.getLong(1) : 0;
                }
            }
            skip = (int) Math.min(Integer.MAX_VALUE, offset - nextOrdinal);
        }
        expectedOrdinal = nextOrdinal;
    }

    /** All rows of {@code d}, for {@code columns} (columns of {@code d}, in the order wanted). */
    public static DatasetRows open(Connection c, DatasetInfo d, List<DatasetColumn> columns) throws SQLException {
        return new DatasetRows(c, d, columns, 0);
    }

    /** The rows of {@code d} from the 0-based position {@code offset} on. */
    public static DatasetRows open(Connection c, DatasetInfo d, List<DatasetColumn> columns, long offset)
            throws SQLException {
        return new DatasetRows(c, d, columns, Math.max(0, offset));
    }

    /** Moves to the next row; false after the last. */
    public boolean next() throws SQLException {
        while (true) {
            if (chunk != null && row + 1 < chunk.rows) {
                row++;
                if (skip > 0) {
                    skip--;
                    continue;
                }
                return true;
            }
            if (!nextChunk()) {
                return false;
            }
        }
    }

    private boolean nextChunk() throws SQLException {
        if (fetchedIndex >= fetched.size()) {
            if (exhausted) {
                return atEnd();
            }
            fetched.clear();
            fetchedPositions.clear();
            fetchedIndex = 0;
            fetch.setLong(1, nextOrdinal);
            try (ResultSet rs = fetch.executeQuery()) {
                while (rs.next()) {
                    fetched.add(rs.getBytes(3));
                    fetchedPositions.add(new long[] {rs.getLong(1), rs.getInt(2)});
                    nextOrdinal = rs.getLong(1) + 1;
                }
            }
            exhausted = fetched.size() < CHUNKS_PER_FETCH;
            if (fetched.isEmpty()) {
                return atEnd();
            }
        }
        byte[] data = fetched.get(fetchedIndex);
        long[] position = fetchedPositions.get(fetchedIndex);
        fetched.set(fetchedIndex++, null);
        try {
            if (position[0] != expectedOrdinal) {
                throw new IllegalStateException("the chunk at position " + expectedOrdinal + " is missing (next found at "
                        + position[0] + ")");
            }
            chunk = DecodedChunk.decode(data, datasetTypes, wanted);
            if (chunk.rows != position[1]) {
                throw new IllegalStateException("the chunk at position " + position[0] + " holds " + chunk.rows
                        + " rows, its table row says " + position[1]);
            }
            expectedOrdinal += chunk.rows;
        } catch (IllegalStateException | java.time.DateTimeException e) {
            throw new DatasetDamagedException("Dataset '" + dataset.name() + "' is damaged in the workspace: "
                    + e.getMessage(), e);
        }
        row = -1;
        return true;
    }

    /** After the last chunk: the chunks must hold as many rows as the dataset says it has. */
    private boolean atEnd() {
        if (expectedOrdinal != dataset.rowsImported()) {
            throw new DatasetDamagedException("Dataset '" + dataset.name() + "' is damaged in the workspace: its chunks"
                    + " end at row " + expectedOrdinal + " of " + dataset.rowsImported(), null);
        }
        return false;
    }

    /** The sheet row number of the current row. */
    public long sourceRow() {
        return chunk.sourceRows[row];
    }

    public DataType type(int column) {
        return chunk.types[column];
    }

    public boolean isNull(int column) {
        return chunk.isNull(column, row);
    }

    /** An INTEGER column's value (0 when null: check {@link #isNull}). */
    public long integer(int column) {
        require(column, DataType.INTEGER);
        return ((long[]) chunk.values[column])[row];
    }

    /** A DECIMAL column's value, or an INTEGER column's as a decimal; null when null. */
    public BigDecimal decimal(int column) {
        if (isNull(column)) {
            return null;
        }
        if (chunk.types[column] == DataType.INTEGER) {
            return BigDecimal.valueOf(integer(column));
        }
        require(column, DataType.DECIMAL);
        return ((BigDecimal[]) chunk.values[column])[row];
    }

    /** A DECIMAL or INTEGER column's value as a double; NaN when null. */
    public double number(int column) {
        if (isNull(column)) {
            return Double.NaN;
        }
        return chunk.types[column] == DataType.INTEGER ? integer(column) : decimal(column).doubleValue();
    }

    public LocalDate date(int column) {
        require(column, DataType.DATE);
        return isNull(column) ? null : LocalDate.ofEpochDay(((long[]) chunk.values[column])[row]);
    }

    public LocalDateTime timestamp(int column) {
        require(column, DataType.TIMESTAMP);
        return ((LocalDateTime[]) chunk.values[column])[row];
    }

    public boolean bool(int column) {
        require(column, DataType.BOOLEAN);
        return ((boolean[]) chunk.values[column])[row];
    }

    /**
     * The value as Java holds it: String, Long, BigDecimal (without trailing zeros), LocalDate,
     * LocalDateTime or Boolean; null when null.
     */
    public Object value(int column) {
        if (isNull(column)) {
            return null;
        }
        return switch (chunk.types[column]) {
            case TEXT -> ((String[]) chunk.values[column])[row];
            case INTEGER -> integer(column);
            case DECIMAL -> decimal(column);
            case DATE -> date(column);
            case TIMESTAMP -> timestamp(column);
            case BOOLEAN -> bool(column);
        };
    }

    /**
     * Any value as text: numbers plain (17850, never 17850.0 or 1.785E+4), dates ISO, date-times
     * as {@code 2024-01-31 10:15:00}, booleans TRUE/FALSE; null when null.
     */
    public String text(int column) {
        Object v = value(column);
        if (v == null || v instanceof String) {
            return (String) v;
        }
        if (v instanceof BigDecimal b) {
            return b.toPlainString();
        }
        if (v instanceof LocalDateTime t) {
            return t.toLocalDate() + String.format(Locale.ROOT, " %02d:%02d:%02d", t.getHour(), t.getMinute(), t.getSecond())
                    + (t.getNano() == 0 ? "" : fraction(t.getNano()));
        }
        if (v instanceof Boolean b) {
            return b ? "TRUE" : "FALSE";
        }
        return v.toString();
    }

    /** ".5" for 500,000,000 ns, ".000001" for 1,000 ns. */
    private static String fraction(int nanos) {
        String s = String.format(Locale.ROOT, "%09d", nanos);
        int end = s.length();
        while (end > 1 && s.charAt(end - 1) == '0') {
            end--;
        }
        return "." + s.substring(0, end);
    }

    private void require(int column, DataType t) {
        if (chunk.types[column] != t) {
            throw new IllegalStateException("column " + column + " is " + chunk.types[column] + ", not " + t);
        }
    }

    @Override
    public void close() throws SQLException {
        fetch.close();
    }
}
