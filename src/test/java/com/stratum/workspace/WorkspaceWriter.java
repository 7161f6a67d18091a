package com.stratum.workspace;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Child-process main for {@link WorkspaceCrashSafetyTest}: writes batches of {@value #ROWS} rows to a
 * workspace, one transaction per batch, and prints {@code committed <n>} after each commit, until killed.
 */
public final class WorkspaceWriter {

    static final int ROWS = 500;

    private WorkspaceWriter() {
    }

    public static void main(String[] args) throws SQLException {
        try (Workspace ws = Workspace.open(Path.of(args[0]));
             Connection c = ws.connect()) {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE IF NOT EXISTS crash_probe(batch INT NOT NULL, i INT NOT NULL, payload VARCHAR(200))");
            }
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO crash_probe VALUES (?, ?, ?)")) {
                for (int batch = 1; ; batch++) {
                    for (int i = 0; i < ROWS; i++) {
                        ps.setInt(1, batch);
                        ps.setInt(2, i);
                        ps.setString(3, "row " + i + " of batch " + batch + " ........................................");
                        ps.addBatch();
                    }
                    ps.executeBatch();
                    c.commit();
                    System.out.println("committed " + batch);
                    System.out.flush();
                }
            }
        }
    }
}
