package com.stratum.imports;

import com.stratum.workspace.DataType;
import com.stratum.workspace.DatasetKind;
import com.stratum.workspace.Workspace;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes an import into the workspace without touching what is there until the end: the rows go
 * to a new table {@code DS_<id>} (committed batch by batch, invisible because no dataset row
 * names it), rejected rows to a staging table {@code DSR_<id>}; {@link #publish} then adds the
 * dataset, its columns and rejected rows in one small transaction. {@link #abort} drops both
 * tables. Tables left by a killed process are dropped by the next import.
 * Only generated names reach SQL; header and sheet text travel as parameters.
 */
final class DatasetWriter implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DatasetWriter.class);
    private static final Pattern GENERATED = Pattern.compile("DSR?_\\d+");
    /** One import at a time per process: the orphan clean-up must not see a table being filled. */
    static final Object LOCK = new Object();

    private final Workspace workspace;
    private final List<ColumnPlan> columns;
    private Connection conn;
    /** Rows per INSERT statement: one statement per row costs H2 as much again in statement overhead. */
    static final int ROWS_PER_INSERT = 64;

    /**
     * Rows per commit. Measured on the 541,909-row benchmark: commits of 64k rows keep so many
     * uncommitted versions alive that the garbage collector's work grows by half; 2k to 8k are alike.
     */
    static final int COMMIT_ROWS = 8192;
    private long pending;
    /** Statement pairs free for binding; each batch in flight holds one. */
    private final java.util.concurrent.ConcurrentLinkedQueue<Inserts> freeInserts =
            new java.util.concurrent.ConcurrentLinkedQueue<>();
    private final List<Inserts> allInserts = java.util.Collections.synchronizedList(new ArrayList<>());
    private String insertOne;
    private String insertManySql;
    private PreparedStatement reject;
    private long id;
    private String table;
    private String rejectTable;
    private String sheet;

    DatasetWriter(Workspace workspace, List<ColumnPlan> columns) {
        this.workspace = workspace;
        this.columns = columns;
    }

    long id() {
        return id;
    }

    String table() {
        return table;
    }

    /** Creates the new tables; call with {@link #LOCK} held. */
    void create(String sheetName) throws SQLException {
        this.sheet = sheetName;
        conn = workspace.connect();
        conn.setAutoCommit(true);
        dropOrphans(conn);
        id = nextId(conn);
        table = "DS_" + id;
        rejectTable = "DSR_" + id;
        StringBuilder ddl = new StringBuilder("CREATE TABLE \"").append(table).append("\"(SRC_ROW BIGINT PRIMARY KEY");
        StringBuilder tuple = new StringBuilder("(?");
        for (ColumnPlan c : columns) {
            ddl.append(", \"").append(c.sqlName()).append("\" ").append(c.dataType().sqlType());
            tuple.append(", ?");
        }
        ddl.append(')');
        tuple.append(')');
        String ins = "INSERT INTO \"" + table + "\" VALUES" + tuple;
        StringBuilder many = new StringBuilder("INSERT INTO \"").append(table).append("\" VALUES");
        for (int i = 0; i < ROWS_PER_INSERT; i++) {
            many.append(i == 0 ? "" : ",").append(tuple);
        }
        try (Statement s = conn.createStatement()) {
            s.execute(ddl.toString());
            s.execute("CREATE TABLE \"" + rejectTable + "\"(row_number BIGINT NOT NULL, column_name VARCHAR(1000),"
                    + " reason VARCHAR(4000) NOT NULL, raw_values CHARACTER LARGE OBJECT)");
        }
        conn.setAutoCommit(false);
        insertOne = ins;
        insertManySql = many.toString();
        reject = conn.prepareStatement("INSERT INTO \"" + rejectTable + "\" VALUES(?, ?, ?, ?)");
    }

    /**
     * The insert statements of one batch: bound by the reading thread ({@link #bind}) while the
     * writing thread executes the previous batch's pair ({@link #write}). H2 builds its value
     * objects while binding, so this moves a quarter of the writer's work to the reader, which
     * otherwise waits for the writer. A pair is used by one thread at a time, handed over through
     * the batch queue.
     */
    static final class Inserts {
        final PreparedStatement one;
        final PreparedStatement many;
        boolean manyBound;
        boolean oneBound;

        Inserts(PreparedStatement one, PreparedStatement many) {
            this.one = one;
            this.many = many;
        }
    }

    /** Binds the batch's rows to a free statement pair (reading thread). */
    void bind(RowBatch b) throws SQLException {
        Inserts st = freeInserts.poll();
        if (st == null) {
            // only while the pipeline fills: afterwards executed pairs come back
            st = new Inserts(conn.prepareStatement(insertOne), conn.prepareStatement(insertManySql));
            allInserts.add(st);
        }
        int w = b.width;
        int r = 0;
        int fullStatements = b.size / ROWS_PER_INSERT;
        for (int s = 0; s < fullStatements; s++) {
            int p = 1;
            for (int k = 0; k < ROWS_PER_INSERT; k++, r++) {
                p = bindRow(st.many, p, b, r, w);
            }
            st.many.addBatch();
        }
        st.manyBound = fullStatements > 0;
        st.oneBound = r < b.size;
        for (; r < b.size; r++) {
            bindRow(st.one, 1, b, r, w);
            st.one.addBatch();
        }
        b.inserts = st;
    }

    /**
     * Writes a bound batch into the unpublished table (writing thread), committing once
     * {@link #COMMIT_ROWS} rows are pending. Fewer, larger commits write fewer chunks, but past a
     * few thousand rows the uncommitted versions kept alive cost the garbage collector more.
     */
    void write(RowBatch b) throws SQLException {
        Inserts st = b.inserts;
        if (st != null) {
            if (st.manyBound) {
                st.many.executeBatch();
            }
            if (st.oneBound) {
                st.one.executeBatch();
            }
            st.manyBound = false;
            st.oneBound = false;
            b.inserts = null;
            freeInserts.add(st);
        }
        if (!b.rejections.isEmpty()) {
            for (RowBatch.Rejection x : b.rejections) {
                reject.setLong(1, x.rowNumber());
                reject.setString(2, x.column());
                reject.setString(3, truncate(x.reason(), 4000));
                reject.setString(4, x.rawValues());
                reject.addBatch();
            }
            reject.executeBatch();
        }
        pending += b.size + b.rejections.size();
        if (pending >= COMMIT_ROWS) {
            conn.commit();
            pending = 0;
        }
    }

    /** Commits the rows written so far (still into the unpublished table). */
    void flush() throws SQLException {
        if (pending > 0) {
            conn.commit();
            pending = 0;
        }
    }

    /** Binds row {@code r} of the batch from parameter {@code p}; returns the next parameter index. */
    private int bindRow(PreparedStatement ps, int p, RowBatch b, int r, int w) throws SQLException {
        ps.setLong(p++, b.rowNumbers[r]);
        int base = r * w;
        for (int c = 0; c < w; c++) {
            bind(ps, p++, columns.get(c).dataType(), b.values[base + c]);
        }
        return p;
    }

    private static void bind(PreparedStatement ps, int i, DataType t, Object v) throws SQLException {
        if (v == null) {
            ps.setNull(i, sqlType(t));
            return;
        }
        switch (t) {
            case TEXT -> ps.setString(i, (String) v);
            case INTEGER -> ps.setLong(i, (Long) v);
            // at the column's scale already, so H2 does not rescale it again on the writing thread
            case DECIMAL -> ps.setBigDecimal(i, ((BigDecimal) v).setScale(DataType.DECIMAL_SCALE,
                    java.math.RoundingMode.HALF_UP));
            case DATE -> ps.setObject(i, (LocalDate) v);
            case TIMESTAMP -> ps.setObject(i, (LocalDateTime) v);
            case BOOLEAN -> ps.setBoolean(i, (Boolean) v);
            default -> throw new IllegalStateException(t.name());
        }
    }

    private static int sqlType(DataType t) {
        return switch (t) {
            case TEXT -> Types.VARCHAR;
            case INTEGER -> Types.BIGINT;
            case DECIMAL -> Types.DECIMAL;
            case DATE -> Types.DATE;
            case TIMESTAMP -> Types.TIMESTAMP;
            case BOOLEAN -> Types.BOOLEAN;
        };
    }

    /**
     * Publishes the dataset in one transaction; in {@link ImportMode#REPLACE} the earlier datasets
     * from the same file and sheet go in the same transaction. Returns the replaced datasets' ids.
     */
    List<Long> publish(String name, DatasetKind kind, String sourceFile, long read, long imported, long rejected,
                       ImportMode mode) throws SQLException {
        List<Long> replaced = new ArrayList<>();
        List<String> oldTables = new ArrayList<>();
        try {
            if (mode == ImportMode.REPLACE) {
                try (PreparedStatement ps = conn.prepareStatement(
                        "SELECT id, table_name FROM dataset WHERE source_file = ? AND sheet IS NOT DISTINCT FROM ?")) {
                    ps.setString(1, sourceFile);
                    ps.setString(2, sheet);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            replaced.add(rs.getLong(1));
                            oldTables.add(rs.getString(2));
                        }
                    }
                }
                try (PreparedStatement del = conn.prepareStatement("DELETE FROM dataset WHERE id = ?")) {
                    for (long old : replaced) {
                        del.setLong(1, old);
                        del.executeUpdate();
                    }
                }
            }
            try (PreparedStatement ps = conn.prepareStatement("INSERT INTO dataset(id, name, kind, source_file, sheet,"
                    + " table_name, rows_read, rows_imported, rows_rejected, imported_at) VALUES(?,?,?,?,?,?,?,?,?,?)")) {
                ps.setLong(1, id);
                ps.setString(2, truncate(name, 400));
                ps.setString(3, kind.key());
                ps.setString(4, sourceFile);
                ps.setString(5, sheet);
                ps.setString(6, table);
                ps.setLong(7, read);
                ps.setLong(8, imported);
                ps.setLong(9, rejected);
                ps.setTimestamp(10, Timestamp.valueOf(LocalDateTime.now()));
                ps.executeUpdate();
            }
            try (PreparedStatement ps = conn.prepareStatement("INSERT INTO dataset_column(dataset_id, ordinal, header,"
                    + " sql_name, data_type, role) VALUES(?,?,?,?,?,?)")) {
                for (int i = 0; i < columns.size(); i++) {
                    ColumnPlan c = columns.get(i);
                    ps.setLong(1, id);
                    ps.setInt(2, i + 1);
                    ps.setString(3, truncate(c.header(), 1000));
                    ps.setString(4, c.sqlName());
                    ps.setString(5, c.dataType().name());
                    ps.setString(6, c.role() == null ? null : c.role().key());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            try (PreparedStatement ps = conn.prepareStatement("INSERT INTO rejected_row(dataset_id, sheet, row_number,"
                    + " column_name, reason, raw_values) SELECT ?, ?, row_number, column_name, reason, raw_values FROM \""
                    + rejectTable + "\" ORDER BY row_number")) {
                ps.setLong(1, id);
                ps.setString(2, sheet);
                ps.executeUpdate();
            }
            conn.commit();
        } catch (SQLException | RuntimeException e) {
            conn.rollback();
            throw e;
        }
        conn.setAutoCommit(true);
        try (Statement s = conn.createStatement()) {
            s.execute("DROP TABLE IF EXISTS \"" + rejectTable + "\"");
            for (String t : oldTables) {
                if (GENERATED.matcher(t).matches()) {
                    s.execute("DROP TABLE IF EXISTS \"" + t + "\"");
                }
            }
            // keep the identity ahead of the ids given explicitly here
            s.execute("ALTER TABLE dataset ALTER COLUMN id RESTART WITH " + (maxDatasetId(conn) + 1));
        } catch (SQLException e) {
            LOG.warn("Clean-up after publishing dataset {} failed; the next import retries it", id, e);
        }
        return replaced;
    }

    /** Drops the unpublished tables; the workspace is as before the import. */
    void abort() {
        if (conn == null) {
            return;
        }
        try {
            if (!conn.getAutoCommit()) {
                conn.rollback();
            }
            conn.setAutoCommit(true);
            try (Statement s = conn.createStatement()) {
                if (table != null) {
                    s.execute("DROP TABLE IF EXISTS \"" + table + "\"");
                }
                if (rejectTable != null) {
                    s.execute("DROP TABLE IF EXISTS \"" + rejectTable + "\"");
                }
            }
        } catch (SQLException e) {
            LOG.warn("Dropping the unfinished import table {} failed; the next import drops it", table, e);
        }
    }

    Connection connection() {
        return conn;
    }

    @Override
    public void close() {
        try {
            synchronized (allInserts) {
                for (Inserts st : allInserts) {
                    st.one.close();
                    st.many.close();
                }
            }
            if (reject != null) {
                reject.close();
            }
            if (conn != null) {
                conn.close();
            }
        } catch (SQLException e) {
            LOG.warn("Closing the import connection failed", e);
        }
    }

    private static long maxDatasetId(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(id), 0) FROM dataset")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static long nextId(Connection c) throws SQLException {
        long max = maxDatasetId(c);
        for (String t : generatedTables(c)) {
            max = Math.max(max, Long.parseLong(t.substring(t.indexOf('_') + 1)));
        }
        return max + 1;
    }

    private static List<String> generatedTables(Connection c) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'")) {
            while (rs.next()) {
                String t = rs.getString(1);
                if (GENERATED.matcher(t).matches()) {
                    out.add(t);
                }
            }
        }
        return out;
    }

    /** Tables of imports that never published (the process was killed): not part of the workspace. */
    static void dropOrphans(Connection c) throws SQLException {
        Set<String> live = new HashSet<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT table_name FROM dataset")) {
            while (rs.next()) {
                live.add(rs.getString(1));
            }
        }
        for (String t : generatedTables(c)) {
            if (!live.contains(t)) {
                try (Statement s = c.createStatement()) {
                    s.execute("DROP TABLE \"" + t + "\"");
                }
            }
        }
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
