package com.stratum.workspace;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static com.stratum.workspace.DataType.BOOLEAN;
import static com.stratum.workspace.DataType.DATE;
import static com.stratum.workspace.DataType.DECIMAL;
import static com.stratum.workspace.DataType.INTEGER;
import static com.stratum.workspace.DataType.TEXT;
import static com.stratum.workspace.DataType.TIMESTAMP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Reading a dataset stored as chunks in a real workspace: order across chunks and across the
 * reader's fetches (4 chunks per query), paging by offset, column subsets, typed getters and text.
 */
class DatasetRowsTest {

    @TempDir
    Path dir;
    Workspace ws;
    Connection conn;

    private static final List<DatasetColumn> COLUMNS = List.of(
            new DatasetColumn(1, "Id", "C1", TEXT, ColumnRole.CUSTOMER_ID),
            new DatasetColumn(2, "Qty", "C2", INTEGER, null),
            new DatasetColumn(3, "Amount", "C3", DECIMAL, null),
            new DatasetColumn(4, "Day", "C4", DATE, null),
            new DatasetColumn(5, "At", "C5", TIMESTAMP, null),
            new DatasetColumn(6, "Paid", "C6", BOOLEAN, null));
    private static final List<DataType> TYPES = COLUMNS.stream().map(DatasetColumn::dataType).toList();
    /** 17 rows in chunks of 3, 1, 5, 2, 4, 2 rows: first ordinals 0, 3, 4, 9, 11, 15 (the 5th and 6th in a second fetch). */
    private static final int[] CHUNK_ROWS = {3, 1, 5, 2, 4, 2};
    private static final int ROWS = 17;

    @BeforeEach
    void open() throws SQLException {
        ws = Workspace.open(dir.resolve("ws"));
        conn = ws.connect();
    }

    @AfterEach
    void close() throws SQLException {
        conn.close();
        ws.close();
    }

    private static DatasetInfo dataset(long id, String name, List<DatasetColumn> columns) {
        return dataset(id, name, columns, ROWS);
    }

    private static DatasetInfo dataset(long id, String name, List<DatasetColumn> columns, long rows) {
        return new DatasetInfo(id, name, DatasetKind.TRANSACTIONS, name + ".xlsx", "Sheet1", "DS_" + id, rows, rows, 0,
                LocalDateTime.of(2024, 2, 1, 9, 0), columns);
    }

    /** Row k of the standard dataset: sheet row 2 + 2k (a gap after each row), Amount null every 5th row. */
    private static Object[] row(int k) {
        return new Object[] {"r" + k, k * 10L, k % 5 == 4 ? null : BigDecimal.valueOf(k * 25L, 2).stripTrailingZeros(),
                LocalDate.of(2024, 1, 1).plusDays(k), LocalDateTime.of(2024, 1, 31, 10, 15).plusMinutes(k), k % 2 == 0};
    }

    private void createTable(String table) throws SQLException {
        try (Statement s = conn.createStatement()) {
            s.execute(ChunkFormat.createTable(table));
        }
    }

