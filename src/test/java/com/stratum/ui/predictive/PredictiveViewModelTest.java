package com.stratum.ui.predictive;

import com.stratum.engine.predictive.ModelFit;
import com.stratum.engine.predictive.PredictiveDataException;
import com.stratum.features.CategoricalColumn;
import com.stratum.features.CustomerFrame;
import com.stratum.features.NumericColumn;
import com.stratum.features.TransactionTable;
import com.stratum.ui.AppContext;
import com.stratum.ui.results.AnalysisSession;
import com.stratum.ui.results.CustomerData;
import com.stratum.ui.testsupport.FakeServices;
import com.stratum.ui.testsupport.RecordingDialogs;
import com.stratum.ui.testsupport.TestContexts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The Predictive view model without a window: defaults, data problems as messages, the frame's columns. */
class PredictiveViewModelTest {

    @TempDir
    Path dir;

    private final RecordingDialogs dialogs = new RecordingDialogs();

    /** {@code customers} customers, each buying once on 2024-01-01 + i days and, for every third, again 30 days later. */
    private static CustomerData customers(int customers) {
        TransactionTable.Builder b = TransactionTable.builder(customers * 2);
        int start = (int) LocalDate.of(2024, 1, 1).toEpochDay();
        for (int i = 0; i < customers; i++) {
            int c = b.customer("c" + i);
            b.add(c, b.newOrder(), start + i, TransactionTable.TIME_UNKNOWN, 1000);
            if (i % 3 == 0) {
                b.add(c, b.newOrder(), start + i + 30, TransactionTable.TIME_UNKNOWN, 2000);
            }
        }
        return new CustomerData(b.build(), null, null);
    }

    private PredictiveViewModel viewModel(CustomerData data) {
        AppContext ctx = TestContexts.create(new FakeServices().services(), dialogs, dir);
        AnalysisSession session = new AnalysisSession();
        session.setData(data);
        return new PredictiveViewModel(ctx, session);
    }

    @Test
    void calibrationEndDefaultsToTheLastTransactionDate() {
        // 5 customers: the last is customer 3 (i % 3 == 0) at 2024-01-01 + 3 + 30 days = 2024-02-03
        PredictiveViewModel vm = viewModel(customers(5));
        assertThat(vm.calibrationEndProperty().get()).isEqualTo(LocalDate.of(2024, 2, 3));
        assertThat(vm.canFitProperty().get()).isTrue();
        assertThat(vm.options().horizonDays()).isEqualTo(365);
    }

    @Test
    void tooFewCustomersIsAClearMessageNotADialog() {
        PredictiveViewModel vm = viewModel(customers(5)); // the engine needs at least 20
        vm.fit();
        assertThat(vm.errorProperty().get()).startsWith("Too few customers to fit a model: 5 made a first purchase");
        assertThat(vm.resultProperty().get()).isNull();
        assertThat(vm.runningProperty().get()).isFalse();
        assertThat(dialogs.errors()).isEmpty();
    }

    @Test
    void aCalibrationEndOutsideTheDataIsNamed() {
        PredictiveViewModel vm = viewModel(customers(30));
        vm.calibrationEndProperty().set(LocalDate.of(2023, 6, 30));
        vm.fit();
        assertThat(vm.errorProperty().get()).contains("2023-06-30").contains("outside the data");
    }

    @Test
    void aFitThatDidNotConvergeShowsItsBestPoint() {
        ModelFit best = new ModelFit("bgnbd", List.of("r", "alpha", "a", "b"), new double[] {0.5, 2, 1, 3}, -123.4567,
                false, 99);
        PredictiveDataException e = new PredictiveDataException(PredictiveDataException.Problem.NOT_CONVERGED, best,
                "predictive.notConverged", "BG/NBD", "r=0.5", "-123.457");
        String text = PredictiveViewModel.errorText(e, Locale.ENGLISH);
        assertThat(text).contains("did not converge")
                .contains("Best point found for BG/NBD: r = 0.50000, alpha = 2.00000, a = 1.00000, b = 3.00000 (log-likelihood -123.457)");
    }

    @Test
    void aNewFitReplacesTheColumnsOfTheLastOne() {
        CustomerFrame frame = new CustomerFrame(new String[] {"a", "b"}, LocalDate.of(2024, 1, 1), List.of(
                new NumericColumn("frequency", new double[] {1, 2}),
                new NumericColumn("p_alive", new double[] {0.5, 0.6}),
                new NumericColumn("expected_purchases_90", new double[] {1, 1}),
                new CategoricalColumn("churn_risk", new int[] {0, 1}, List.of("low", "medium", "high"))));
        assertThat(PredictiveViewModel.withoutOldPredictions(frame).columnNames()).containsExactly("frequency");
    }

