package com.stratum.workspace;

import com.stratum.features.CustomerFrame;
import com.stratum.features.FeatureBuilder;
import com.stratum.features.FeatureSettings;
import com.stratum.features.TransactionTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Workspaces written before schema 3 (one SQL row per sheet row) are converted to column chunks
 * when opened, with every value and sheet row number kept. The old layout is built here with plain
 * SQL as the importer of those versions wrote it: {@code DS_<id>(SRC_ROW BIGINT PRIMARY KEY, "C1" ..)}
 * typed VARCHAR, BIGINT, DECIMAL(38,10), DATE, TIMESTAMP, BOOLEAN.
 */
class RowTableConversionTest {

    @TempDir
    Path tmp;

    /** The SQL types of the row layout (frozen: they describe old files, whatever DataType says now). */
    private static final Map<DataType, String> OLD_SQL_TYPES = Map.of(DataType.TEXT, "VARCHAR",
            DataType.INTEGER, "BIGINT", DataType.DECIMAL, "DECIMAL(38,10)", DataType.DATE, "DATE",
            DataType.TIMESTAMP, "TIMESTAMP", DataType.BOOLEAN, "BOOLEAN");

    private static final List<DataType> MIXED = List.of(DataType.TEXT, DataType.INTEGER, DataType.DECIMAL,
            DataType.DATE, DataType.TIMESTAMP, DataType.BOOLEAN);

    /** 28 integer digits and 10 decimals: the largest DECIMAL(38,10) holds, beyond a long when unscaled. */
    private static final BigDecimal HUGE = new BigDecimal("1234567890123456789012345678.1234567891");

    /** Sheet rows 2, 3, 5, 6, 7 (row 4 was rejected at import): one row per value kind worth checking. */
    private static final Object[][] MIXED_ROWS = {
            {2L, "C-001", 17850L, new BigDecimal("12.5"), LocalDate.of(2024, 1, 31),
                    LocalDateTime.of(2024, 1, 31, 10, 15, 0), true},
            {3L, "王小明", -3L, new BigDecimal("0.0000000001"), LocalDate.of(1999, 12, 31),
                    LocalDateTime.of(2024, 2, 29, 23, 59, 59, 123_456_000), false},
            {5L, null, null, null, null, null, null},
            {6L, "", 0L, new BigDecimal("1280"), LocalDate.of(1970, 1, 1),
                    LocalDateTime.of(1970, 1, 1, 0, 0, 0, 500_000_000), true},
            {7L, "x'; DROP TABLE dataset; --", Long.MIN_VALUE, HUGE.negate(), LocalDate.of(1900, 3, 1),
                    LocalDateTime.of(2099, 12, 31, 0, 0, 1), null},
    };

    @Test
    void everyValueAndSheetRowSurvivesTheConversion() throws Exception {
        Path folder = tmp.resolve("ws");
        try (Workspace ws = Workspace.open(folder); Connection c = ws.connect()) {
            oldDataset(c, 1, MIXED, MIXED_ROWS);
            manyRows(c, 2, 10_000);
            // a dataset whose table is gone (deleted by hand, say): skipped, the rest converted
            insertDataset(c, 3, "transactions", List.of(DataType.TEXT), Arrays.asList((String) null), 0);
            backToSchema2(c);
        }
        try (Workspace ws = Workspace.open(folder); Connection c = ws.connect()) {
            assertThat(versions(c)).containsExactly(1, 2, 3);
            assertThat(columnsOf(c, "DS_1")).containsExactly("FIRST_ORDINAL", "ROW_COUNT", "DATA");
            assertThat(columnsOf(c, "DS_2")).containsExactly("FIRST_ORDINAL", "ROW_COUNT", "DATA");
            assertThat(tablesLike(c, "DSX_%")).isEmpty();
            assertThat(new DatasetRepository(ws).list()).extracting(DatasetInfo::id).containsExactly(1L, 2L, 3L);

            assertThat(read(ws, c, 1)).containsExactly(expectedMixed());
            assertMixedDecimalsArePlain(ws, c);
            assertManyRows(ws, c, 2, 10_000);
            // 10,000 rows in chunks of at most 4,096: 4,096 + 4,096 + 1,808
            assertThat(chunks(c, "DS_2")).containsExactly(List.of(0L, 4096L), List.of(4096L, 4096L),
                    List.of(8192L, 1808L));

            // what the dataset view shows: the 2nd and 3rd rows (sheet rows 3 and 5) ...
            RowPage page = new DatasetRepository(ws).page(1, 1, 2);
            assertThat(page.totalRows()).isEqualTo(5);
            assertThat(page.sourceRows()).containsExactly(3L, 5L);
            assertThat(page.rows()).containsExactly(Arrays.asList(MIXED_ROWS[1]).subList(1, 7),
                    Collections.nCopies(6, null));
            // ... and rows 4096 and 4097 of the big one, across the first chunk's end: k = 4096, 4097
            RowPage across = new DatasetRepository(ws).page(2, 4095, 2);
            assertThat(across.sourceRows()).containsExactly(4097L, 4098L);
            assertThat(across.rows()).containsExactly(List.of("id-4096", new BigDecimal("40.96")),
                    List.of("id-4097", new BigDecimal("40.97")));
        }
    }

