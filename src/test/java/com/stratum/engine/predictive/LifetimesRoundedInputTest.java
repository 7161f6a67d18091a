package com.stratum.engine.predictive;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * lifetimes' published CDNOW numbers ([L] in REFERENCE.md) come from the summary file rounded to two decimals
 * (cdnow_customers_summary_with_transactions.csv). Fitting that same input must give lifetimes' optimum and
 * its Quickstart's E[M], E[Y(1)] and CLV values.
 */
class LifetimesRoundedInputTest {

    private static CalibrationSummary rounded;
    private static BgNbdModel bg;
    private static GammaGammaModel gg;

    @BeforeAll
    static void fit() throws Exception {
        List<String> lines = Files.readAllLines(CdnowSample.folder().resolve("cdnow_customers_summary_with_transactions.csv"),
                StandardCharsets.US_ASCII);
        int n = lines.size() - 1;
        String[] ids = new String[n];
        int[] idx = new int[n];
        int[] x = new int[n];
        double[] tx = new double[n];
        double[] bigT = new double[n];
        double[] zbar = new double[n];
        for (int i = 0; i < n; i++) {
            String[] c = lines.get(i + 1).trim().split(",");
            ids[i] = c[0];
            idx[i] = i;
            x[i] = Integer.parseInt(c[1]);
            tx[i] = Double.parseDouble(c[2]);
            bigT[i] = Double.parseDouble(c[3]);
            zbar[i] = x[i] == 0 ? Double.NaN : Double.parseDouble(c[4]);
        }
        LocalDate d = LocalDate.of(1997, 9, 30);
        rounded = new CalibrationSummary(ModelTimeUnit.WEEKS, d, d, d, ids, idx, x, tx, bigT, zbar, new int[n],
                new int[n], new int[1]);
        bg = (BgNbdModel) ModelFitter.fitBgNbd(rounded).model();
        gg = ModelFitter.fitGammaGamma(rounded).model();
    }

    @Test
    void optimaMatchLifetimes() {
        // Quickstart prints r=0.242593, alpha=4.413532, a=0.792886, b=2.425752 (REFERENCE.md re-computes b 2.425753)
        assertThat(bg.r()).isCloseTo(0.242593, within(1e-6));
        assertThat(bg.alpha()).isCloseTo(4.413532, within(2e-6));
        assertThat(bg.a()).isCloseTo(0.792886, within(1e-6));
        assertThat(bg.b()).isCloseTo(2.425752, within(2e-6));
        // rounded zbar: p=6.2488, q=3.7446, gamma=15.4477
        assertThat(gg.p()).isCloseTo(6.2488, within(5e-5));
        assertThat(gg.q()).isCloseTo(3.7446, within(5e-5));
        assertThat(gg.gamma()).isCloseTo(15.4477, within(5e-5));
    }

    @Test
    void expectedAverageValueFirstTenAndMean() {
        double[] published = {24.658619, 18.911489, 35.170981, 35.170981, 35.170981, 71.462843, 18.911489, 35.170981,
                27.282408, 35.170981};
        for (int i = 0; i < 10; i++) {
            // lifetimes' optimizer stops about 1e-5 short of the flat Gamma-Gamma optimum: allow 5e-5
            assertThat(gg.expectedAverageValue(rounded.x()[i], rounded.zbar()[i])).isCloseTo(published[i], within(5e-5));
        }
        double sum = 0;
        for (int i = 0; i < rounded.size(); i++) {
            sum += gg.expectedAverageValue(rounded.x()[i], rounded.zbar()[i]);
        }
        assertThat(sum / rounded.size()).isCloseTo(35.2529588256, within(5e-6));
    }

    @Test
    void topFiveExpectedPurchasesNextWeek() {
        // Quickstart: ID (x, t_x, T) -> E[Y(1)]
        String[] ids = {"509", "841", "1981", "157", "1516"};
        double[] e = {0.424877, 0.474738, 0.486526, 0.662396, 0.710623};
        for (int k = 0; k < ids.length; k++) {
            int i = Integer.parseInt(ids[k]) - 1;
            assertThat(rounded.customerId(i)).isEqualTo(ids[k]);
            assertThat(bg.expectedPurchases(1, rounded.x()[i], rounded.tx()[i], rounded.T()[i])).isCloseTo(e[k], within(1e-6));
        }
    }

    @Test
    void lifetimesClvFirstTen() {
        // lifetimes customer_lifetime_value(time=12, discount_rate=0.01) with freq "D" on weekly data: twelve
        // steps of 30 time units, i.e. CustomerValue.clv with month = 30 and horizon = 360
        double[] published = {140.096211, 18.943467, 38.180574, 38.180574, 38.180574, 1003.868107, 28.109683,
                38.180574, 167.418216, 38.180574};
        for (int i = 0; i < 10; i++) {
            double value = gg.expectedAverageValue(rounded.x()[i], rounded.zbar()[i]);
            double clv = CustomerValue.clv(bg, rounded.x()[i], rounded.tx()[i], rounded.T()[i], value, 360, 30, 0.01);
            assertThat(clv).isCloseTo(published[i], within(2e-6 * published[i]));
        }
    }
}