    @Test
    void aSavedFitIsShownAgainAfterARestart() {
        // First "session": fit with a 90-day horizon on a workspace, which the repository saves.
        TransactionTable tx = buyTillYouDie(600, 11);
        LocalDate end = PredictiveViewModel.lastDate(tx).minusDays(60);
        com.stratum.engine.predictive.PredictiveOptions chosen = com.stratum.engine.predictive.PredictiveOptions
                .defaults().withCalibrationEnd(end).withHorizonDays(90)
                .withModel(com.stratum.engine.predictive.ModelChoice.BGNBD);
        com.stratum.engine.predictive.PredictiveResult first = com.stratum.engine.predictive.PredictiveAnalysis
                .run(com.stratum.engine.predictive.PurchaseLog.from(tx), chosen);
        Path folder = dir.resolve("ws");
        try (com.stratum.workspace.Workspace ws = com.stratum.workspace.Workspace.open(folder)) {
            new com.stratum.workspace.PredictiveFitRepository(ws).save(first);
        }

        // Second "session": the workspace opens, the section is built with no result in memory.
        AppContext ctx = TestContexts.create(new FakeServices().services(), dialogs, dir);
        ctx.session().open(folder);
        assertThat(ctx.session().workspace()).isNotNull();
        AnalysisSession session = new AnalysisSession();
        session.setData(new CustomerData(tx, null, null));
        PredictiveViewModel vm = new PredictiveViewModel(ctx, session);

        // The saved settings are back in the controls and the same models are shown without pressing Fit.
        assertThat(vm.calibrationEndProperty().get()).isEqualTo(end);
        assertThat(vm.options().horizonDays()).isEqualTo(90);
        assertThat(vm.options().model()).isEqualTo(com.stratum.engine.predictive.ModelChoice.BGNBD);
        assertThat(vm.resultProperty().get()).isNotNull();
        assertThat(vm.resultProperty().get().bgNbd().fit().logLikelihood())
                .isEqualTo(first.bgNbd().fit().logLikelihood());
        assertThat(vm.fits()).isNotEmpty();
        ctx.session().closeNow();
    }

    @Test
    void theFitKeptByTheLoaderIsShownWithoutFittingAgain() {
        // The workspace loader (WorkspaceCustomers) re-runs the saved fit once to add its columns and keeps
        // the result; the section must show that very result, not fit a second time.
        TransactionTable tx = buyTillYouDie(300, 5);
        com.stratum.engine.predictive.PredictiveOptions saved = com.stratum.engine.predictive.PredictiveOptions
                .defaults().withCalibrationEnd(PredictiveViewModel.lastDate(tx).minusDays(30)).withHorizonDays(60)
                .withModel(com.stratum.engine.predictive.ModelChoice.BGNBD);
        com.stratum.engine.predictive.PredictiveResult loaded = com.stratum.engine.predictive.PredictiveAnalysis
                .run(com.stratum.engine.predictive.PurchaseLog.from(tx), saved);
        Path folder = dir.resolve("ws-kept");
        try (com.stratum.workspace.Workspace ws = com.stratum.workspace.Workspace.open(folder)) {
            new com.stratum.workspace.PredictiveFitRepository(ws).save(loaded);
        }
        AppContext ctx = TestContexts.create(new FakeServices().services(), dialogs, dir);
        ctx.session().open(folder);
        AnalysisSession session = new AnalysisSession();
        CustomerData plain = new CustomerData(tx, null, null);
        session.setData(plain.withFit(loaded,
                com.stratum.engine.predictive.PredictiveFeatures.addTo(plain.frame(), loaded)));
        PredictiveViewModel vm = new PredictiveViewModel(ctx, session);

        assertThat(vm.resultProperty().get()).isSameAs(loaded);
        assertThat(vm.options().horizonDays()).isEqualTo(60);
        ctx.session().closeNow();
    }

    /**
     * The process BG/NBD assumes, so a fit converges: each customer buys at a Poisson rate drawn per customer
     * over a year and, after each purchase, drops out with probability 0.3.
     */
    private static TransactionTable buyTillYouDie(int customers, long seed) {
        java.util.Random rnd = new java.util.Random(seed);
        TransactionTable.Builder b = TransactionTable.builder(customers * 8);
        int start = (int) LocalDate.of(2023, 1, 1).toEpochDay();
        for (int i = 0; i < customers; i++) {
            int c = b.customer("c" + i);
            double rate = -Math.log(1 - rnd.nextDouble()) / 20.0; // mean one purchase every 20 days
            double day = rnd.nextInt(60);
            do {
                b.add(c, b.newOrder(), start + (int) day, TransactionTable.TIME_UNKNOWN, 1000 + rnd.nextInt(9000));
                day += -Math.log(1 - rnd.nextDouble()) / rate;
            } while (day < 365 && rnd.nextDouble() > 0.3);
        }
        return b.build();
    }
}
