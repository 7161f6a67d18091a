package com.stratum.workspace;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes datasets straight into a workspace per docs/ARCHITECTURE.md (dataset, dataset_column,
 * DS_&lt;id&gt; of column chunks), independent of the importer: the rows are SQL literals put into
 * a scratch row table first, so H2 types them, then encoded with {@link ChunkEncoder}.
 */
final class WorkspaceFixture {

    private final Workspace ws;

    WorkspaceFixture(Workspace ws) {
        this.ws = ws;
    }

    /** One column: header, logical type (TEXT, INTEGER, DECIMAL, DATE, TIMESTAMP), role key or null. */
    record Col(String header, String type, String role) {
    }

    static Col col(String header, String type, String role) {
        return new Col(header, type, role);
    }

    /**
     * Creates a dataset; each row is SQL literals for C1..Cn (e.g. "'c1'", "DATE '2006-12-30'",
     * "100.00", "NULL"). Returns the dataset id.
     */
    long dataset(String name, String kind, Col[] cols, String[]... rows) throws SQLException {
        try (Connection c = ws.connect(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO dataset(name, kind, source_file, sheet, table_name, rows_read, rows_imported,"
                    + " rows_rejected, imported_at) VALUES ('" + name + "', '" + kind + "', '" + name + ".xlsx', 'Sheet1',"
                    + " 'PENDING_" + name + "', " + rows.length + ", " + rows.length + ", 0, CURRENT_TIMESTAMP)",
                    Statement.RETURN_GENERATED_KEYS);
            long id;
            try (var keys = s.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
            String table = "DS_" + id;
            String scratch = "FX_" + id;
            s.executeUpdate("UPDATE dataset SET table_name = '" + table + "' WHERE id = " + id);
            StringBuilder ddl = new StringBuilder("CREATE TABLE \"" + scratch + "\"(SRC_ROW BIGINT PRIMARY KEY");
            List<DataType> types = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO dataset_column(dataset_id, ordinal, header, sql_name, data_type, role) VALUES (?,?,?,?,?,?)")) {
                for (int i = 0; i < cols.length; i++) {
                    DataType t = DataType.fromName(cols[i].type());
                    types.add(t);
                    ddl.append(", C").append(i + 1).append(' ').append(t.sqlType());
                    ps.setLong(1, id);
                    ps.setInt(2, i + 1);
                    ps.setString(3, cols[i].header());
                    ps.setString(4, "C" + (i + 1));
                    ps.setString(5, cols[i].type());
                    ps.setString(6, cols[i].role());
                    ps.executeUpdate();
                }
            }
            s.execute(ddl.append(')').toString());
            for (int r = 0; r < rows.length; r++) {
                // header on sheet row 1: data rows are 2, 3, ...
                s.executeUpdate("INSERT INTO \"" + scratch + "\" VALUES (" + (r + 2) + ", " + String.join(", ", rows[r]) + ")");
            }
            s.execute(ChunkFormat.createTable(table));
            ChunkEncoder enc = new ChunkEncoder(types);
            Object[] values = new Object[types.size()];
            try (ResultSet rs = s.executeQuery("SELECT * FROM \"" + scratch + "\" ORDER BY SRC_ROW");
                 PreparedStatement ins = c.prepareStatement(ChunkFormat.insert(table))) {
                while (rs.next()) {
                    for (int i = 0; i < values.length; i++) {
                        values[i] = RowTableConversion.value(rs, i + 2, types.get(i));
                    }
                    enc.add(rs.getLong(1), values, 0);
                }
                ins.setLong(1, 0);
                ins.setInt(2, enc.rows());
                ins.setBytes(3, enc.finish());
                ins.executeUpdate();
            }
            s.execute("DROP TABLE \"" + scratch + "\"");
            return id;
        }
    }
}
