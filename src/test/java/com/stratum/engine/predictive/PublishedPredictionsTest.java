package com.stratum.engine.predictive;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Model formulas at the parameters the numbers were published with (../shared/data/cdnow/REFERENCE.md):
 * [B] = BTYD 2.4.3 walkthrough, [L] = lifetimes tests and Quickstart, [P1] = Fader, Hardie & Lee 2005.
 */
class PublishedPredictionsTest {

    /** [B] bgnbd.EstimateParameters on CDNOW, printed to 7 digits. */
    private static final BgNbdModel BTYD = new BgNbdModel(0.2425982, 4.4136842, 0.7929899, 2.4261667);
    /** [P1] rounded parameters, as used by BTYD's docs and lifetimes' tests. */
    private static final BgNbdModel PAPER = new BgNbdModel(0.243, 4.414, 0.793, 2.426);

    private static void assertRelative(double actual, double expected, double tol) {
        assertThat(actual).isCloseTo(expected, within(tol * Math.abs(expected)));
    }

    @Test
    void btydCustomer1516AndPopulation() {
        // parameters are printed to 7 digits, so agreement is to ~1e-5 relative (REFERENCE.md)
        assertRelative(BTYD.expectedPurchasesNew(52), 1.444004, 2e-6);
        assertRelative(BTYD.expectedPurchases(52, 26, 30.85714, 31), 25.75659, 1e-5);
        assertRelative(BTYD.pAlive(26, 30.85714, 31), 0.9688523, 1e-6);
    }

    @Test
    void btydIncreasingFrequencyParadox() {
        double[] expected = {0.3474606, 0.04283391, 0.004158973, 0.0003583685};
        int[] x = {10, 15, 20, 25};
        for (int i = 0; i < x.length; i++) {
            assertRelative(BTYD.expectedPurchases(52, x[i], 20, 39), expected[i], 1e-5);
        }
    }

    @Test
    void paperParametersProbabilityOfNPurchases() {
        // [L] from BTYD docs, 10 significant digits
        assertRelative(PAPER.probabilityOfPurchases(10, 2), 1.07869e-07, 1e-5);
        assertRelative(PAPER.probabilityOfPurchases(0, 39), 0.5737864, 1e-7);
        double[] p30 = {0.0019995214, 0.0015170236, 0.0011633150, 0.0009003148, 0.0007023638, 0.0005517902,
                0.0004361913, 0.0003467171, 0.0002769613, 0.0002222260};
        for (int n = 11; n <= 20; n++) {
            // printed to 10 decimals: agree within half a unit of the last digit
            assertThat(PAPER.probabilityOfPurchases(n, 30)).isCloseTo(p30[n - 11], within(5e-11));
        }
    }

    @Test
    void paperParametersExpectations() {
        // [L] E[Y(39) | x=2, t_x=30.43, T=38.86] = 1.226 (±0.001, Hardie's spreadsheet)
        assertThat(PAPER.expectedPurchases(39, 2, 30.43, 38.86)).isCloseTo(1.226, within(0.001));
        // [L] unconditional E[X(t)] to 3 decimals; lifetimes asserts these after fitting the rounded summary
        // file, whose optimum its Quickstart prints as r=0.242593, alpha=4.413532, a=0.792886, b=2.425752
        BgNbdModel lifetimesFit = new BgNbdModel(0.242593, 4.413532, 0.792886, 2.425752);
        double[] t = {0.1429, 1, 3, 31.8571, 32, 78};
        double[] e = {0.0078, 0.0532, 0.1506, 1.0405, 1.0437, 1.8576};
        for (int i = 0; i < t.length; i++) {
            assertThat(lifetimesFit.expectedPurchasesNew(t[i])).isCloseTo(e[i], within(0.0005));
        }
    }

    @Test
    void probabilitiesSumToOneAndMatchTheMean() {
        // internal consistency of P(X(t)=n) with E[X(t)], for both models and both Pareto branches
        PurchaseModel[] models = {PAPER, new ParetoNbdModel(0.5534, 10.5802, 0.6061, 11.6562),
                new ParetoNbdModel(0.5534, 12.0, 0.6061, 4.0)};
        for (PurchaseModel m : models) {
            double t = 39;
            double total = 0;
            double mean = 0;
            for (int n = 0; n < 400; n++) {
                double p = m.probabilityOfPurchases(n, t);
                total += p;
                mean += n * p;
            }
            assertThat(total).as(m.toString()).isCloseTo(1.0, within(1e-9));
            assertThat(mean).as(m.toString()).isCloseTo(m.expectedPurchasesNew(t), within(1e-7));
        }
    }

    @Test
    void lifetimesParetoPAlive() {
        // [L] r=0.5534, alpha=10.5802, s=0.6061, beta=11.6562: P(alive | 26, 30.86, 31) = 0.9979 (±0.001)
        ParetoNbdModel m = new ParetoNbdModel(0.5534, 10.5802, 0.6061, 11.6562);
        assertThat(m.pAlive(26, 30.86, 31)).isCloseTo(0.9979, within(0.001));
    }

    @Test
    void paretoBranchesAgreeWhereTheyMeet() {
        // alpha = beta +- tiny: the two 2F1 forms must give the same likelihood (continuity across branches)
        ParetoNbdModel below = new ParetoNbdModel(0.55, 10.0 - 1e-9, 0.6, 10.0);
        ParetoNbdModel above = new ParetoNbdModel(0.55, 10.0 + 1e-9, 0.6, 10.0);
        assertThat(below.logLikelihood(5, 20, 35)).isCloseTo(above.logLikelihood(5, 20, 35), within(1e-7));
        // and at alpha = beta the integral is elementary: A0 = (1/(r+s+x)) [(alpha+tx)^-(r+s+x) - (alpha+T)^-(r+s+x)]
        ParetoNbdModel equal = new ParetoNbdModel(0.55, 10.0, 0.6, 10.0);
        double rsx = 0.55 + 0.6 + 5;
        double a0 = Math.pow(30, -rsx) - Math.pow(45, -rsx);
        double expected = org.apache.commons.math3.special.Gamma.logGamma(5.55) - org.apache.commons.math3.special.Gamma.logGamma(0.55)
                + 0.55 * Math.log(10) + 0.6 * Math.log(10)
                + Math.log(Math.pow(45, -5.55) * Math.pow(45, -0.6) + 0.6 / rsx * a0);
        assertThat(equal.logLikelihood(5, 20, 35)).isCloseTo(expected, within(1e-10));
    }

    @Test
    void gammaGammaWithPaperParameters() {
        // [L] p=6.25, q=3.74, gamma=15.44; first customers of the summary file (x, zbar), atol 0.1
        GammaGammaModel gg = new GammaGammaModel(6.25, 3.74, 15.44);
        assertThat(gg.expectedAverageValue(2, 22.35)).isCloseTo(24.65, within(0.1));  // ID 1
        assertThat(gg.expectedAverageValue(7, 73.74)).isCloseTo(71.46, within(0.1));  // ID 6
        assertThat(gg.expectedAverageValue(1, 11.77)).isCloseTo(18.91, within(0.1));  // ID 2
        assertThat(gg.expectedAverageValue(0, Double.NaN)).isCloseTo(35.17, within(0.1)); // ID 3
        assertThat(gg.expectedAverageValue(0, Double.NaN)).isCloseTo(6.25 * 15.44 / 2.74, within(1e-12));
    }
}
