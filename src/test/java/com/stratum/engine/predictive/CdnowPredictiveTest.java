package com.stratum.engine.predictive;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The published CDNOW results (../shared/data/cdnow/REFERENCE.md) from the raw 6,919-line sample, calibration
 * end 1997-09-30, weeks. "Exact" optima are those of BTYD/CLVTools input (weeks = days / 7, unrounded).
 * Skipped, with a message, only when the shared data folder is absent.
 */
class CdnowPredictiveTest {

    private static final LocalDate CAL_END = LocalDate.of(1997, 9, 30);
    private static CalibrationSummary summary;
    private static PredictiveResult result;

    @BeforeAll
    static void fit() throws Exception {
        PurchaseLog log = CdnowSample.purchaseLog();
        summary = CalibrationSummaryBuilder.build(log, CAL_END, ModelTimeUnit.WEEKS);
        result = PredictiveAnalysis.run(summary, PredictiveOptions.defaults().withCalibrationEnd(CAL_END)
                .withModel(ModelChoice.BGNBD).withHorizonDays(364), PredictiveProgress.NONE);
    }

    private static int row(String id) {
        for (int i = 0; i < summary.size(); i++) {
            if (summary.customerId(i).equals(id)) {
                return i;
            }
        }
        throw new AssertionError("no customer " + id);
    }

    private static void assertRelative(double actual, double expected, double tol) {
        assertThat(actual).isCloseTo(expected, within(tol * Math.abs(expected)));
    }

    @Test
    void summaryMatchesTheDataFacts() {
        // README.md "Facts checked": 2,357 customers, 946 with x > 0, sum of x 2,457, holdout 1,882
        assertThat(summary.size()).isEqualTo(2357);
        int repeaters = 0;
        for (int v : summary.x()) {
            repeaters += v > 0 ? 1 : 0;
        }
        assertThat(repeaters).isEqualTo(946);
        assertThat(summary.totalRepeatPurchases()).isEqualTo(2457);
        assertThat(summary.totalHoldoutPurchases()).isEqualTo(1882);
        assertThat(summary.holdoutLength()).isEqualTo(39.0);
        // customer 1516 (BTYD walkthrough): x = 26, t_x = 30.85714, T = 31
        int c = row("1516");
        assertThat(summary.x()[c]).isEqualTo(26);
        assertThat(summary.tx()[c]).isCloseTo(30.85714, within(1e-5));
        assertThat(summary.T()[c]).isEqualTo(31.0);
    }

    @Test
    void bgNbdExactOptimum() {
        // REFERENCE.md exact input: 0.2425945 / 4.4136025 / 0.7929221 / 2.4259068, LL -9582.429 (CLVTools prints
        // 4.4136019 / 0.7929199 / 2.4258881: the two published optimisers differ by up to 8e-6 relative, so
        // 2e-6 relative is tighter than the spread between them)
        ModelFit f = result.bgNbd().fit();
        assertThat(f.converged()).isTrue();
        assertRelative(f.parameter("r"), 0.2425945, 2e-6);
        assertRelative(f.parameter("alpha"), 4.4136025, 2e-6);
        assertRelative(f.parameter("a"), 0.7929221, 2e-6);
        assertRelative(f.parameter("b"), 2.4259068, 2e-6);
        assertThat(f.logLikelihood()).isCloseTo(-9582.429, within(5e-4));
    }

    @Test
    void paretoNbdExactOptimum() {
        // LL -9594.976 ([B], [C]); parameters weakly identified along s/beta: r, alpha to 1e-3, s, beta to 0.5 %
        ModelFit f = result.paretoNbd().fit();
        assertThat(f.converged()).isTrue();
        assertThat(f.logLikelihood()).isCloseTo(-9594.976, within(5e-4));
        assertRelative(f.parameter("r"), 0.55328, 1e-3);
        assertRelative(f.parameter("alpha"), 10.57768, 1e-3);
        assertRelative(f.parameter("s"), 0.60624, 5e-3);
        assertRelative(f.parameter("beta"), 11.66874, 5e-3);
    }

    @Test
    void gammaGammaExactOptimum() {
        // [C] LL -4055.9177; exact zbar optimum p=6.24957, q=3.74422, gamma=15.44352
        ModelFit f = result.gammaGamma().fit();
        assertThat(f.converged()).isTrue();
        assertThat(f.logLikelihood()).isCloseTo(-4055.9177, within(5e-5));
        // to the digits printed: within half a unit of the last one
        assertThat(f.parameter("p")).isCloseTo(6.24957, within(5e-6));
        assertThat(f.parameter("q")).isCloseTo(3.74422, within(5e-6));
        assertThat(f.parameter("gamma")).isCloseTo(15.44352, within(5e-6));
    }

    @Test
    void paretoNbdPredictionsAtTheExactFit() {
        // [B] at BTYD's own fit: E[X(52)] = 1.473434; customer 1516 E[Y(52)] = 25.45647, P(alive) = 0.997874.
        // REFERENCE.md: the exact fit gives 1.473434, 25.4552 and 0.997873 (flat optimum, ~5e-5 apart)
        PurchaseModel m = result.paretoNbd().model();
        assertRelative(m.expectedPurchasesNew(52), 1.473434, 1e-5);
        assertRelative(m.expectedPurchases(52, 26, 30.85714, 31), 25.45647, 1e-4);
        assertThat(m.pAlive(26, 30.85714, 31)).isCloseTo(0.997874, within(2e-6));
    }