    /** The acceptance lines of RfmAcceptanceTest, imported by an old version, feed the features after conversion. */
    @Test
    void customerMeasuresFromAConvertedDataset() throws Exception {
        Path folder = tmp.resolve("ws");
        Object[][] lines = {
                {2L, "c1", LocalDate.of(2006, 12, 30), new BigDecimal("100")},
                {3L, "c1", LocalDate.of(2006, 12, 1), new BigDecimal("50")},
                {4L, "c2", LocalDate.of(2006, 6, 1), new BigDecimal("20")},
                {5L, "c3", LocalDate.of(2006, 12, 20), new BigDecimal("500")},
                {6L, "c3", LocalDate.of(2006, 11, 20), new BigDecimal("-100")}};
        try (Workspace ws = Workspace.open(folder); Connection c = ws.connect()) {
            oldDataset(c, 1, "transactions", List.of(DataType.TEXT, DataType.DATE, DataType.DECIMAL),
                    List.of("customer_id", "date", "amount"), lines);
            backToSchema2(c);
        }
        try (Workspace ws = Workspace.open(folder)) {
            CustomerDataLoader.CustomerData data = new CustomerDataLoader(ws).load();
            TransactionTable t = data.transactions();
            assertThat(t.size()).isEqualTo(5);
            assertThat(t.cents(4)).isEqualTo(-10_000);
            CustomerFrame f = FeatureBuilder.build(t, data.customers(),
                    FeatureSettings.defaults().withAsOf(LocalDate.of(2006, 12, 31))).frame();
            CustomerDataLoaderTest.assertHandCheckedMeasures(f);
        }
    }

    @Test
    void aCopyLeftUnfinishedByAKilledMigrationIsDroppedAndRedone() throws Exception {
        Path folder = tmp.resolve("ws");
        try (Workspace ws = Workspace.open(folder); Connection c = ws.connect(); Statement s = c.createStatement()) {
            oldDataset(c, 1, MIXED, MIXED_ROWS);
            // as a killed conversion leaves it: the old table intact, the copy holding a first chunk of junk
            s.execute(ChunkFormat.createTable("DSX_1"));
            s.execute("INSERT INTO \"DSX_1\" VALUES (0, 1, X'00')");
            backToSchema2(c);
        }
        try (Workspace ws = Workspace.open(folder); Connection c = ws.connect()) {
            assertThat(versions(c)).containsExactly(1, 2, 3);
            assertThat(tablesLike(c, "DSX_%")).isEmpty();
            assertThat(read(ws, c, 1)).containsExactly(expectedMixed());
        }
    }

    @Test
    void aCompleteCopyWhoseOldTableIsAlreadyDroppedIsRenamed() throws Exception {
        Path folder = tmp.resolve("ws");
        try (Workspace ws = Workspace.open(folder); Connection c = ws.connect(); Statement s = c.createStatement()) {
            oldDataset(c, 1, MIXED, MIXED_ROWS);
            // killed between "DROP TABLE DS_1" and "ALTER TABLE DSX_1 RENAME TO DS_1"
            c.setAutoCommit(false);
            assertThat(RowTableConversion.copy(c, 1, "DS_1", "DSX_1")).isEqualTo(5);
            c.setAutoCommit(true);
            s.execute("DROP TABLE \"DS_1\"");
            backToSchema2(c);
        }
        try (Workspace ws = Workspace.open(folder); Connection c = ws.connect()) {
            assertThat(tablesLike(c, "DSX_%")).isEmpty();
            assertThat(read(ws, c, 1)).containsExactly(expectedMixed());
        }
    }

