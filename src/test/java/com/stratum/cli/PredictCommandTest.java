package com.stratum.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.stratum.engine.predictive.CdnowSample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** `import` then `predict` on CDNOW, and the exit-2 data problems, through the command line. */
class PredictCommandTest {

    @TempDir
    Path dir;

    @RegisterExtension
    final CliRun cli = new CliRun();


    private Path cdnowWorkspace() throws Exception {
        Path csv = dir.resolve("cdnow.csv");
        try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            w.write("customer_id,date,amount\n");
            for (String line : Files.readAllLines(CdnowSample.folder().resolve("CDNOW_sample.txt"), StandardCharsets.US_ASCII)) {
                String[] c = line.trim().split("\\s+");
                if (c.length >= 5) {
                    String d = c[2];
                    w.write(Integer.parseInt(c[1]) + "," + d.substring(0, 4) + "-" + d.substring(4, 6) + "-"
                            + d.substring(6) + "," + c[4] + "\n");
                }
            }
        }
        Path ws = dir.resolve("ws");
        assertThat(cli.run(new String[] {"import", csv.toString(), "--workspace", ws.toString(), "--as",
                "transactions"})).isZero();
        cli.resetOut();
        return ws;
    }

    @Test
    void predictsCdnowLikeThePublishedFit() throws Exception {
        Path ws = cdnowWorkspace();
        Path export = dir.resolve("pred.csv");
        int code = cli.run(new String[] {"predict", "--workspace", ws.toString(), "--calibration-end", "1997-09-30",
                "--time-unit", "weeks", "--model", "bgnbd", "--horizon-days", "364", "--export", export.toString()});
        assertThat(code).as(cli.err()).isZero();
        JsonNode j = new ObjectMapper().readTree(cli.out().strip());
        assertThat(j.get("bgnbd").get("r").asDouble()).isCloseTo(0.2425945, within(1e-6));
        assertThat(j.get("gamma_gamma").get("q").asDouble()).isCloseTo(3.74422, within(1e-5));
        assertThat(j.get("holdout_actual").asLong()).isEqualTo(1882);
        String row = Files.readAllLines(export).stream().filter(l -> l.startsWith("1516,")).findFirst().orElseThrow();
        assertThat(Double.parseDouble(row.split(",")[6])).isCloseTo(0.96885, within(1e-4));
    }

    @Test
    void dataProblemsExitWithTwoAndAMessage() throws Exception {
        Path ws = cdnowWorkspace();
        int code = cli.run(new String[] {"predict", "--workspace", ws.toString(), "--calibration-end", "1999-01-01",
                "--export", dir.resolve("p.csv").toString()});
        assertThat(code).isEqualTo(2);
        assertThat(cli.err().strip())
                .isEqualTo("The calibration end 1999-01-01 is outside the data, which runs from 1997-01-01 to 1998-06-30.");
        assertThat(dir.resolve("p.csv")).doesNotExist();
        cli.resetErr();
        code = cli.run(new String[] {"predict", "--workspace", ws.toString(), "--time-unit", "months",
                "--export", dir.resolve("p.csv").toString()});
        assertThat(code).isEqualTo(2);
        assertThat(cli.err()).contains("--time-unit: Unknown time unit 'months'");
    }
}
