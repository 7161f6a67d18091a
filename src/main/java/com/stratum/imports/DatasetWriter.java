package com.stratum.imports;

import com.stratum.workspace.ChunkEncoder;
import com.stratum.workspace.ChunkFormat;
import com.stratum.workspace.DatasetKind;
import com.stratum.workspace.Workspace;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes an import into the workspace without touching what is there until the end: the rows go
 * to a new table {@code DS_<id>} as column chunks ({@link ChunkFormat}; committed every few MB,
 * invisible because no dataset row names it), rejected rows to a staging table {@code DSR_<id>}; {@link #publish} then adds the
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
    private long pendingBytes;
    private ChunkEncoder encoder;
    private long ordinal;
    private long chunkStart;
    private PreparedStatement insertChunk;
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
        try (Statement s = conn.createStatement()) {
            s.execute(ChunkFormat.createTable(table));
            s.execute("CREATE TABLE \"" + rejectTable + "\"(row_number BIGINT NOT NULL, column_name VARCHAR(1000),"
                    + " reason VARCHAR(4000) NOT NULL, raw_values CHARACTER LARGE OBJECT)");
        }
        conn.setAutoCommit(false);
        encoder = new ChunkEncoder(columns.stream().map(ColumnPlan::dataType).toList());
        insertChunk = conn.prepareStatement(ChunkFormat.insert(table));
        reject = conn.prepareStatement("INSERT INTO \"" + rejectTable + "\" VALUES(?, ?, ?, ?)");
    }

    /**
     * Writes a batch into the unpublished table (writing thread): its rows go into the current
     * chunk, which is stored once it is full; commits once {@link ChunkFormat#COMMIT_BYTES} are pending.
     */
    void write(RowBatch b) throws SQLException {
        int w = b.width;
        for (int r = 0; r < b.size; r++) {
            encoder.add(b.rowNumbers[r], b.values, r * w);
            if (encoder.isFull()) {
                storeChunk();
            }
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
            pendingBytes += 256L * b.rejections.size();
        }
        if (pendingBytes >= ChunkFormat.COMMIT_BYTES) {
            conn.commit();
            pendingBytes = 0;
        }
    }

    private void storeChunk() throws SQLException {
        int rows = encoder.rows();
        byte[] data = encoder.finish();
        insertChunk.setLong(1, chunkStart);
        insertChunk.setInt(2, rows);
        insertChunk.setBytes(3, data);
        insertChunk.executeUpdate();
        ordinal += rows;
        chunkStart = ordinal;
        pendingBytes += data.length;
    }

    /** Stores the last chunk and commits the rows written so far (still into the unpublished table). */
    void flush() throws SQLException {
        if (encoder.rows() > 0) {
            storeChunk();
        }
        conn.commit();
        pendingBytes = 0;
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
            if (insertChunk != null) {
                insertChunk.close();
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
