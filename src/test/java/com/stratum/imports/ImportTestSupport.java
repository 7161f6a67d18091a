package com.stratum.imports;

import com.stratum.workspace.DatasetInfo;
import com.stratum.workspace.DatasetRepository;
import com.stratum.workspace.RowPage;
import com.stratum.workspace.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** A fresh workspace per test, and helpers to write files and compare workspace states. */
abstract class ImportTestSupport {

    @TempDir
    Path dir;
    Workspace ws;
    DatasetRepository repo;

    @BeforeEach
    void openWorkspace() {
        ws = Workspace.open(dir.resolve("ws"));
        repo = new DatasetRepository(ws);
    }

    @AfterEach
    void closeWorkspace() {
        ws.close();
    }

    Path text(String name, String content, Charset cs) throws IOException {
        Path f = dir.resolve(name);
        Files.write(f, content.getBytes(cs));
        return f;
    }

    Path bytes(String name, byte[]... parts) throws IOException {
        Path f = dir.resolve(name);
        try (var out = Files.newOutputStream(f)) {
            for (byte[] p : parts) {
                out.write(p);
            }
        }
        return f;
    }

    ImportResult importFile(Path f, ImportOptions o) {
        return Importer.run(ws, f, o, null);
    }

    ImportResult importFile(Path f) {
        return importFile(f, new ImportOptions());
    }

    /** All rows of a small dataset, each with its values. */
    List<List<Object>> rows(long datasetId) {
        return repo.page(datasetId, 0, 10_000).rows();
    }

    RowPage page(long datasetId) {
        return repo.page(datasetId, 0, 10_000);
    }

    DatasetInfo dataset(long id) {
        return repo.find(id).orElseThrow();
    }

    /**
     * Everything an import could change: tables, dataset rows, column metadata and rejected rows.
     * Two equal snapshots mean the workspace is unchanged.
     */
    String snapshot() throws SQLException {
        List<String> parts = new ArrayList<>();
        try (Connection c = ws.connect(); Statement s = c.createStatement()) {
            parts.add(query(s, "SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'"
                    + " ORDER BY TABLE_NAME"));
            parts.add(query(s, "SELECT id, name, kind, table_name, rows_read, rows_imported, rows_rejected FROM dataset"
                    + " ORDER BY id"));
            parts.add(query(s, "SELECT * FROM dataset_column ORDER BY dataset_id, ordinal"));
            parts.add(query(s, "SELECT dataset_id, row_number, column_name, reason FROM rejected_row"
                    + " ORDER BY dataset_id, row_number"));
        }
        return String.join("\n", parts);
    }

    private static String query(Statement s, String sql) throws SQLException {
        StringBuilder b = new StringBuilder();
        try (ResultSet rs = s.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                for (int i = 1; i <= n; i++) {
                    b.append(rs.getString(i)).append(i < n ? "|" : "\n");
                }
            }
        }
        return b.toString();
    }
}
