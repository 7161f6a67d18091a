package com.stratum.workspace;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Schema 3: rewrites the datasets that earlier versions stored one SQL row per sheet row
 * ({@code DS_<n>(SRC_ROW, C1 .. Cn)}) as column chunks ({@link ChunkFormat}).
 *
 * <p>Each table is copied in sheet order into {@code DSX_<n>}, a few thousand rows per query
 * (keyset on {@code SRC_ROW}: memory and H2's result buffers stay small for any size, and no
 * result spills to an unencrypted temporary file), committed every few MB; only when the copy holds
 * as many rows as the old table is the old table dropped and the copy renamed. H2 commits each DDL
 * statement on its own, so a killed process leaves one of: an unfinished copy beside the old table
 * (dropped and redone at the next open), or a finished copy without the old table (renamed at the
 * next open). Tables already in the chunk layout are left alone, so running it again does nothing.
 * Only generated names ({@code DS_<n>}, {@code DSX_<n>}, {@code C<n>}) reach SQL, quoted.
 */
final class RowTableConversion {

    private static final Logger LOG = LoggerFactory.getLogger(RowTableConversion.class);
    private static final Pattern TABLE = Pattern.compile("DS_(\\d+)");
    private static final Pattern COPY = Pattern.compile("DSX_(\\d+)");
    private static final Pattern COLUMN = Pattern.compile("C\\d+");
    /** Old rows per query at most: about one chunk. */
    static final int ROWS_PER_READ = ChunkFormat.MAX_CHUNK_ROWS;
    /** Old rows per query at first, until the size of the rows is known. */
    static final int FIRST_READ = 64;
    /**
     * Text characters per query, about: rows of long text are read fewer at a time (4,096 rows of
     * 32,000-character notes would be 130 MB held at once).
     */
    static final long CHARS_PER_READ = 1L << 20;

    private RowTableConversion() {
    }

    /**
     * Converts every dataset still in the row layout; {@code c} is not in auto-commit mode. True when
     * it converted any: the chunks take a fraction of the rows' space, which H2 gives back to the
     * file system only by compacting the file.
     */
    static boolean run(Connection c) throws SQLException {
        boolean converted = finishOrDropCopies(c);
        List<OldDataset> old = new ArrayList<>();
        for (OldDataset d : datasets(c)) {
            if (!TABLE.matcher(d.table).matches()) {
                LOG.warn("Dataset {} has the unexpected table name {}; left as it is", d.id, d.table);
            } else if (!tableExists(c, d.table)) {
                LOG.warn("Dataset {} names table {}, which is missing; nothing to convert", d.id, d.table);
            } else if (hasColumn(c, d.table, "SRC_ROW")) {
                old.add(d);
            }
        }
        if (!old.isEmpty()) {
            // The old rows are read once: H2's page cache (16 MB by its count, which undercounts long
            // text: 150 MB were held) would keep them, and with the chunks being written a 256 MB heap ran out.
            long cache = cacheSizeKb(c);
            setCacheSizeKb(c, CONVERSION_CACHE_KB);
            try {
                for (OldDataset d : old) {
                    convert(c, d);
                }
            } finally {
                setCacheSizeKb(c, cache);
            }
            converted = true;
        }
        c.commit();
        return converted;
    }

    /** H2's page cache while converting, in KB. */
    static final long CONVERSION_CACHE_KB = 4096;