    /**
     * Rows of long text are read fewer at a time: 300 rows with a 10,000-character note are read as
     * 64 (FIRST_READ), then 1,048,576 / 10,005 characters a row = 104 a query: 64 + 104 + 104 + 28.
     * Whatever the query sizes, every row arrives once and in order.
     */
    @Test
    void rowsOfLongTextAreAllConvertedWhateverTheReadSize() throws Exception {
        Path folder = tmp.resolve("ws");
        Object[][] rows = new Object[300][];
        for (int k = 0; k < rows.length; k++) {
            rows[k] = new Object[] {k + 2L, String.format("id-%02d", k % 100), Character.toString('a' + k % 26).repeat(10_000)};
        }
        try (Workspace ws = Workspace.open(folder); Connection c = ws.connect()) {
            oldDataset(c, 1, List.of(DataType.TEXT, DataType.TEXT), rows);
            backToSchema2(c);
        }
        try (Workspace ws = Workspace.open(folder); Connection c = ws.connect()) {
            List<List<Object>> got = read(ws, c, 1);
            assertThat(got).hasSize(300);
            for (int k = 0; k < rows.length; k++) {
                assertThat(got.get(k)).containsExactly(rows[k]);
            }
        }
    }

    /**
     * The conversion marks the file for compaction in the transaction that records schema 3, and the
     * mark goes only once the compaction is done: a process killed while compacting (schema already
     * 3) compacts at the next open instead of keeping the freed space for good.
     */
    @Test
    void aCompactionKilledHalfWayIsRedoneAtTheNextOpen() throws Exception {
        Path folder = tmp.resolve("ws");
        try (Workspace ws = Workspace.open(folder); Connection c = ws.connect()) {
            manyRows(c, 1, 20_000);
            backToSchema2(c);
        }
        try (Workspace ws = Workspace.open(folder); Connection c = ws.connect()) {
            assertThat(versions(c)).containsExactly(1, 2, 3);
            assertThat(SchemaMigrations.compactionPending(c)).isFalse();
            // as a kill during SHUTDOWN COMPACT leaves it: schema 3, the mark still there
            try (Statement s = c.createStatement()) {
                s.execute("INSERT INTO settings VALUES ('" + SchemaMigrations.COMPACT_PENDING + "', 'true')");
            }
        }
        try (Workspace ws = Workspace.open(folder); Connection c = ws.connect()) {
            assertThat(SchemaMigrations.compactionPending(c)).isFalse();
            assertManyRows(ws, c, 1, 20_000);
        }
    }

    /** The conversion reads with a small page cache and gives H2 its own size back afterwards. */
    @Test
    void thePageCacheSizeIsGivenBackAfterTheConversion() throws Exception {
        Path folder = tmp.resolve("ws");
        long before;
        try (Workspace ws = Workspace.open(folder); Connection c = ws.connect()) {
            before = cacheSize(c);
            manyRows(c, 1, 5_000);
            backToSchema2(c);
        }
        try (Workspace ws = Workspace.open(folder); Connection c = ws.connect()) {
            assertThat(versions(c)).containsExactly(1, 2, 3);
            // H2's default, 16 MB (not the 4 MB the conversion reads with)
            assertThat(cacheSize(c)).isEqualTo(before).isEqualTo(16L * 1024);
        }
    }

    private static long cacheSize(Connection c) throws SQLException {
        return RowTableConversion.cacheSizeKb(c);
    }

    @Test
    void runningItAgainChangesNothing() throws Exception {
        Path folder = tmp.resolve("ws");
        try (Workspace ws = Workspace.open(folder); Connection c = ws.connect()) {
            oldDataset(c, 1, MIXED, MIXED_ROWS);
            backToSchema2(c);
        }
        try (Workspace ws = Workspace.open(folder); Connection c = ws.connect()) {
            byte[] before = onlyChunk(c);
            c.setAutoCommit(false);
            RowTableConversion.run(c);
            c.setAutoCommit(true);
            assertThat(onlyChunk(c)).isEqualTo(before);
            assertThat(read(ws, c, 1)).containsExactly(expectedMixed());
        }
        try (Workspace ws = Workspace.open(folder); Connection c = ws.connect()) {
            assertThat(versions(c)).containsExactly(1, 2, 3);
            assertThat(read(ws, c, 1)).containsExactly(expectedMixed());
        }
    }

