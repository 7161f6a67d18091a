package com.stratum.ui.predictive;

import com.stratum.imports.ImportOptions;
import com.stratum.imports.Importer;
import com.stratum.ui.results.AnalysisSession;
import com.stratum.ui.service.AppServices;
import com.stratum.ui.testsupport.StratumAppTest;
import com.stratum.workspace.DatasetKind;
import com.stratum.workspace.PredictiveFitRepository;
import com.stratum.workspace.Workspace;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.LineChart;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TableView;
import org.jfree.chart.fx.ChartViewer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Predictive section on the real layers: the CDNOW sample (../shared/data/cdnow, located through
 * -Dstratum.shared) imported through the product's importer into the test workspace, fitted with the
 * calibration end 1997-09-30 in weeks, the BG/NBD parameters shown as published (REFERENCE.md: r = 0.2425945,
 * alpha = 4.4136025, a = 0.7929221, b = 2.4259068, LL -9582.429), the four charts drawn and the predictive
 * columns in the session's customer frame. Skipped, with a message, only when the shared folder is absent.
 */
class PredictiveUiTest extends StratumAppTest {

    @Override
    protected AppServices services() {
        return null; // the real services
    }

    @Override
    protected void beforeStart() throws Exception {
        Path sample = Path.of(System.getProperty("stratum.shared", "../shared"), "data", "cdnow", "CDNOW_sample.txt");
        Assumptions.assumeTrue(Files.isRegularFile(sample),
                "Skipped: the shared CDNOW sample " + sample.toAbsolutePath() + " is absent");
        Path csv = temp.resolve("cdnow.csv");
        try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            w.write("customer_id,date,amount\n");
            for (String line : Files.readAllLines(sample, StandardCharsets.US_ASCII)) {
                String[] c = line.trim().split("\\s+");
                if (c.length < 5) {
                    continue;
                }
                String d = c[2];
                w.write(Integer.parseInt(c[1]) + "," + d.substring(0, 4) + "-" + d.substring(4, 6) + "-"
                        + d.substring(6) + "," + c[4] + "\n");
            }
        }
        try (Workspace ws = Workspace.open(workspace)) {
            Importer.run(ws, csv, new ImportOptions().kind(DatasetKind.TRANSACTIONS), null);
        }
    }

    @Test
    void fitsCdnowAndShowsThePublishedParameters() {
        clickOn("#nav-predictive");
        Button fit = node("#predictive-fit");
        waitUntil(() -> !fit.isDisabled());
        DatePicker end = node("#predictive-calibration-end");
        // the default calibration end is the last transaction date of the sample
        assertThat(fx(end::getValue)).isEqualTo(LocalDate.of(1998, 6, 30));
        onFx(() -> end.setValue(LocalDate.of(1997, 9, 30)));
        clickOn("#predictive-fit");

        TableView<PredictiveViewModel.FitRow> fits = node("#predictive-fits");
        waitUntil(() -> fits.getItems().size() == 3);
        PredictiveViewModel.FitRow bg = fx(() -> fits.getItems().get(0));
        assertThat(bg.model()).isEqualTo("BG/NBD");
        // REFERENCE.md's exact-input optimum r = 0.2425945, alpha = 4.4136025, a = 0.7929221, b = 2.4259068,
        // rounded by hand to the five decimals shown (2.4259068 -> 2.42591; the others round down)
        assertThat(bg.parameters()).isEqualTo("r = 0.24259, alpha = 4.41360, a = 0.79292, b = 2.42591");
        assertThat(bg.logLikelihood()).isEqualTo("-9582.429");
        assertThat(bg.holdout()).isEqualTo("1653.4 / 1882"); // REFERENCE.md: expected 1653.4 vs actual 1882
        // Gamma-Gamma as published: p = 6.24957, q = 3.74422, gamma = 15.44352, LL -4055.9177
        PredictiveViewModel.FitRow gg = fx(() -> fits.getItems().get(2));
        assertThat(gg.parameters()).isEqualTo("p = 6.24957, q = 3.74422, gamma = 15.44352");
        assertThat(gg.logLikelihood()).isEqualTo("-4055.918");
        assertThat(fx(() -> fits.getItems().stream().filter(PredictiveViewModel.FitRow::chosen).count())).isEqualTo(1);

        waitUntil(() -> lookup("#chart-predictive-palive").tryQuery().isPresent());
        BarChart<?, ?> frequency = (BarChart<?, ?>) fx(() -> ((com.stratum.ui.charts.ChartPane)
                node("#chart-predictive-frequency")).chart());
        assertThat(fx(() -> frequency.getData().size())).isEqualTo(2);
        assertThat(fx(() -> frequency.getData().get(0).getData().size())).isEqualTo(8); // 0..6, 7+
        LineChart<?, ?> tracking = (LineChart<?, ?>) fx(() -> ((com.stratum.ui.charts.ChartPane)
                node("#chart-predictive-tracking")).chart());
        assertThat(fx(() -> tracking.getData().size())).isEqualTo(3); // actual, model, calibration end
        BarChart<?, ?> holdout = (BarChart<?, ?>) fx(() -> ((com.stratum.ui.charts.ChartPane)
                node("#chart-predictive-holdout")).chart());
        assertThat(fx(() -> holdout.getData().get(0).getData().size())).isEqualTo(8);
        Object palive = fx(() -> ((com.stratum.ui.charts.ChartPane) node("#chart-predictive-palive")).chart());
        assertThat(palive).isInstanceOf(ChartViewer.class);

        // the predictive outputs are features of the session's customers, and the fit is saved
        waitUntil(() -> AnalysisSession.of(ctx()).data().frame().find("p_alive").isPresent());
        assertThat(fx(() -> AnalysisSession.of(ctx()).data().frame().columnNames()))
                .contains("p_alive", "expected_purchases", "expected_purchases_365", "expected_avg_value", "clv", "churn_risk");
        assertThat(new PredictiveFitRepository(ctx().session().workspace()).options().orElseThrow().calibrationEnd())
                .isEqualTo(LocalDate.of(1997, 9, 30));
    }
}
