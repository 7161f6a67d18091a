package com.stratum.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** import -> segment through the real workspace loader and feature builder. */
class SegmentFromImportTest {

    @TempDir
    Path dir;
    @RegisterExtension
    final CliRun cli = new CliRun();

    @BeforeEach
    void realLoader() {
        WorkspaceFrames.use(WorkspaceFrames.fromWorkspace());
    }

    @Test
    void rfmStandardOnImportedTransactions() throws Exception {
        // As of 2024-01-21 (the day after the last line). A: two purchases (100.00 + 50.00), last 01-20 -> recency 1.
        // B: a purchase of 30.00 on 01-05 and a return order of -30.00 -> frequency 1, net 0.00, recency 16.
        // C: one purchase 20.10 on 01-15 -> recency 6.
        // Quintile cuts of 3 purchasers at sorted[ceil(k*3/5)-1] = positions 0, 1, 1, 2:
        //   recency 1 6 6 16 -> A raw 1 (r5), C raw 2 (r4), B raw 4 (r2)
        //   frequency 1 1 1 2 -> A raw 4 (f4), B and C raw 1
        //   monetary 0.00 20.10 20.10 150.00 -> A raw 4, B raw 1, C raw 2
        // A 544 Champions; B 211 Hibernating; C 412 Promising.
        Path csv = dir.resolve("tx.csv");
        Files.writeString(csv, "customer_id,order_id,date,amount\nA,1,2024-01-10,100.00\nA,2,2024-01-20,50.00\n"
                + "B,3,2024-01-05,30.00\nB,4,2024-01-06,-30.00\nC,5,2024-01-15,20.10\n");
        Path ws = dir.resolve("ws");
        assertThat(cli.run(new String[]{"import", csv.toString(), "--workspace", ws.toString()})).as(cli.err()).isZero();
        Path out = dir.resolve("out.csv");
        assertThat(cli.run(new String[]{"segment", "--workspace", ws.toString(), "--definition", "rfm-standard", "--export",
                out.toString()})).as(cli.err()).isZero();
        List<String> lines = Files.readString(out, StandardCharsets.UTF_8).replace("\uFEFF", "").lines().toList();
        assertThat(lines).contains("A,Champions,5,4,4,1,2,150.00,544", "B,Hibernating,2,1,1,16,1,0.00,211",
                "C,Promising,4,1,2,6,1,20.10,412");
    }
}