    @Test
    void anEncryptedWorkspaceIsConvertedAndStaysUnreadableOnDisk() throws Exception {
        Path folder = tmp.resolve("secret");
        char[] password = WorkspaceEncryptionTest.PASSWORD;
        Object[][] rows = {{2L, WorkspaceEncryptionTest.CUSTOMER_ID, WorkspaceEncryptionTest.CUSTOMER_NAME}};
        try (Workspace ws = Workspace.open(folder, password.clone()); Connection c = ws.connect()) {
            oldDataset(c, 1, List.of(DataType.TEXT, DataType.TEXT), rows);
            manyRows(c, 2, 5_000);
            backToSchema2(c);
        }
        try (Workspace ws = Workspace.open(folder, password.clone()); Connection c = ws.connect()) {
            assertThat(ws.isEncrypted()).isTrue();
            assertThat(versions(c)).containsExactly(1, 2, 3);
            assertThat(read(ws, c, 1)).containsExactly(
                    Arrays.asList(2L, WorkspaceEncryptionTest.CUSTOMER_ID, WorkspaceEncryptionTest.CUSTOMER_NAME));
            assertManyRows(ws, c, 2, 5_000);
        }
        assertThat(WorkspaceEncryptionTest.occurrences(folder)).as("places where the customer is readable").isEmpty();
    }

