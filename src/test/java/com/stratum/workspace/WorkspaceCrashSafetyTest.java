package com.stratum.workspace;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A crash never loses a workspace: a writer process killed in the middle of its transactions
 * leaves a workspace that opens, holds every transaction it reported committed, and no half of one.
 */
class WorkspaceCrashSafetyTest {

    /** Enough commits that the kill lands while the writer is busy inside a transaction. */
    static final int COMMITS_BEFORE_KILL = 15;

    @TempDir
    Path tmp;

    @Test
    @Timeout(120)
    void killedWriterLeavesACommittedWorkspace() throws Exception {
        Path folder = tmp.resolve("ws");
        int lastReported;
        try (ChildJvm writer = ChildJvm.start(tmp, WorkspaceWriter.class, folder.toString())) {
            String line = writer.readUntil("committed " + COMMITS_BEFORE_KILL);
            assertThat(line).as("writer output (stderr: %s)", writer.stderr()).isNotNull();
            lastReported = COMMITS_BEFORE_KILL;
            // it is writing the next batch now: kill -9, no shutdown hook, no close
            writer.kill();
        }

        try (Workspace ws = Workspace.open(folder);
             Connection c = ws.connect();
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT batch, COUNT(*) FROM crash_probe GROUP BY batch ORDER BY batch")) {
            Map<Integer, Integer> rowsPerBatch = new LinkedHashMap<>();
            while (rs.next()) {
                rowsPerBatch.put(rs.getInt(1), rs.getInt(2));
            }
            assertThat(rowsPerBatch.keySet()).as("batches are 1..n without gaps")
                    .startsWith(1).hasSize(rowsPerBatch.keySet().stream().mapToInt(Integer::intValue).max().orElse(0));
            assertThat(rowsPerBatch.size()).as("every commit the writer reported survives")
                    .isGreaterThanOrEqualTo(lastReported);
            assertThat(rowsPerBatch.values()).as("no transaction is half there").containsOnly(WorkspaceWriter.ROWS);
        }
    }
}
