package com.stratum.engine;

import com.stratum.engine.definition.Definition;
import com.stratum.engine.definition.Direction;
import com.stratum.engine.definition.RfmDimension;
import com.stratum.engine.definition.RfmScoring;
import com.stratum.features.CustomerFrame;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rfm-standard score rules (docs/ENGINE.md). Scores are forced through fixed breakpoints so each row has
 * the chosen (r, f, m): recency 5/15/25/35/45 days -> r 5/4/3/2/1; frequency and monetary 1..5 -> score 1..5.
 */
class RfmStandardRulesTest {

    private static Definition forcedScores() {
        List<Double> b = List.of(2.0, 3.0, 4.0, 5.0);
        return BuiltInDefinitions.rfmStandard().withRfm(new RfmScoring(
                RfmDimension.breakpoints(List.of(10.0, 20.0, 30.0, 40.0), Direction.LOWER_IS_BETTER),
                RfmDimension.breakpoints(b, Direction.HIGHER_IS_BETTER),
                RfmDimension.breakpoints(b, Direction.HIGHER_IS_BETTER), null));
    }

    private static String segmentOf(int r, int f, int m) {
        CustomerFrame frame = Frames.ids("c").num("recency_days", 5.0 + 10 * (5 - r)).num("frequency", (double) f)
                .money("monetary", Integer.toString(m)).build();
        return Evaluator.evaluate(forcedScores(), frame).segmentName(0);
    }

    @Test
    void everyRuleByHand() {
        // (r, f, m) -> segment, read off the rules in order (first match wins)
        assertThat(segmentOf(5, 5, 5)).isEqualTo("Champions");          // r>=4 f>=4 m>=4
        assertThat(segmentOf(4, 4, 4)).isEqualTo("Champions");
        assertThat(segmentOf(5, 5, 3)).isEqualTo("Loyal Customers");    // m<4 so not Champions; r>=3 f>=4
        assertThat(segmentOf(3, 5, 5)).isEqualTo("Loyal Customers");    // r 3 is too low for Champions
        assertThat(segmentOf(3, 4, 1)).isEqualTo("Loyal Customers");
        assertThat(segmentOf(5, 3, 5)).isEqualTo("Potential Loyalists"); // r>=4 f 2-3
        assertThat(segmentOf(4, 2, 1)).isEqualTo("Potential Loyalists");
        assertThat(segmentOf(5, 1, 5)).isEqualTo("New Customers");       // r 5 f 1
        assertThat(segmentOf(4, 1, 3)).isEqualTo("Promising");           // r 4 f 1
        assertThat(segmentOf(3, 3, 3)).isEqualTo("Need Attention");      // r 3 f 2-3
        assertThat(segmentOf(3, 2, 5)).isEqualTo("Need Attention");
        assertThat(segmentOf(3, 1, 2)).isEqualTo("About To Sleep");      // r 3 f 1
        assertThat(segmentOf(2, 5, 5)).isEqualTo("Can't Lose Them");     // r<=2 f>=4 m>=4
        assertThat(segmentOf(1, 4, 4)).isEqualTo("Can't Lose Them");
        assertThat(segmentOf(2, 5, 3)).isEqualTo("At Risk");             // m<4 so not Can't Lose; r<=2 f>=3
        assertThat(segmentOf(1, 3, 5)).isEqualTo("At Risk");
        assertThat(segmentOf(2, 2, 2)).isEqualTo("Hibernating");         // r 2 f<=2
        assertThat(segmentOf(2, 1, 5)).isEqualTo("Hibernating");
        assertThat(segmentOf(1, 2, 1)).isEqualTo("Lost");                // r 1 f<=2
        assertThat(segmentOf(1, 1, 1)).isEqualTo("Lost");
    }

    @Test
    void theElevenRulesCoverEveryScoreCombination() {
        // one customer per (r, f, m) in 1..5^3; none may fall to "Everyone else"
        List<String> ids = new ArrayList<>();
        List<Double> rec = new ArrayList<>();
        List<Double> freq = new ArrayList<>();
        List<String> mon = new ArrayList<>();
        for (int r = 1; r <= 5; r++) {
            for (int f = 1; f <= 5; f++) {
                for (int m = 1; m <= 5; m++) {
                    ids.add(r + "" + f + m);
                    rec.add(5.0 + 10 * (5 - r));
                    freq.add((double) f);
                    mon.add(Integer.toString(m));
                }
            }
        }
        CustomerFrame frame = Frames.ids(ids.toArray(String[]::new)).num("recency_days", rec.toArray(Double[]::new))
                .num("frequency", freq.toArray(Double[]::new)).money("monetary", mon.toArray(String[]::new)).build();
        Assignment a = Evaluator.evaluate(forcedScores(), frame);
        assertThat(a.summary().get(a.segments().size() - 1).count()).isZero();
        assertThat(a.summary().get(0).name()).isEqualTo("No Purchases");
        assertThat(a.summary().stream().skip(1).limit(11).map(SegmentSummary::name)).containsExactly(
                "Champions", "Loyal Customers", "Potential Loyalists", "New Customers", "Promising", "Need Attention",
                "About To Sleep", "Can't Lose Them", "At Risk", "Hibernating", "Lost");
        // Champions: r 4-5 x f 4-5 x m 4-5 = 8 combinations; Lost: r 1 x f 1-2 x any m = 10
        assertThat(a.summary().get(1).count()).isEqualTo(8);
        assertThat(a.summary().get(11).count()).isEqualTo(10);
    }
}