    /**
     * A table that cannot be stored in sheet order (a sheet row twice: never written by the importer,
     * which made SRC_ROW the primary key) stops the opening with a message, and nothing is changed.
     */
    @Test
    void aTableThatCannotBeConvertedStopsTheOpeningAndStaysAsItWas() throws Exception {
        Path folder = tmp.resolve("ws");
        try (Workspace ws = Workspace.open(folder); Connection c = ws.connect(); Statement s = c.createStatement()) {
            insertDataset(c, 1, "transactions", List.of(DataType.TEXT), Arrays.asList((String) null), 3);
            s.execute("CREATE TABLE \"DS_1\"(SRC_ROW BIGINT, \"C1\" VARCHAR)");
            s.execute("INSERT INTO \"DS_1\" VALUES (2, 'a'), (2, 'b'), (3, 'c')");
            backToSchema2(c);
        }
        assertThatThrownBy(() -> Workspace.open(folder)).isInstanceOf(WorkspaceException.class)
                .hasMessageContaining("Dataset 'old 1' (file old.xlsx, sheet Sheet1) cannot be converted")
                .hasMessageContaining("sheet row 2");
        // a look without Workspace.open, which would try again
        try (Connection c = withoutOpening(folder)) {
            assertThat(versions(c)).containsExactly(1, 2);
            assertThat(columnsOf(c, "DS_1")).containsExactly("SRC_ROW", "C1");
            // the half-made copy is not left behind in the file
            assertThat(tablesLike(c, "DSX_%")).isEmpty();
            List<String> rows = new ArrayList<>();
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT SRC_ROW || C1 FROM \"DS_1\" ORDER BY 1")) {
                while (rs.next()) {
                    rows.add(rs.getString(1));
                }
            }
            assertThat(rows).containsExactly("2a", "2b", "3c");
        }
    }

    /**
     * A value the conversion cannot read (the metadata says INTEGER, the old column holds text: a
     * damaged workspace) stops the opening with a message naming the dataset, not only H2's text,
     * and leaves no half-made copy.
     */
    @Test
    void aValueThatCannotBeReadNamesTheDatasetAndLeavesNoCopy() throws Exception {
        Path folder = tmp.resolve("ws");
        try (Workspace ws = Workspace.open(folder); Connection c = ws.connect(); Statement s = c.createStatement()) {
            insertDataset(c, 1, "transactions", List.of(DataType.INTEGER), Arrays.asList((String) null), 2);
            s.execute("CREATE TABLE \"DS_1\"(SRC_ROW BIGINT PRIMARY KEY, \"C1\" VARCHAR)");
            s.execute("INSERT INTO \"DS_1\" VALUES (2, '7'), (3, 'seven')");
            backToSchema2(c);
        }
        assertThatThrownBy(() -> Workspace.open(folder)).isInstanceOf(WorkspaceException.class)
                .hasMessageContaining("Dataset 'old 1' (file old.xlsx, sheet Sheet1) cannot be converted");
        try (Connection c = withoutOpening(folder)) {
            assertThat(versions(c)).containsExactly(1, 2);
            assertThat(columnsOf(c, "DS_1")).containsExactly("SRC_ROW", "C1");
            assertThat(tablesLike(c, "DSX_%")).isEmpty();
        }
    }

    // ---- the old layout, by plain SQL ----

    /** The database as it is on disk, without Workspace.open (which would try the conversion again). */
    private static Connection withoutOpening(Path folder) throws SQLException {
        return DriverManager.getConnection("jdbc:h2:file:" + folder.resolve(Workspace.DB_NAME)
                + ";FILE_LOCK=FILE;TRACE_LEVEL_FILE=0", "stratum", "stratum");
    }

    private static void oldDataset(Connection c, long id, List<DataType> types, Object[][] rows) throws SQLException {
        oldDataset(c, id, "transactions", types, Collections.nCopies(types.size(), null), rows);
    }

    /** Rows are [sheet row, C1, C2, ...]; roles are ColumnRole keys or null. */
    private static void oldDataset(Connection c, long id, String kind, List<DataType> types, List<String> roles,
                                   Object[][] rows) throws SQLException {
        insertDataset(c, id, kind, types, roles, rows.length);
        StringBuilder ddl = new StringBuilder("CREATE TABLE \"DS_" + id + "\"(SRC_ROW BIGINT PRIMARY KEY");
        StringBuilder marks = new StringBuilder("?");
        for (int i = 0; i < types.size(); i++) {
            ddl.append(", \"C").append(i + 1).append("\" ").append(OLD_SQL_TYPES.get(types.get(i)));
            marks.append(", ?");
        }
        try (Statement s = c.createStatement()) {
            s.execute(ddl.append(')').toString());
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO \"DS_" + id + "\" VALUES (" + marks + ")")) {
            for (Object[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    ps.setObject(i + 1, row[i]);
                }
                ps.executeUpdate();
            }
        }
    }

    /** Sheet rows 2 .. n+1: "id-<k>" and k/100 for k = 1 .. n. */
    private static void manyRows(Connection c, long id, int n) throws SQLException {
        insertDataset(c, id, "transactions", List.of(DataType.TEXT, DataType.DECIMAL), Arrays.asList(null, null), n);
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE \"DS_" + id + "\"(SRC_ROW BIGINT PRIMARY KEY, \"C1\" VARCHAR, \"C2\" DECIMAL(38,10))");
            s.execute("INSERT INTO \"DS_" + id + "\" SELECT X + 1, 'id-' || X, CAST(X AS DECIMAL(38,10)) / 100"
                    + " FROM SYSTEM_RANGE(1, " + n + ")");
        }
    }

    private static void insertDataset(Connection c, long id, String kind, List<DataType> types, List<String> roles,
                                      long rows) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO dataset(id, name, kind, source_file, sheet,"
                + " table_name, rows_read, rows_imported, rows_rejected, imported_at)"
                + " VALUES (?, ?, ?, 'old.xlsx', 'Sheet1', ?, ?, ?, 0, CURRENT_TIMESTAMP)")) {
            ps.setLong(1, id);
            ps.setString(2, "old " + id);
            ps.setString(3, kind);
            ps.setString(4, "DS_" + id);
            ps.setLong(5, rows);
            ps.setLong(6, rows);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO dataset_column(dataset_id, ordinal, header,"
                + " sql_name, data_type, role) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < types.size(); i++) {
                ps.setLong(1, id);
                ps.setInt(2, i + 1);
                ps.setString(3, "Header " + (i + 1));
                ps.setString(4, "C" + (i + 1));
                ps.setString(5, types.get(i).name());
                ps.setString(6, roles.get(i));
                ps.executeUpdate();
            }
        }
    }

    /** As a workspace last opened by a Stratum before schema 3 left it. */
    private static void backToSchema2(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("DELETE FROM schema_version WHERE version = 3");
        }
    }

    // ---- reading back ----

    /** Each row as [source row, values...], through DatasetRows. */
    private static List<List<Object>> read(Workspace ws, Connection c, long id) throws SQLException {
        DatasetInfo d = new DatasetRepository(ws).find(id).orElseThrow();
        List<List<Object>> out = new ArrayList<>();
        try (DatasetRows rows = DatasetRows.open(c, d, d.columns())) {
            while (rows.next()) {
                List<Object> row = new ArrayList<>();
                row.add(rows.sourceRow());
                for (int i = 0; i < d.columns().size(); i++) {
                    row.add(rows.value(i));
                }
                out.add(row);
            }
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static List<Object>[] expectedMixed() {
        List<Object>[] out = new List[MIXED_ROWS.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = Arrays.asList(MIXED_ROWS[i]);
        }
        return out;
    }

    /** Stored at scale 10, read back without the padding: 12.5, 1280, 1E-10 as 0.0000000001. */
    private static void assertMixedDecimalsArePlain(Workspace ws, Connection c) throws SQLException {
        DatasetInfo d = new DatasetRepository(ws).find(1).orElseThrow();
        List<String> texts = new ArrayList<>();
        try (DatasetRows rows = DatasetRows.open(c, d, List.of(d.columns().get(2)))) {
            while (rows.next()) {
                texts.add(rows.text(0));
            }
        }
        assertThat(texts).containsExactly("12.5", "0.0000000001", null, "1280",
                "-1234567890123456789012345678.1234567891");
    }

    private static void assertManyRows(Workspace ws, Connection c, long id, int n) throws SQLException {
        DatasetInfo d = new DatasetRepository(ws).find(id).orElseThrow();
        int k = 0;
        try (DatasetRows rows = DatasetRows.open(c, d, d.columns())) {
            while (rows.next()) {
                k++;
                assertThat(rows.sourceRow()).isEqualTo(k + 1);
                assertThat(rows.text(0)).isEqualTo("id-" + k);
                assertThat(rows.decimal(1)).isEqualByComparingTo(BigDecimal.valueOf(k, 2));
            }
        }
        assertThat(k).isEqualTo(n);
        // written out: k = 1 is 0.01, 100 is 1, 250 is 2.5, 4097 (first row of the second chunk) is 40.97
        assertThat(textAt(c, d, 0)).containsExactly(2L, "id-1", "0.01");
        assertThat(textAt(c, d, 99)).containsExactly(101L, "id-100", "1");
        assertThat(textAt(c, d, 249)).containsExactly(251L, "id-250", "2.5");
        assertThat(textAt(c, d, 4096)).containsExactly(4098L, "id-4097", "40.97");
    }

    /** Source row and text of the row at 0-based position {@code offset}. */
    private static List<Object> textAt(Connection c, DatasetInfo d, long offset) throws SQLException {
        try (DatasetRows rows = DatasetRows.open(c, d, d.columns(), offset)) {
            assertThat(rows.next()).isTrue();
            return List.of(rows.sourceRow(), rows.text(0), rows.text(1));
        }
    }

    private static byte[] onlyChunk(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT DATA FROM \"DS_1\"")) {
            assertThat(rs.next()).isTrue();
            byte[] b = rs.getBytes(1);
            assertThat(rs.next()).isFalse();
            return b;
        }
    }

    private static List<List<Long>> chunks(Connection c, String table) throws SQLException {
        List<List<Long>> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT FIRST_ORDINAL, ROW_COUNT FROM \"" + table + "\" ORDER BY FIRST_ORDINAL")) {
            while (rs.next()) {
                out.add(List.of(rs.getLong(1), rs.getLong(2)));
            }
        }
        return out;
    }

    private static List<Integer> versions(Connection c) throws SQLException {
        List<Integer> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT version FROM schema_version ORDER BY version")) {
            while (rs.next()) {
                out.add(rs.getInt(1));
            }
        }
        return out;
    }

    private static List<String> columnsOf(Connection c, String table) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT COLUMN_NAME FROM INFORMATION_SCHEMA.COLUMNS"
                + " WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME = ? ORDER BY ORDINAL_POSITION")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }

    private static List<String> tablesLike(Connection c, String pattern) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME LIKE ?")) {
            ps.setString(1, pattern);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }
}