    @Test
    void wholePathPredictionsForCustomer1516() {
        // BG/NBD chosen, horizon 364 days = 52 weeks. [B] printed 0.9688523 / 25.75659 at BTYD's own optimum
        // (b = 2.4261667 vs the exact 2.4259068); at the exact optimum E[Y(52)] moves by ~3e-5 relative.
        // At BTYD's parameters the formulas agree to 1e-5 (PublishedPredictionsTest).
        CustomerPredictions p = result.predictions();
        int c = row("1516");
        assertThat(result.model().key()).isEqualTo("bgnbd");
        assertThat(p.pAlive()[c]).isCloseTo(0.9688523, within(2e-5));
        assertRelative(p.expectedPurchases()[c], 25.75659, 5e-5);
        assertThat(result.holdoutActual()).isEqualTo(1882);
        // [B] total expected holdout purchases 1,653.4
        assertThat(result.holdoutExpected()).isCloseTo(1653.4, within(0.1));
    }

    @Test
    void holdoutByFrequencyAtBtydParameters() {
        // [B] walkthrough, T* = 39 weeks, groups x = 0..6, 7+
        PurchaseModel btyd = new BgNbdModel(0.2425982, 4.4136842, 0.7929899, 2.4261667);
        ChartSeries.HoldoutByFrequency h = result.holdoutByFrequency(btyd);
        assertThat(h.customers()).containsExactly(1411, 439, 214, 100, 62, 38, 29, 64);
        double[] actual = {0.2367116, 0.6970387, 1.392523, 1.560000, 2.532258, 2.947368, 3.862069, 6.359375};
        double[] expected = {0.2250893, 0.5231364, 1.044126, 1.520256, 2.163824, 2.653789, 3.503957, 6.157036};
        for (int b = 0; b < 8; b++) {
            assertRelative(h.actualMean()[b], actual[b], 1e-6);
            assertRelative(h.expectedMean()[b], expected[b], 1e-5);
        }
        // Pareto/NBD, 3 decimals ([B]), at the exact fit
        double[] pareto = {0.138, 0.600, 1.196, 1.714, 2.399, 2.907, 3.819, 6.403};
        ChartSeries.HoldoutByFrequency hp = result.holdoutByFrequency(result.paretoNbd().model());
        for (int b = 0; b < 8; b++) {
            assertThat(hp.expectedMean()[b]).isCloseTo(pareto[b], within(0.0015));
        }
    }

    @Test
    void cumulativeTrackingAtBtydParameters() {
        // [B] weekly tracking, weeks 20-25: actual 1359 ... 1672; BG/NBD expected 1312.458 ... 1669.6
        PurchaseModel btyd = new BgNbdModel(0.2425982, 4.4136842, 0.7929899, 2.4261667);
        ChartSeries.CumulativeTracking t = result.cumulativeTracking(btyd);
        double[] actual = {1359, 1414, 1484, 1517, 1573, 1672};
        double[] expected = {1312.458, 1387.346, 1460.392, 1531.713, 1601.418, 1669.6};
        for (int k = 0; k < 6; k++) {
            assertThat(t.actual()[19 + k]).isEqualTo(actual[k]);
            assertThat(t.expected()[19 + k]).isCloseTo(expected[k], within(0.05));
        }
        assertThat(t.weekEnd()).hasSize(78);
        assertThat(t.calibrationEndWeek()).isEqualTo(38);
        // Pareto/NBD expected at [B]'s fit, printed to 3 decimals: 1308.856 ... 1674.253
        PurchaseModel pnb = new ParetoNbdModel(0.553, 10.580, 0.606, 11.656);
        double[] pe = {1308.856, 1385.275, 1459.923, 1532.906, 1604.32, 1674.253};
        ChartSeries.CumulativeTracking tp = result.cumulativeTracking(pnb);
        for (int k = 0; k < 6; k++) {
            assertRelative(tp.expected()[19 + k], pe[k], 2e-3);
        }
    }

    @Test
    void frequencyHistogramAddsUp() {
        ChartSeries.FrequencyComparison f = result.calibrationFrequency(result.model());
        // actual counts by x = 0..6: group sizes of the holdout table
        assertThat(f.actual()).containsExactly(1411, 439, 214, 100, 62, 38, 29, 64);
        double total = 0;
        for (double e : f.expected()) {
            total += e;
        }
        assertThat(total).isCloseTo(2357, within(1e-6));
        // the model should roughly reproduce the zero class it was fitted to
        assertThat(f.expected()[0]).isCloseTo(1411, within(30.0));
    }

    @Test
    void daysInsteadOfWeeksOnlyRescalesTheRateParameters() throws Exception {
        // time in days = 7 x weeks: r, a, b and s unchanged, alpha and beta x 7, and every one of the 2,457
        // repeat purchase times' densities divided by 7, so LL_days = LL_weeks - 2457 ln 7
        CalibrationSummary days = CalibrationSummaryBuilder.build(CdnowSample.purchaseLog(), CAL_END, ModelTimeUnit.DAYS);
        ModelFit d = ModelFitter.fitBgNbd(days).fit();
        ModelFit w = result.bgNbd().fit();
        assertRelative(d.parameter("r"), w.parameter("r"), 1e-5);
        assertRelative(d.parameter("alpha"), 7 * w.parameter("alpha"), 1e-5);
        assertRelative(d.parameter("b"), w.parameter("b"), 1e-5);
        assertThat(d.logLikelihood()).isCloseTo(w.logLikelihood() - 2457 * Math.log(7), within(1e-4));
        ModelFit pd = ModelFitter.fitParetoNbd(days).fit();
        assertThat(pd.logLikelihood()).isCloseTo(result.paretoNbd().fit().logLikelihood() - 2457 * Math.log(7),
                within(1e-3));
    }
}
