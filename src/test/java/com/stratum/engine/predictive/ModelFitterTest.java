package com.stratum.engine.predictive;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class ModelFitterTest {

    @Test
    void recoversTheParametersOfSyntheticData() {
        // 20,000 customers drawn from BG/NBD(0.243, 4.414, 0.793, 2.426) and Gamma-Gamma(6.25, 3.74, 15.44);
        // continuous purchase times land on calendar days (same-day purchases merge), so allow 15 %
        BgNbdModel truth = new BgNbdModel(0.243, 4.414, 0.793, 2.426);
        PurchaseLog log = SyntheticPurchases.generate(20_000, 7, truth, new GammaGammaModel(6.25, 3.74, 15.44), 84, 546);
        CalibrationSummary s = CalibrationSummaryBuilder.build(log, SyntheticPurchases.START.plusDays(272),
                ModelTimeUnit.WEEKS);
        ModelFit bg = ModelFitter.fitBgNbd(s).fit();
        assertThat(bg.converged()).isTrue();
        assertThat(bg.parameter("r")).isCloseTo(0.243, within(0.15 * 0.243));
        assertThat(bg.parameter("alpha")).isCloseTo(4.414, within(0.15 * 4.414));
        assertThat(bg.parameter("a")).isCloseTo(0.793, within(0.15 * 0.793));
        assertThat(bg.parameter("b")).isCloseTo(2.426, within(0.15 * 2.426));
        ModelFit gg = ModelFitter.fitGammaGamma(s).fit();
        // the mean spend per purchase p gamma / (q - 1) = 35.22 is what the data pin down best
        double mean = gg.parameter("p") * gg.parameter("gamma") / (gg.parameter("q") - 1);
        assertThat(mean).isCloseTo(6.25 * 15.44 / 2.74, within(0.05 * 35.22));
    }

    @Test
    void tooFewRepeatBuyersForTheSpendModel() {
        // 30 customers, only 5 of them buy a second time
        int[] c = new int[35];
        int[] d = new int[35];
        long[] a = new long[35];
        String[] ids = new String[30];
        int start = (int) LocalDate.of(2024, 1, 1).toEpochDay();
        for (int i = 0; i < 30; i++) {
            ids[i] = "c" + i;
            c[i] = i;
            d[i] = start + i;
            a[i] = 500;
        }
        for (int k = 0; k < 5; k++) {
            c[30 + k] = k;
            d[30 + k] = start + 40 + k;
            a[30 + k] = 700;
        }
        CalibrationSummary s = CalibrationSummaryBuilder.build(new PurchaseLog(ids, c, d, a), null, ModelTimeUnit.WEEKS);
        assertThatThrownBy(() -> ModelFitter.fitGammaGamma(s))
                .isInstanceOf(PredictiveDataException.class)
                .hasMessage("Too few repeat buyers with a positive spend to fit the spend model: 5, at least 10 are needed.");
    }

    @Test
    void aNonConvergingFitSaysSoAndShowsTheBestPoint() {
        // every customer buys exactly once a week and none ever stops: no heterogeneity in the rate and no
        // drop-out, so the BG/NBD optimum runs off to r, alpha -> infinity and p -> 0
        int customers = 40;
        int weeks = 20;
        int n = customers * (weeks + 1);
        int[] c = new int[n];
        int[] d = new int[n];
        long[] a = new long[n];
        String[] ids = new String[customers];
        int start = (int) LocalDate.of(2024, 1, 1).toEpochDay();
        for (int i = 0, k = 0; i < customers; i++) {
            ids[i] = "c" + i;
            for (int w = 0; w <= weeks; w++, k++) {
                c[k] = i;
                d[k] = start + (i % 7) + 7 * w;
                a[k] = 1000;
            }
        }
        CalibrationSummary s = CalibrationSummaryBuilder.build(new PurchaseLog(ids, c, d, a), null, ModelTimeUnit.WEEKS);
        // Pareto/NBD on the same data drives beta/s to the edge: it must come back (not stall in 2F1) and say so
        ModelFitter.PurchaseFit pareto = ModelFitter.tryParetoNbd(s);
        assertThat(pareto.fit().converged()).isFalse();
        assertThat(pareto.fit().logLikelihood()).isFinite();
        assertThatThrownBy(() -> ModelFitter.fitBgNbd(s))
                .isInstanceOf(PredictiveDataException.class)
                .hasMessageStartingWith("The BG/NBD fit did not converge; the best point found was r=")
                .hasMessageContaining("with log-likelihood")
                .satisfies(e -> {
                    PredictiveDataException p = (PredictiveDataException) e;
                    assertThat(p.problem()).isEqualTo(PredictiveDataException.Problem.NOT_CONVERGED);
                    assertThat(p.bestFit()).isNotNull();
                    assertThat(p.bestFit().converged()).isFalse();
                });
    }
}
