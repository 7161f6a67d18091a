package com.stratum.imports;

import com.stratum.workspace.ChunkFormat;
import com.stratum.workspace.ColumnRole;
import com.stratum.workspace.DataType;
import com.stratum.workspace.DatasetInfo;
import com.stratum.workspace.DatasetKind;
import com.stratum.workspace.DatasetRepository;
import com.stratum.workspace.DatasetRows;
import com.stratum.workspace.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The import writer's chunks: where they close, their first ordinals, and reading them back. */
class DatasetWriterChunksTest {

    @TempDir
    Path dir;
    Workspace ws;

    private static final List<ColumnPlan> COLUMNS = List.of(
            new ColumnPlan(0, "Customer", "C1", ColumnType.of(DataType.TEXT), ColumnRole.CUSTOMER_ID),
            new ColumnPlan(1, "Amount", "C2", ColumnType.of(DataType.DECIMAL), ColumnRole.AMOUNT));

    @BeforeEach
    void open() {
        ws = Workspace.open(dir.resolve("ws"));
    }

    @AfterEach
    void close() {
        ws.close();
    }

    /** Writes rows {@code 0 .. n-1} (sheet rows 2, 3, ...) in batches of 1,000 and publishes them. */
    private DatasetInfo writeAndPublish(int n, java.util.function.IntFunction<String> customer) throws SQLException {
        try (DatasetWriter w = new DatasetWriter(ws, COLUMNS)) {
            synchronized (DatasetWriter.LOCK) {
                w.create("Sheet1");
            }
            RowBatch b = new RowBatch(1000, 2);
            for (int k = 0; k < n; k++) {
                b.rowNumbers[b.size] = k + 2;
                b.values[b.size * 2] = customer.apply(k);
                b.values[b.size * 2 + 1] = BigDecimal.valueOf(k, 2);
                b.size++;
                if (b.isFull() || k == n - 1) {
                    w.write(b);
                    b = new RowBatch(1000, 2);
                }
            }
            w.flush();
            w.publish("Sales", DatasetKind.TRANSACTIONS, "sales.xlsx", n, n, 0, ImportMode.APPEND);
            return new DatasetRepository(ws).find(w.id()).orElseThrow();
        }
    }

    private List<long[]> chunks(String table) throws SQLException {
        List<long[]> out = new ArrayList<>();
        try (Connection c = ws.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT FIRST_ORDINAL, ROW_COUNT FROM \"" + table + "\" ORDER BY 1")) {
            while (rs.next()) {
                out.add(new long[] {rs.getLong(1), rs.getLong(2)});
            }
        }
        return out;
    }

    @Test
    void chunksCloseAtTheRowLimitAndNumberTheirFirstRow() throws SQLException {
        // 2 x 4,096 + 5 rows: chunks at ordinals 0, 4096, 8192 (batches of 1,000 do not line up with them)
        int n = 2 * ChunkFormat.MAX_CHUNK_ROWS + 5;
        DatasetInfo d = writeAndPublish(n, k -> "c" + (k % 300));
        assertThat(chunks(d.tableName())).containsExactly(new long[] {0, 4096}, new long[] {4096, 4096},
                new long[] {8192, 5});
        try (Connection c = ws.connect(); DatasetRows rows = DatasetRows.open(c, d, d.columns())) {
            int k = 0;
            while (rows.next()) {
                assertThat(rows.sourceRow()).isEqualTo(k + 2);
                assertThat(rows.text(0)).isEqualTo("c" + (k % 300));
                assertThat(rows.decimal(1)).isEqualByComparingTo(BigDecimal.valueOf(k, 2));
                k++;
            }
            assertThat(k).isEqualTo(n);
        }
        try (Connection c = ws.connect(); DatasetRows rows = DatasetRows.open(c, d, d.columns(), 4095)) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.sourceRow()).isEqualTo(4097);   // ordinal 4095 = sheet row 4,097, the first chunk's last
            assertThat(rows.next()).isTrue();
            assertThat(rows.sourceRow()).isEqualTo(4098);
        }
    }

    @Test
    void longTextClosesAChunkAtAboutOneMegabyte() throws SQLException {
        // each row: a distinct 300,000-character ASCII customer id (dictionary 3 + 300,000 bytes, index 1),
        // amount k/100 (head 1 + value 1) and source row 1 = 300,007 buffered bytes; 3 rows are 900,021
        // < 1 MiB (1,048,576), the 4th reaches 1,200,028: chunks of 4, 4 and 4 rows
        String base = "x".repeat(299_998);
        DatasetInfo d = writeAndPublish(12, k -> base + (char) ('A' + k / 10) + (char) ('A' + k % 10));
        assertThat(chunks(d.tableName())).containsExactly(new long[] {0, 4}, new long[] {4, 4}, new long[] {8, 4});
        try (Connection c = ws.connect(); DatasetRows rows = DatasetRows.open(c, d, d.columns(), 11)) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.text(0)).hasSize(300_000).endsWith("BB");
            assertThat(rows.next()).isFalse();
        }
    }
}