    /** H2's page cache now, in KB (H2 reports it in MB as info.CACHE_MAX_SIZE; 16 MB by default). */
    static long cacheSizeKb(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'info.CACHE_MAX_SIZE'")) {
            return rs.next() ? Long.parseLong(rs.getString(1).trim()) * 1024 : 16 * 1024;
        }
    }

    private static void setCacheSizeKb(Connection c, long kb) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("SET CACHE_SIZE " + Math.max(1024, kb));
        }
    }

    /** What a killed conversion left: a copy beside its old table is unfinished, one without it is finished. */
    private static boolean finishOrDropCopies(Connection c) throws SQLException {
        boolean finished = false;
        List<String> live = new ArrayList<>();
        for (OldDataset d : datasets(c)) {
            live.add(d.table);
        }
        for (String copy : tables(c, COPY)) {
            String table = "DS_" + copy.substring("DSX_".length());
            try (Statement s = c.createStatement()) {
                if (live.contains(table) && !tableExists(c, table)) {
                    LOG.info("Finishing the conversion of {}: its copy was complete", table);
                    s.execute("ALTER TABLE \"" + copy + "\" RENAME TO \"" + table + "\"");
                    finished = true;
                } else {
                    s.execute("DROP TABLE \"" + copy + "\"");
                }
            }
            c.commit();
        }
        return finished;
    }

    private static void convert(Connection c, OldDataset d) throws SQLException {
        String copy = copyName(d.table);
        long oldRows;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM \"" + d.table + "\"")) {
            rs.next();
            oldRows = rs.getLong(1);
        }
        String cannot = d.describe() + " cannot be converted to the new storage: ";
        long copied;
        try {
            copied = copy(c, d.id, d.table, copy);
        } catch (SQLException | RuntimeException e) {
            // H2's text alone (a conversion error, say) would not say which dataset
            dropCopy(c, copy, e);
            String why = String.valueOf(e.getMessage());
            // H2 appends the statement on the next lines: the user needs the first only
            throw new WorkspaceException(cannot + why.lines().findFirst().orElse(why), e);
        }
        if (copied != oldRows) {
            WorkspaceException e = new WorkspaceException(cannot + oldRows + " rows in " + d.table + ", " + copied
                    + " copied.");
            // SRC_ROW without a primary key (duplicates or nulls) cannot be stored in sheet order
            dropCopy(c, copy, e);
            throw e;
        }
        try (Statement s = c.createStatement()) {
            s.execute("DROP TABLE \"" + d.table + "\"");
            s.execute("ALTER TABLE \"" + copy + "\" RENAME TO \"" + d.table + "\"");
        }
        c.commit();
        LOG.info("Dataset {}: {} rows converted to column chunks", d.id, copied);
    }

    /**
     * A failed copy is dropped at once: the workspace stays as it was, without a half-made copy the
     * size of the dataset in its file until the next open.
     */
    private static void dropCopy(Connection c, String copy, Exception failure) {
        try {
            c.rollback();
            try (Statement s = c.createStatement()) {
                s.execute("DROP TABLE IF EXISTS \"" + copy + "\"");
            }
            c.commit();
        } catch (SQLException e) {
            failure.addSuppressed(e); // the next open drops it (finishOrDropCopies)
        }
    }

    /**
     * Copies {@code table} (row layout, the columns of dataset {@code datasetId}) into a new chunk
     * table {@code copy}, committing as it goes; returns the rows copied.
     */
    static long copy(Connection c, long datasetId, String table, String copy) throws SQLException {
        List<String> names = new ArrayList<>();
        List<DataType> types = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT sql_name, data_type FROM dataset_column WHERE dataset_id = ? ORDER BY ordinal")) {
            ps.setLong(1, datasetId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String name = rs.getString(1);
                    if (!COLUMN.matcher(name).matches()) {
                        throw new WorkspaceException("a column has the unexpected name " + name + ".");
                    }
                    names.add(name);
                    types.add(DataType.fromName(rs.getString(2)));
                }
            }
        }
        StringBuilder select = new StringBuilder("SELECT SRC_ROW");
        for (String n : names) {
            select.append(", \"").append(n).append('"');
        }
        select.append(" FROM \"").append(table).append("\" WHERE SRC_ROW > ? ORDER BY SRC_ROW LIMIT ?");
        try (Statement s = c.createStatement()) {
            s.execute(ChunkFormat.createTable(copy));
        }
        ChunkEncoder encoder = new ChunkEncoder(types);
        Object[] values = new Object[types.size()];
        long ordinal = 0;
        long pendingBytes = 0;
        long last = Long.MIN_VALUE;
        try (PreparedStatement read = c.prepareStatement(select.toString());
             PreparedStatement insert = c.prepareStatement(ChunkFormat.insert(copy))) {
            int got;
            int limit = FIRST_READ;
            int asked;
            do {
                got = 0;
                long chars = 0;
                asked = limit;
                read.setLong(1, last);
                read.setInt(2, asked);
                try (ResultSet rs = read.executeQuery()) {
                    while (rs.next()) {
                        long row = rs.getLong(1);
                        if (got > 0 && row == last) {
                            throw new WorkspaceException("sheet row " + row + " is stored twice in " + table + ".");
                        }
                        last = row;
                        for (int i = 0; i < values.length; i++) {
                            values[i] = value(rs, i + 2, types.get(i));
                            if (values[i] instanceof String t) {
                                chars += t.length();
                            }
                        }
                        encoder.add(last, values, 0);
                        got++;
                        if (encoder.isFull()) {
                            int rows = encoder.rows();
                            pendingBytes += store(insert, ordinal, rows, encoder.finish());
                            ordinal += rows;
                        }
                    }
                }
                if (pendingBytes >= ChunkFormat.COMMIT_BYTES) {
                    c.commit();
                    pendingBytes = 0;
                }
                limit = (int) Math.max(16, Math.min(ROWS_PER_READ, CHARS_PER_READ / Math.max(1, chars / Math.max(1, got))));
            } while (got == asked);
            if (encoder.rows() > 0) {
                int rows = encoder.rows();
                store(insert, ordinal, rows, encoder.finish());
                ordinal += rows;
            }
        }
        c.commit();
        return ordinal;
    }

    private static int store(PreparedStatement insert, long firstOrdinal, int rows, byte[] data) throws SQLException {
        insert.setLong(1, firstOrdinal);
        insert.setInt(2, rows);
        insert.setBytes(3, data);
        insert.executeUpdate();
        return data.length;
    }

    /** A value as the encoder takes it. */
    static Object value(ResultSet rs, int i, DataType t) throws SQLException {
        Object v = switch (t) {
            case TEXT -> rs.getString(i);
            case INTEGER -> rs.getLong(i);
            case DECIMAL -> rs.getBigDecimal(i); // scale 10; the encoder drops the trailing zeros
            case DATE -> rs.getObject(i, LocalDate.class);
            case TIMESTAMP -> rs.getObject(i, LocalDateTime.class);
            case BOOLEAN -> rs.getBoolean(i);
        };
        return rs.wasNull() ? null : v;
    }

    static String copyName(String table) {
        Matcher m = TABLE.matcher(table);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a dataset table: " + table);
        }
        return "DSX_" + m.group(1);
    }

    private record OldDataset(long id, String table, String name, String sourceFile, String sheet) {
        /** As messages name a dataset (CustomerDataLoader.where): the user knows it by name and file. */
        String describe() {
            StringBuilder s = new StringBuilder("Dataset '").append(name).append('\'');
            if (sourceFile != null) {
                s.append(" (file ").append(sourceFile);
                if (sheet != null) {
                    s.append(", sheet ").append(sheet);
                }
                s.append(')');
            }
            return s.toString();
        }
    }

    private static List<OldDataset> datasets(Connection c) throws SQLException {
        List<OldDataset> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT id, table_name, name, source_file, sheet FROM dataset ORDER BY id")) {
            while (rs.next()) {
                out.add(new OldDataset(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)));
            }
        }
        return out;
    }

    private static List<String> tables(Connection c, Pattern p) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'")) {
            while (rs.next()) {
                if (p.matcher(rs.getString(1)).matches()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }

    private static boolean tableExists(Connection c, String table) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT 1 FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME = ?")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static boolean hasColumn(Connection c, String table, String column) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM INFORMATION_SCHEMA.COLUMNS"
                + " WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME = ? AND COLUMN_NAME = ?")) {
            ps.setString(1, table);
            ps.setString(2, column);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }
}
