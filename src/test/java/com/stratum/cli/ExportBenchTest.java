package com.stratum.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ExportBenchTest {

    @TempDir
    Path dir;

    @Test
    void printsNameValueUnitLinesAndKeepsFilesWhenAskedTo() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream old = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = StratumCli.run(new String[] {"bench", "export", "--rows", "50", "--out", dir.toString()});
        } finally {
            System.setOut(old);
        }
        assertThat(code).isZero();
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text.lines()).allMatch(l -> l.matches("[a-z_]+: -?[0-9.]+ \\S+"));
        assertThat(text).contains("export_xlsx_rows: 50 rows", "export_csv_rows: 50 rows");
        assertThat(dir.resolve("bench-export.xlsx")).exists();
        assertThat(dir.resolve("bench-export.csv")).exists();
    }
}
