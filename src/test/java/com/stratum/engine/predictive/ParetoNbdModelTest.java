package com.stratum.engine.predictive;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ParetoNbdModelTest {

    /** ln of the A0 building block by the direct (untransformed) series. */
    private static double direct(ParetoNbdModel m, int x, double t) {
        double hi = Math.max(m.alpha(), m.beta());
        double second = m.alpha() >= m.beta() ? m.s() + 1 : m.r() + x;
        double rsx = m.r() + m.s() + x;
        return SpecialFunctions.logHyp2f1Positive(rsx, second, rsx + 1, Math.abs(m.alpha() - m.beta()) / (hi + t))
                - rsx * Math.log(hi + t);
    }

    @Test
    void eulerTransformedSeriesEqualsTheDirectOne() {
        ParetoNbdModel[] models = {new ParetoNbdModel(0.55, 10.6, 0.61, 11.7), new ParetoNbdModel(0.55, 30, 0.61, 3),
                new ParetoNbdModel(0.8, 2, 1.3, 150)};
        for (ParetoNbdModel m : models) {
            for (int x : new int[] {0, 1, 7, 60}) {
                for (double t : new double[] {0, 3.5, 39}) {
                    double d = direct(m, x, t);
                    assertThat(m.logF(x, t)).as("%s x=%d t=%s", m, x, t).isCloseTo(d, within(1e-10 * Math.abs(d) + 1e-12));
                }
            }
        }
    }

    @Test
    void manyAtOnceMatchesOneAtATime() {
        ParetoNbdModel m = new ParetoNbdModel(0.8, 2, 1.3, 150);
        GroupedHistories g = GroupedHistories.of(new int[] {0, 3, 3, 60}, new double[] {0, 10, 12.5, 30},
                new double[] {39, 39, 20, 35});
        ParetoNbdModel.ParetoPairs pairs = g.paretoPairs();
        double[] all = m.logFAll(pairs);
        for (int k = 0; k < all.length; k++) {
            assertThat(all[k]).isCloseTo(m.logF(pairs.x[k], pairs.time[k]), within(1e-12 * Math.abs(all[k])));
        }
        // and the grouped likelihood sum equals the per-customer one
        double sum = m.logLikelihood(0, 0, 39) + m.logLikelihood(3, 10, 39) + m.logLikelihood(3, 12.5, 20)
                + m.logLikelihood(60, 30, 35);
        assertThat(ParetoNbdModel.logLikelihood(0.8, 2, 1.3, 150, g)).isCloseTo(sum, within(1e-9));
    }
}