    private void insert(String table, long firstOrdinal, int rows, byte[] data) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement(ChunkFormat.insert(table))) {
            ps.setLong(1, firstOrdinal);
            ps.setInt(2, rows);
            ps.setBytes(3, data);
            ps.executeUpdate();
        }
    }

    /** The standard dataset, table DS_id, chunks of {@link #CHUNK_ROWS}. */
    private DatasetInfo standard(long id) throws SQLException {
        DatasetInfo d = dataset(id, "Sales 2024", COLUMNS);
        createTable(d.tableName());
        ChunkEncoder e = new ChunkEncoder(TYPES);
        int k = 0;
        for (int n : CHUNK_ROWS) {
            int first = k;
            for (int i = 0; i < n; i++, k++) {
                e.add(2 + 2L * k, row(k), 0);
            }
            insert(d.tableName(), first, n, e.finish());
        }
        return d;
    }

    private static List<String> ids(DatasetRows rows) throws SQLException {
        List<String> out = new ArrayList<>();
        while (rows.next()) {
            out.add(rows.text(0));
        }
        return out;
    }

    private static List<String> expectedIds(long from) {
        List<String> out = new ArrayList<>();
        for (long k = Math.max(0, from); k < ROWS; k++) {
            out.add("r" + k);
        }
        return out;
    }

    @Test
    void readsEveryRowInOrderAcrossChunksAndFetches() throws SQLException {
        DatasetInfo d = standard(1);
        try (DatasetRows rows = DatasetRows.open(conn, d, COLUMNS)) {
            int k = 0;
            while (rows.next()) {
                Object[] want = row(k);
                assertThat(rows.sourceRow()).as("row " + k).isEqualTo(2 + 2L * k);
                for (int c = 0; c < COLUMNS.size(); c++) {
                    assertThat(rows.value(c)).as("row " + k + " column " + c).isEqualTo(want[c]);
                    assertThat(rows.isNull(c)).isEqualTo(want[c] == null);
                }
                k++;
            }
            assertThat(k).isEqualTo(ROWS);
            assertThat(rows.next()).as("stays at the end").isFalse();
        }
    }

    @Test
    void pagesFromEveryOffset() throws SQLException {
        DatasetInfo d = standard(1);
        // 0, inside chunks (1, 5, 12), chunk starts (3 = a one-row chunk, 4, 9, 11, 15 = in the second fetch),
        // the last row 16, past the end 17 and beyond
        for (long offset = 0; offset <= ROWS + 3; offset++) {
            try (DatasetRows rows = DatasetRows.open(conn, d, List.of(COLUMNS.get(0)), offset)) {
                assertThat(ids(rows)).as("offset " + offset).isEqualTo(expectedIds(offset));
            }
        }
        try (DatasetRows rows = DatasetRows.open(conn, d, List.of(COLUMNS.get(0)), 16)) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.text(0)).isEqualTo("r16");
            assertThat(rows.sourceRow()).isEqualTo(2 + 2 * 16);
            assertThat(rows.next()).isFalse();
        }
        try (DatasetRows rows = DatasetRows.open(conn, d, List.of(COLUMNS.get(0)), Long.MAX_VALUE)) {
            assertThat(rows.next()).isFalse();
        }
        try (DatasetRows rows = DatasetRows.open(conn, d, List.of(COLUMNS.get(0)), -5)) {
            assertThat(ids(rows)).isEqualTo(expectedIds(0));
        }
    }

    @Test
    void fetchBoundariesAtExactlyFourAndEightChunks() throws SQLException {
        // one-row chunks: 4 (one full fetch, the next finds none), 5, 8 (two full fetches) and 9
        for (int chunks : new int[] {1, 3, 4, 5, 8, 9}) {
            DatasetInfo d = dataset(100 + chunks, "Chunks" + chunks, List.of(COLUMNS.get(1)), chunks);
            createTable(d.tableName());
            ChunkEncoder e = new ChunkEncoder(List.of(INTEGER));
            for (int k = 0; k < chunks; k++) {
                e.add(k + 2, new Object[] {(long) k}, 0);
                insert(d.tableName(), k, 1, e.finish());
            }
            for (int offset = 0; offset <= chunks; offset++) {
                List<Long> got = new ArrayList<>();
                try (DatasetRows rows = DatasetRows.open(conn, d, d.columns(), offset)) {
                    while (rows.next()) {
                        got.add(rows.integer(0));
                    }
                }
                List<Long> want = new ArrayList<>();
                for (long k = offset; k < chunks; k++) {
                    want.add(k);
                }
                assertThat(got).as(chunks + " chunks from " + offset).isEqualTo(want);
            }
        }
    }

    @Test
    void anEmptyDatasetHasNoRows() throws SQLException {
        DatasetInfo d = dataset(7, "Empty", COLUMNS, 0);
        createTable(d.tableName());
        try (DatasetRows rows = DatasetRows.open(conn, d, COLUMNS)) {
            assertThat(rows.next()).isFalse();
        }
        try (DatasetRows rows = DatasetRows.open(conn, d, COLUMNS, 3)) {
            assertThat(rows.next()).isFalse();
        }
    }

    @Test
    void columnsInAnotherOrderThanTheDatasets() throws SQLException {
        DatasetInfo d = standard(1);
        List<DatasetColumn> asked = List.of(COLUMNS.get(5), COLUMNS.get(0), COLUMNS.get(2));
        try (DatasetRows rows = DatasetRows.open(conn, d, asked, 3)) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.type(0)).isEqualTo(BOOLEAN);
            assertThat(rows.type(1)).isEqualTo(TEXT);
            assertThat(rows.type(2)).isEqualTo(DECIMAL);
            // row 3: Paid false (3 is odd), Id r3, Amount 3 * 0.25 = 0.75
            assertThat(rows.bool(0)).isFalse();
            assertThat(rows.text(1)).isEqualTo("r3");
            assertThat(rows.decimal(2)).isEqualTo(new BigDecimal("0.75"));
            assertThat(rows.next()).isTrue();
            // row 4: Paid true, Amount null (every 5th row: 4, 9, 14)
            assertThat(rows.text(0)).isEqualTo("TRUE");
            assertThat(rows.isNull(2)).isTrue();
            assertThat(rows.decimal(2)).isNull();
            assertThat(rows.text(2)).isNull();
        }
        assertThatThrownBy(() -> DatasetRows.open(conn, d,
                List.of(new DatasetColumn(9, "Other", "C9", TEXT, null)))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Other");
    }

    /** A one-chunk dataset of the given columns and rows, id 50. */
    private DatasetRows single(List<DataType> types, Object[]... values) throws SQLException {
        List<DatasetColumn> cols = new ArrayList<>();
        for (int i = 0; i < types.size(); i++) {
            cols.add(new DatasetColumn(i + 1, "H" + (i + 1), "C" + (i + 1), types.get(i), null));
        }
        DatasetInfo d = dataset(50, "One chunk", cols, values.length);
        createTable(d.tableName());
        ChunkEncoder e = new ChunkEncoder(types);
        for (int r = 0; r < values.length; r++) {
            e.add(r + 2, values[r], 0);
        }
        insert(d.tableName(), 0, values.length, e.finish());
        return DatasetRows.open(conn, d, cols);
    }

    @Test
    void textFormatsEveryType() throws SQLException {
        try (DatasetRows rows = single(List.of(TIMESTAMP, BOOLEAN, DECIMAL, INTEGER, DATE, TEXT),
                new Object[] {LocalDateTime.of(2024, 1, 31, 10, 15), true, new BigDecimal("1E+3"), 17850L,
                        LocalDate.of(2024, 2, 29), "上海"},
                new Object[] {LocalDateTime.of(2024, 1, 31, 10, 15, 0, 500_000_000), false, new BigDecimal("0.00000001"),
                        -5L, LocalDate.of(1, 1, 1), ""},
                new Object[] {LocalDateTime.of(2024, 1, 31, 10, 15, 7, 1_000), null, new BigDecimal("17850.0"),
                        Long.MIN_VALUE, LocalDate.of(9999, 12, 31), null},
                new Object[] {LocalDateTime.of(1, 1, 1, 0, 0, 0, 123_456_789), null, new BigDecimal("-1.50"), 0L, null,
                        "👍"},
                new Object[] {null, null, new BigDecimal("123456789012345678901234567890.5"), null, null, null})) {
            List<List<String>> got = new ArrayList<>();
            while (rows.next()) {
                List<String> r = new ArrayList<>();
                for (int c = 0; c < 6; c++) {
                    r.add(rows.text(c));
                }
                got.add(r);
            }
            // worked out by hand: date-times with a space and seconds, the fraction without trailing zeros;
            // decimals plain (never 1E+3, 1E-8 or 17850.0)
            assertThat(got).containsExactly(
                    List.of("2024-01-31 10:15:00", "TRUE", "1000", "17850", "2024-02-29", "上海"),
                    List.of("2024-01-31 10:15:00.5", "FALSE", "0.00000001", "-5", "0001-01-01", ""),
                    listOf("2024-01-31 10:15:07.000001", null, "17850", "-9223372036854775808", "9999-12-31", null),
                    listOf("0001-01-01 00:00:00.123456789", null, "-1.5", "0", null, "👍"),
                    listOf(null, null, "123456789012345678901234567890.5", null, null, null));
        }
    }

    private static List<String> listOf(String... s) {
        return java.util.Arrays.asList(s);
    }

    @Test
    void textUsesAsciiDigitsWhateverTheDefaultLocale() throws SQLException {
        Locale before = Locale.getDefault();
        try (DatasetRows rows = single(List.of(TIMESTAMP), new Object[] {LocalDateTime.of(2024, 1, 31, 10, 15, 0, 500_000_000)})) {
            // Arabic (Saudi Arabia) formats %02d with Arabic-Indic digits
            Locale.setDefault(Locale.forLanguageTag("ar-SA"));
            assertThat(rows.next()).isTrue();
            assertThat(rows.text(0)).isEqualTo("2024-01-31 10:15:00.5");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void typedGetters() throws SQLException {
        try (DatasetRows rows = single(List.of(INTEGER, DECIMAL, DATE, TIMESTAMP, BOOLEAN, TEXT),
                new Object[] {42L, new BigDecimal("-0.125"), LocalDate.of(2024, 1, 31), LocalDateTime.of(2024, 1, 31, 10, 15),
                        true, "x"},
                new Object[] {null, null, null, null, null, null})) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.integer(0)).isEqualTo(42);
            assertThat(rows.decimal(0)).isEqualTo(BigDecimal.valueOf(42));   // an INTEGER as a decimal
            assertThat(rows.number(0)).isEqualTo(42.0);
            assertThat(rows.decimal(1)).isEqualTo(new BigDecimal("-0.125"));
            assertThat(rows.number(1)).isEqualTo(-0.125);
            assertThat(rows.date(2)).isEqualTo(LocalDate.of(2024, 1, 31));
            assertThat(rows.timestamp(3)).isEqualTo(LocalDateTime.of(2024, 1, 31, 10, 15));
            assertThat(rows.bool(4)).isTrue();
            assertThat(rows.value(5)).isEqualTo("x");
            assertThat(rows.value(0)).isEqualTo(42L);
            assertThat(rows.value(2)).isEqualTo(LocalDate.of(2024, 1, 31));
            assertThat(rows.value(4)).isEqualTo(Boolean.TRUE);
            // a getter of another type says which
            assertThatThrownBy(() -> rows.integer(1)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("DECIMAL, not INTEGER");
            assertThatThrownBy(() -> rows.decimal(5)).isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(() -> rows.number(2)).isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(() -> rows.date(3)).isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(() -> rows.timestamp(2)).isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(() -> rows.bool(5)).isInstanceOf(IllegalStateException.class);

            assertThat(rows.next()).isTrue();
            for (int c = 0; c < 6; c++) {
                assertThat(rows.isNull(c)).isTrue();
                assertThat(rows.value(c)).isNull();
                assertThat(rows.text(c)).isNull();
            }
            assertThat(rows.decimal(0)).isNull();
            assertThat(rows.decimal(1)).isNull();
            assertThat(rows.number(0)).isNaN();
            assertThat(rows.number(1)).isNaN();
            assertThat(rows.date(2)).isNull();
            assertThat(rows.timestamp(3)).isNull();
            assertThat(rows.next()).isFalse();
        }
    }

    @Test
    void aDamagedChunkFailsWithTheDatasetsName() throws SQLException {
        DatasetInfo d = standard(1);
        // the 5th chunk (ordinal 11, in the second fetch) loses its magic
        byte[] data;
        try (PreparedStatement ps = conn.prepareStatement("SELECT DATA FROM \"DS_1\" WHERE FIRST_ORDINAL = 11");
             var rs = ps.executeQuery()) {
            rs.next();
            data = rs.getBytes(1);
        }
        data[0] = 'X';
        try (PreparedStatement ps = conn.prepareStatement("UPDATE \"DS_1\" SET DATA = ? WHERE FIRST_ORDINAL = 11")) {
            ps.setBytes(1, data);
            ps.executeUpdate();
        }
        try (DatasetRows rows = DatasetRows.open(conn, d, COLUMNS)) {
            for (int k = 0; k < 11; k++) {
                assertThat(rows.next()).isTrue();
            }
            assertThatThrownBy(rows::next).isInstanceOf(WorkspaceException.class)
                    .hasMessageContaining("Sales 2024").hasMessageContaining("not a dataset chunk");
        }
        // paging straight into it
        try (DatasetRows rows = DatasetRows.open(conn, d, COLUMNS, 12)) {
            assertThatThrownBy(rows::next).isInstanceOf(WorkspaceException.class).hasMessageContaining("Sales 2024");
        }
    }

    /**
     * Chunks of 3, 1, 5, 2, 4, 2 rows start at ordinals 0, 3, 4, 9, 11, 15. Without the chunk at 4
     * the rows would silently jump from r3 to r9; a wrong ROW_COUNT would shift every later page.
     */
    @Test
    void aMissingChunkOrAWrongRowCountFailsInsteadOfShiftingRows() throws SQLException {
        DatasetInfo d = standard(1);
        try (Statement s = conn.createStatement()) {
            s.execute("DELETE FROM \"DS_1\" WHERE FIRST_ORDINAL = 4");
        }
        try (DatasetRows rows = DatasetRows.open(conn, d, COLUMNS)) {
            for (int k = 0; k < 4; k++) {
                assertThat(rows.next()).isTrue();
            }
            assertThatThrownBy(rows::next).isInstanceOf(WorkspaceException.class)
                    .hasMessageContaining("Sales 2024").hasMessageContaining("position 4 is missing");
        }
        DatasetInfo other = standard(2);
        try (Statement s = conn.createStatement()) {
            s.execute("UPDATE \"DS_2\" SET ROW_COUNT = 6 WHERE FIRST_ORDINAL = 4");
        }
        try (DatasetRows rows = DatasetRows.open(conn, other, COLUMNS, 5)) {
            assertThatThrownBy(rows::next).isInstanceOf(WorkspaceException.class)
                    .hasMessageContaining("holds 5 rows, its table row says 6");
        }
    }

    /** The standard dataset has 17 rows (chunks of 3, 1, 5, 2, 4, 2); without its last chunk it ends at row 15. */
    @Test
    void missingLastChunksFailAtTheEndInsteadOfGivingFewerRows() throws SQLException {
        DatasetInfo d = standard(1);
        try (Statement s = conn.createStatement()) {
            s.execute("DELETE FROM \"DS_1\" WHERE FIRST_ORDINAL = 15");
        }
        try (DatasetRows rows = DatasetRows.open(conn, d, COLUMNS)) {
            for (int k = 0; k < 15; k++) {
                assertThat(rows.next()).isTrue();
            }
            assertThatThrownBy(rows::next).isInstanceOf(WorkspaceException.class)
                    .hasMessageContaining("Sales 2024").hasMessageContaining("end at row 15 of 17");
        }
    }

    @Test
    void aChunkOfAnotherShapeOrWithADateOutOfRangeFailsWithTheDatasetsName() throws SQLException {
        DatasetInfo d = dataset(3, "Customers 新", List.of(COLUMNS.get(3)));
        createTable(d.tableName());
        ChunkEncoder ints = new ChunkEncoder(List.of(INTEGER));
        ints.add(2, new Object[] {5L}, 0);
        insert(d.tableName(), 0, 1, ints.finish());
        try (DatasetRows rows = DatasetRows.open(conn, d, d.columns())) {
            assertThatThrownBy(rows::next).isInstanceOf(WorkspaceException.class)
                    .hasMessageContaining("Customers 新").hasMessageContaining("not of type DATE");
        }
        // a DATE chunk (type 3) whose epoch day 2^62 is past LocalDate.MAX: 1 row, source row 0, no nulls,
        // zigzag(2^62) = 2^63 -> 80 x 9, 01
        byte[] bad = ChunkEncoderTest.bytes(0x53, 0x43, 0x01, 0x01, 0x01, 0x03, 0x01, 0x0B, 0x00,
                0x00, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x01);
        try (PreparedStatement ps = conn.prepareStatement("UPDATE \"DS_3\" SET DATA = ?")) {
            ps.setBytes(1, bad);
            ps.executeUpdate();
        }
        try (DatasetRows rows = DatasetRows.open(conn, d, d.columns())) {
            assertThatThrownBy(() -> {
                rows.next();
                rows.date(0);
            }).isInstanceOf(WorkspaceException.class).hasMessageContaining("Customers 新");
        }
    }

    @Test
    void aTableNameThatIsNotGeneratedIsRefused() {
        DatasetInfo d = new DatasetInfo(9, "Odd", DatasetKind.CUSTOMERS, "x.xlsx", "S", "dataset", 0, 0, 0,
                LocalDateTime.of(2024, 1, 1, 0, 0), COLUMNS);
        assertThatThrownBy(() -> DatasetRows.open(conn, d, COLUMNS)).isInstanceOf(WorkspaceException.class)
                .hasMessageContaining("Dataset 9");
    }
}
