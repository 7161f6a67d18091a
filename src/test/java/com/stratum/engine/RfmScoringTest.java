package com.stratum.engine;

import com.stratum.engine.definition.Definition;
import com.stratum.engine.definition.Direction;
import com.stratum.engine.definition.MonetaryBasis;
import com.stratum.engine.definition.RfmDimension;
import com.stratum.engine.definition.RfmScoring;
import com.stratum.features.CustomerFrame;
import com.stratum.features.NumericColumn;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RfmScoringTest {

    private static double[] scores(Assignment a, String column) {
        return ((NumericColumn) a.frame().column(column)).values();
    }

    private static Definition scoringOnly(RfmScoring rfm) {
        return new Definition("t", 1, "rfm", null, rfm, null, List.of(), null, null, null);
    }

    @Test
    void quintilesGiveEqualValuesEqualScoresAndReportEmptyBins() {
        // frequency sorted: 1 1 1 1 2 2 3 4 5 9 (N = 10). Cut k = sorted[ceil(2k) - 1] = sorted[1], [3], [5], [7]
        // = 1, 1, 2, 4. score = 1 + #(cuts < x): 1 -> 1; 2 -> 3 (1,1 below); 3 -> 4; 4 -> 4; 5 -> 5; 9 -> 5.
        // The four customers with 1 purchase fill 40%: the second quintile is empty.
        // recency 1..10 distinct: cuts 2, 4, 6, 8; raw 1..5 in pairs, score = 6 - raw (recent = 5).
        // monetary: -30.00 (returns exceed purchases) is the lowest value: cuts sorted[1]=10, [3]=30, [5]=50, [7]=70.
        CustomerFrame f = Frames.ids("a", "b", "c", "d", "e", "f", "g", "h", "i", "j")
                .num("recency_days", Frames.d(1, 2, 3, 4, 5, 6, 7, 8, 9, 10))
                .num("frequency", Frames.d(1, 9, 1, 2, 1, 3, 1, 2, 4, 5))
                .money("monetary", "-30.00", "10.00", "20.00", "30.00", "40.00", "50.00", "60.00", "70.00", "80.00",
                        "90.00")
                .build();
        Assignment a = Evaluator.evaluate(scoringOnly(RfmScoring.quantiles(5)), f);
        assertThat(scores(a, "f_score")).containsExactly(1, 5, 1, 3, 1, 4, 1, 3, 4, 5);
        assertThat(scores(a, "r_score")).containsExactly(5, 5, 4, 4, 3, 3, 2, 2, 1, 1);
        // monetary sorted: -30 10 20 30 40 50 60 70 80 90 -> cuts 10, 30, 50, 70
        // -30 -> 1, 10 -> 1, 20 -> 2, 30 -> 2, 40 -> 3, 50 -> 3, 60 -> 4, 70 -> 4, 80 -> 5, 90 -> 5
        assertThat(scores(a, "m_score")).containsExactly(1, 1, 2, 2, 3, 3, 4, 4, 5, 5);
        assertThat(scores(a, "rfm_score")[0]).isEqualTo(511);
        ScoreBins fBins = a.scoreBins().get(1);
        assertThat(fBins.counts()).containsExactly(4, 0, 2, 2, 2);
        assertThat(fBins.emptyScores()).containsExactly(2);
        assertThat(a.warnings()).hasSize(1).first().asString().contains("f_score").contains("[2]");
    }

    @Test
    void threeAndFourBins() {
        // 6 distinct values 10..60. 3 bins: cuts sorted[ceil(6/3)-1]=sorted[1]=20, sorted[3]=40
        // -> 10,20 -> 1; 30,40 -> 2; 50,60 -> 3. 4 bins: cuts at ceil(1.5)=2 -> sorted[1]=20, ceil(3)=3 -> 30,
        // ceil(4.5)=5 -> 50: 10,20 -> 1; 30 -> 2; 40,50 -> 3; 60 -> 4.
        CustomerFrame f = Frames.ids("a", "b", "c", "d", "e", "f")
                .num("recency_days", Frames.d(1, 1, 1, 1, 1, 1))
                .num("frequency", Frames.d(10, 20, 30, 40, 50, 60))
                .money("monetary", "1", "1", "1", "1", "1", "1")
                .build();
        RfmScoring three = RfmScoring.quantiles(3);
        assertThat(scores(Evaluator.evaluate(scoringOnly(three), f), "f_score")).containsExactly(1, 1, 2, 2, 3, 3);
        RfmScoring four = RfmScoring.quantiles(4);
        assertThat(scores(Evaluator.evaluate(scoringOnly(four), f), "f_score")).containsExactly(1, 1, 2, 3, 3, 4);
        // all recency equal: every cut is 1, nobody is above a cut -> raw 1 -> score 4 (recent side) for all
        assertThat(scores(Evaluator.evaluate(scoringOnly(four), f), "r_score")).containsOnly(4.0);
    }

    @Test
    void fixedBreakpointsAreClosedOnTheLeft() {
        // frequency breakpoints 2, 5, 10: [..2) -> 1, [2,5) -> 2, [5,10) -> 3, [10..) -> 4
        // recency breakpoints 30, 90, 180, lower is better: raw as above, score = 5 - raw
        CustomerFrame f = Frames.ids("a", "b", "c", "d", "e", "f", "g")
                .num("recency_days", Frames.d(10, 30, 89, 90, 179, 180, 365))
                .num("frequency", Frames.d(1, 2, 4, 5, 9, 10, 50))
                .money("monetary", "0.99", "1.00", "99.99", "100.00", "100.01", "500", "1000")
                .num("avg_order_value", Frames.d(5, 5, 5, 5, 5, 50, 500))
                .build();
        RfmScoring rfm = new RfmScoring(RfmDimension.breakpoints(List.of(30.0, 90.0, 180.0), Direction.LOWER_IS_BETTER),
                RfmDimension.breakpoints(List.of(2.0, 5.0, 10.0), Direction.HIGHER_IS_BETTER),
                RfmDimension.breakpoints(List.of(1.0, 100.0), Direction.HIGHER_IS_BETTER), MonetaryBasis.TOTAL);
        Assignment a = Evaluator.evaluate(scoringOnly(rfm), f);
        assertThat(scores(a, "f_score")).containsExactly(1, 2, 2, 3, 3, 4, 4);
        // 10 -> raw 1 -> 4; 30 -> raw 2 -> 3; 89 -> 3; 90 -> raw 3 -> 2; 179 -> 2; 180 -> raw 4 -> 1; 365 -> 1
        assertThat(scores(a, "r_score")).containsExactly(4, 3, 3, 2, 2, 1, 1);
        // money breakpoints 1.00 and 100.00 exactly: 0.99 -> 1, 1.00 -> 2, 99.99 -> 2, 100.00 -> 3 ...
        assertThat(scores(a, "m_score")).containsExactly(1, 2, 2, 3, 3, 3, 3);
        // average basis reads avg_order_value instead: 5 -> 2, 50 -> 2, 500 -> 3
        Assignment avg = Evaluator.evaluate(scoringOnly(new RfmScoring(rfm.recency(), rfm.frequency(), rfm.monetary(),
                MonetaryBasis.AVERAGE)), f);
        assertThat(scores(avg, "m_score")).containsExactly(2, 2, 2, 2, 2, 2, 3);
    }

    @Test
    void customersWithoutPurchasesAreNotScoredAndDoNotShiftQuantiles() {
        // x has no purchase: recency empty, frequency 0. Scored population a..e only:
        // frequency 1..5 -> cuts sorted[0..4] at ceil(k*5/5)-1 = k-1 -> 1,2,3,4 -> scores 1..5.
        CustomerFrame f = Frames.ids("a", "b", "c", "d", "e", "x")
                .num("recency_days", 1.0, 2.0, 3.0, 4.0, 5.0, null)
                .num("frequency", Frames.d(1, 2, 3, 4, 5, 0))
                .money("monetary", "1", "2", "3", "4", "5", "-12.00")
                .build();
        Assignment a = Evaluator.evaluate(BuiltInDefinitions.rfmStandard(), f);
        assertThat(scores(a, "f_score")).startsWith(1, 2, 3, 4, 5);
        assertThat(scores(a, "f_score")[5]).isNaN();
        assertThat(scores(a, "r_score")[5]).isNaN();
        assertThat(scores(a, "m_score")[5]).isNaN();
        assertThat(a.segmentName(5)).isEqualTo("No Purchases");
    }

    @Test
    void unknownFeatureIsNamed() {
        CustomerFrame f = Frames.ids("a").num("recency_days", 1.0).num("frequency", 1.0).build();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Evaluator.evaluate(BuiltInDefinitions.rfmStandard(), f))
                .hasMessageContaining("Unknown feature 'monetary'");
    }

    @Test
    void cachedReevaluationEqualsAFreshOne() {
        // switching the scoring back and forth on one Evaluator must give what a fresh Evaluator gives
        CustomerFrame f = Frames.ids("a", "b", "c", "d", "e", "f", "g", "h", "i", "j")
                .num("recency_days", Frames.d(1, 2, 3, 4, 5, 6, 7, 8, 9, 10))
                .num("frequency", Frames.d(1, 9, 1, 2, 1, 3, 1, 2, 4, 5))
                .money("monetary", "-30.00", "10.00", "20.00", "30.00", "40.00", "50.00", "60.00", "70.00", "80.00",
                        "90.00")
                .build();
        Evaluator ev = new Evaluator(f);
        Definition five = BuiltInDefinitions.rfmStandard();
        Definition three = five.withRfm(RfmScoring.quantiles(3));
        for (Definition d : List.of(five, three, five, three)) {
            assertThat(ev.evaluate(d).segmentOfRow()).containsExactly(Evaluator.evaluate(d, f).segmentOfRow());
            assertThat(scores(ev.evaluate(d), "r_score")).containsExactly(scores(Evaluator.evaluate(d, f), "r_score"));
        }
        // preview of a score rule: r_score >= 4 with quintiles -> recency 1..4 -> a, b, c, d; revenue
        // -30 + 10 + 20 + 30 = 30.00
        assertThat(ev.preview(five, com.stratum.engine.definition.Condition.ge("r_score", 4)))
                .isEqualTo(new Evaluator.Match(4, 3000));
    }
}
