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

/** `segment --export` with chosen columns, personal data masked or left out, and one segment. */
class SegmentExportOptionsTest {

    @TempDir
    Path dir;
    @RegisterExtension
    final CliRun cli = new CliRun();
    Path ws;

    @BeforeEach
    void workspace() throws Exception {
        WorkspaceFrames.use(WorkspaceFrames.fromWorkspace());
        Path tx = dir.resolve("tx.csv");
        // as of 2024-01-21: A spends 150.00 (2 orders), B 30.00, C 20.10 (see SegmentFromImportTest for the RFM cells)
        Files.writeString(tx, "customer_id,order_id,date,amount\nA,1,2024-01-10,100.00\nA,2,2024-01-20,50.00\n"
                + "B,3,2024-01-05,30.00\nC,5,2024-01-15,20.10\n");
        Path customers = dir.resolve("customers.csv");
        Files.writeString(customers, "customer_id,name,email,phone\nA,李娜,li.na@example.com,13812345678\n"
                + "B,Bob Brown,bob@example.org,021-5555 0000\n", StandardCharsets.UTF_8);
        ws = dir.resolve("ws");
        assertThat(cli.run(new String[] {"import", tx.toString(), "--workspace", ws.toString()})).as(cli.err()).isZero();
        assertThat(cli.run(new String[] {"import", customers.toString(), "--workspace", ws.toString(), "--as",
                "customers"})).as(cli.err()).isZero();
    }

    private List<String> export(String... options) throws Exception {
        Path out = dir.resolve("out.csv");
        String[] base = {"segment", "--workspace", ws.toString(), "--definition", "rfm-standard", "--export",
                out.toString()};
        String[] args = new String[base.length + options.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(options, 0, args, base.length, options.length);
        assertThat(cli.runFresh(args)).as(cli.err()).isZero();
        return Files.readString(out, StandardCharsets.UTF_8).replace("\uFEFF", "").lines().toList();
    }

    @Test
    void chosenColumnsWithPersonalDataMasked() throws Exception {
        // phones: 13812345678 keeps 138 and 5678; 021-5555 0000 has 11 digits: 021 and 0000 kept
        assertThat(export("--columns", "monetary,name,email,phone", "--personal", "mask")).containsExactly(
                "customer_id,monetary,name,email,phone",
                "A,150.00,李*,l***@example.com,138****5678",
                "B,30.00,B***,b***@example.org,021-**** 0000",
                "C,20.10,,,");
    }

    @Test
    void personalColumnsLeftOutAndOneSegment() throws Exception {
        assertThat(export("--columns", "segment,email", "--personal", "omit")).containsExactly(
                "customer_id,segment", "A,Champions", "B,Hibernating", "C,Promising");
        assertThat(export("--columns", "segment,email", "--only-segment", "Promising")).containsExactly(
                "customer_id,segment,email", "C,Promising,");
    }

    @Test
    void badChoicesAreBadInput() {
        Path out = dir.resolve("bad.csv");
        assertThat(cli.runFresh("segment", "--workspace", ws.toString(), "--definition", "rfm-standard", "--export",
                out.toString(), "--personal", "hide")).isEqualTo(2);
        assertThat(cli.err()).contains("--personal must be keep, mask or omit, not 'hide'");
        assertThat(cli.runFresh("segment", "--workspace", ws.toString(), "--definition", "rfm-standard", "--export",
                out.toString(), "--only-segment", "Nobody")).isEqualTo(2);
        assertThat(cli.err()).contains("--only-segment: no segment 'Nobody' in rfm-standard");
        assertThat(out).doesNotExist();
    }
}
