package com.stratum.engine.predictive;

import com.stratum.features.TransactionTable;
import com.stratum.imports.ImportOptions;
import com.stratum.imports.ImportResult;
import com.stratum.imports.Importer;
import com.stratum.workspace.CustomerDataLoader;
import com.stratum.workspace.DatasetKind;
import com.stratum.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The whole product path on CDNOW: the sample written as a CSV of customer_id,date,amount, imported with
 * the product's importer into a fresh workspace, loaded by the workspace loader, summarised and modelled.
 * The numbers are REFERENCE.md's (see CdnowPredictiveTest for the full set on the same input).
 * Skipped, with a message, only when the shared data folder is absent.
 */
class CdnowThroughImporterTest {

    @Test
    void importLoadAndModel(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("cdnow.csv");
        try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            w.write("customer_id,date,amount\n");
            for (String line : Files.readAllLines(CdnowSample.folder().resolve("CDNOW_sample.txt"), StandardCharsets.US_ASCII)) {
                String[] c = line.trim().split("\\s+");
                if (c.length < 5) {
                    continue;
                }
                String d = c[2];
                w.write(Integer.parseInt(c[1]) + "," + d.substring(0, 4) + "-" + d.substring(4, 6) + "-" + d.substring(6)
                        + "," + c[4] + "\n");
            }
        }
        TransactionTable table;
        try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
            ImportResult imported = Importer.run(ws, csv, new ImportOptions().kind(DatasetKind.TRANSACTIONS), null);
            assertThat(imported.rowsImported()).isEqualTo(6919);
            table = new CustomerDataLoader(ws).load().transactions();
        }
        PredictiveResult r = PredictiveAnalysis.run(PurchaseLog.from(table), PredictiveOptions.defaults()
                .withCalibrationEnd(LocalDate.of(1997, 9, 30)).withTimeUnit(ModelTimeUnit.WEEKS)
                .withModel(ModelChoice.BGNBD).withHorizonDays(364));

        CalibrationSummary s = r.summary();
        assertThat(s.size()).isEqualTo(2357);
        assertThat(s.totalRepeatPurchases()).isEqualTo(2457);
        assertThat(r.holdoutActual()).isEqualTo(1882);
        ModelFit bg = r.bgNbd().fit();
        assertThat(bg.parameter("r")).isCloseTo(0.2425945, within(2e-6 * 0.2425945));
        assertThat(bg.parameter("alpha")).isCloseTo(4.4136025, within(2e-6 * 4.4136025));
        assertThat(bg.parameter("a")).isCloseTo(0.7929221, within(2e-6 * 0.7929221));
        assertThat(bg.parameter("b")).isCloseTo(2.4259068, within(2e-6 * 2.4259068));
        assertThat(bg.logLikelihood()).isCloseTo(-9582.429, within(5e-4));
        assertThat(r.paretoNbd().fit().logLikelihood()).isCloseTo(-9594.976, within(5e-4));
        ModelFit gg = r.gammaGamma().fit();
        assertThat(gg.parameter("p")).isCloseTo(6.24957, within(5e-6));
        assertThat(gg.parameter("q")).isCloseTo(3.74422, within(5e-6));
        assertThat(gg.parameter("gamma")).isCloseTo(15.44352, within(5e-6));
        assertThat(gg.logLikelihood()).isCloseTo(-4055.9177, within(5e-5));
        int c = -1;
        for (int i = 0; i < s.size(); i++) {
            if (s.customerId(i).equals("1516")) {
                c = i;
            }
        }
        assertThat(s.x()[c]).isEqualTo(26);
        // [B] 0.9688523 and 25.75659 at BTYD's optimum; the exact optimum moves E[Y(52)] by ~3e-5 relative
        assertThat(r.predictions().pAlive()[c]).isCloseTo(0.9688523, within(2e-5));
        assertThat(r.predictions().expectedPurchases()[c]).isCloseTo(25.75659, within(5e-5 * 25.75659));
        assertThat(r.holdoutExpected()).isCloseTo(1653.4, within(0.1));
    }
}
