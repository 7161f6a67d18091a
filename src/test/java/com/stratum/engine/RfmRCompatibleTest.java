package com.stratum.engine;

import com.stratum.features.CustomerFrame;
import com.stratum.features.NumericColumn;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * rfm-r against the R package rfm 0.3.0 algorithm worked by hand (R/utils.R `bins`, R/rfm-table-transaction.R
 * `rfm_prep_bins`): breaks = quantile(x, c(.2, .4, .6, .8), type 7) + 1; intervals [min, b1), [b1, b2), ...,
 * [b4, max + 1); recency gets 5 for the first interval, frequency and monetary get the interval number.
 * Type 7: index = 1 + (N - 1) p, lo = floor, h = index - lo, q = (1 - h) x[lo] + h x[lo + 1].
 */
class RfmRCompatibleTest {

    @Test
    void typeSevenQuantilesMatchRByHand() {
        double[] x = {2, 5, 7, 10, 13, 20, 30};
        // p = .2: index 2.2 -> 0.8 * 5 + 0.2 * 7 = 5.4
        assertThat(Quantiles.type7(x, 0.2)).isCloseTo(5.4, within(1e-12));
        // p = .6: index 4.6 -> 0.4 * 10 + 0.6 * 13 = 11.8
        assertThat(Quantiles.type7(x, 0.6)).isCloseTo(11.8, within(1e-12));
        // p = 0 and 1 are the extremes
        assertThat(Quantiles.type7(x, 0)).isEqualTo(2);
        assertThat(Quantiles.type7(x, 1)).isEqualTo(30);
        // equal neighbours: no interpolation at all
        assertThat(Quantiles.type7(new double[]{1, 1, 2, 3, 3, 4, 8}, 0.6)).isEqualTo(3);
    }

    @Test
    void scoresAndSegmentsReproduceTheRPackage() {
        // recency 2 5 7 10 13 20 30 (N = 7):
        //   q.2 = 5.4, q.4 = .6*7 + .4*10 = 8.2, q.6 = 11.8, q.8 = .2*13 + .8*20 = 18.6
        //   breaks 6.4 9.2 12.8 19.6 -> 2,5 in [2,6.4) -> 5; 7 -> 4; 10 -> 3; 13 -> 2; 20, 30 -> 1
        // frequency 1 1 2 3 3 4 8:
        //   q.2 = .8*1 + .2*2 = 1.2, q.4 = .6*2 + .4*3 = 2.4, q.6 = 3 (x4 = x5 = 3), q.8 = .2*3 + .8*4 = 3.8
        //   breaks 2.2 3.4 4 4.8 -> 1,1,2 -> 1; 3,3 -> 2; [3.4,4) empty -> no 3; 4 -> 4; 8 -> 5
        // monetary 10.50 20 20 35.25 50 80 200:
        //   q.2 = 20 (x2 = x3), q.4 = .6*20 + .4*35.25 = 26.1, q.6 = .4*35.25 + .6*50 = 44.1, q.8 = .2*50 + .8*80 = 74
        //   breaks 21 27.1 45.1 75 -> 10.50, 20, 20 -> 1; 35.25 -> 3; 50 -> 4; 80, 200 -> 5
        CustomerFrame f = Frames.ids("A", "B", "C", "D", "E", "F", "G", "H")
                .num("recency_days", 2.0, 5.0, 7.0, 10.0, 13.0, 20.0, 30.0, null)
                .num("frequency", Frames.d(8, 3, 4, 3, 2, 1, 1, 0))
                .money("monetary", "200.00", "50.00", "80.00", "35.25", "20.00", "10.50", "20.00", "0.00")
                .build();
        Assignment a = Evaluator.evaluate(BuiltInDefinitions.rfmR(), f);
        double[] r = ((NumericColumn) a.frame().column("r_score")).values();
        double[] fr = ((NumericColumn) a.frame().column("f_score")).values();
        double[] m = ((NumericColumn) a.frame().column("m_score")).values();
        // A: rec 2, freq 8, 200 -> 5 5 5; B: 5, 3, 50 -> 5 2 4; C: 7, 4, 80 -> 4 4 5; D: 10, 3, 35.25 -> 3 2 3
        // E: 13, 2, 20 -> 2 1 1; F: 20, 1, 10.50 -> 1 1 1; G: 30, 1, 20 -> 1 1 1
        assertThat(java.util.Arrays.copyOf(r, 7)).containsExactly(5, 5, 4, 3, 2, 1, 1);
        assertThat(java.util.Arrays.copyOf(fr, 7)).containsExactly(5, 2, 4, 2, 1, 1, 1);
        assertThat(java.util.Arrays.copyOf(m, 7)).containsExactly(5, 4, 5, 3, 1, 1, 1);
        assertThat(a.scoreBins().get(0).cuts()).containsExactly(new double[]{6.4, 9.2, 12.8, 19.6}, within(1e-9));
        assertThat(a.scoreBins().get(1).emptyScores()).containsExactly(3);
        // Segments by the README rules, first match wins:
        // A 555 Champions (R5 F5 M5). B 524: Potential Loyalist needs F>=3; Loyal needs R<=4; Promising R<=4;
        //   New Customers R4-5 F1-3 M1-5 -> New Customers.
        // C 445: Potential Loyalist R3-5 F3-5 M2-5. D 323: PL needs F>=3 -> Loyal Customers R2-4 F2-4 M2-4.
        // E 211: ... About To Sleep R2-3 F1-3 M1-4. F, G 111: Lost (R1). H: no purchase.
        assertThat(java.util.stream.IntStream.range(0, 8).mapToObj(a::segmentName)).containsExactly(
                "Champions", "New Customers", "Potential Loyalist", "Loyal Customers", "About To Sleep", "Lost", "Lost",
                "No Purchases");
    }

    @Test
    void unmatchedScoreCombinationsAreOthers() {
        // R 2, F 5, M 1: Loyal needs F<=4, Can't Lose F<=4, At Risk M>=4, Need Attention M>=3,
        // About To Sleep F<=3, Lost R=1 -> Others. Scores forced with fixed breakpoints on the same rules.
        var def = BuiltInDefinitions.rfmR().withRfm(new com.stratum.engine.definition.RfmScoring(
                com.stratum.engine.definition.RfmDimension.breakpoints(java.util.List.of(10.0, 20.0, 30.0, 40.0),
                        com.stratum.engine.definition.Direction.LOWER_IS_BETTER),
                com.stratum.engine.definition.RfmDimension.breakpoints(java.util.List.of(2.0, 3.0, 4.0, 5.0),
                        com.stratum.engine.definition.Direction.HIGHER_IS_BETTER),
                com.stratum.engine.definition.RfmDimension.breakpoints(java.util.List.of(2.0, 3.0, 4.0, 5.0),
                        com.stratum.engine.definition.Direction.HIGHER_IS_BETTER), null));
        // recency 35 -> raw 4 -> r 2; frequency 5 -> 5; monetary 1 -> 1
        CustomerFrame f = Frames.ids("z").num("recency_days", 35.0).num("frequency", 5.0).money("monetary", "1.00")
                .build();
        assertThat(Evaluator.evaluate(def, f).segmentName(0)).isEqualTo("Others");
    }
}
