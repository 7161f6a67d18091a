package com.stratum.ui.builder;

import com.stratum.engine.definition.TierLevel;
import com.stratum.engine.definition.TierMethod;
import com.stratum.engine.definition.TierScope;
import com.stratum.engine.definition.TierSpec;
import com.stratum.ui.charts.ParetoData;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Tier boundaries dragged on the Pareto curve, back to cuts; expected cuts worked out by hand. */
class TierCutsTest {

    private static final List<TierLevel> FOUR = List.of(new TierLevel("vip", "VIP", null, null),
            new TierLevel("gold", "Gold", null, null), new TierLevel("silver", "Silver", null, null),
            new TierLevel("bronze", "Bronze", null, null));
    private static final ParetoData NONE = new ParetoData(new double[] {0, 100}, new double[] {0, 100},
            new String[0], new double[0]);

    private static TierSpec spec(TierMethod m, List<Double> cuts, List<TierLevel> levels) {
        return new TierSpec("monetary", m, TierScope.EVERYONE, cuts, levels);
    }

    @Test
    void quantileBoundaryMovesAndTheNextTierAbsorbsTheChange() {
        TierSpec s = spec(TierMethod.QUANTILES, List.of(0.05, 0.15, 0.30), FOUR);
        // boundaries at 5, 20, 50 %; Gold/Silver to 25 %: Gold 25 - 5 = 20 %, Silver 30 + 15 - 20 = 25 % (still ends at 50)
        assertThat(TierCuts.moveBoundary(s, 1, 25, NONE, new long[0]).cuts()).containsExactly(0.05, 0.20, 0.25);
    }

    @Test
    void quantileBoundaryKeepsTheOthersInPlace() {
        TierSpec s = spec(TierMethod.QUANTILES, List.of(0.05, 0.15, 0.30), FOUR);
        assertThat(TierCuts.moveBoundary(s, 0, 10, NONE, new long[0]).cuts()).containsExactly(0.10, 0.10, 0.30);
        // the last boundary (Silver/Bronze) from 50 to 60 %: Silver 60 - 20 = 40 %, Bronze takes the rest
        assertThat(TierCuts.moveBoundary(s, 2, 60, NONE, new long[0]).cuts()).containsExactly(0.05, 0.15, 0.40);
    }

    @Test
    void thresholdBoundaryTakesTheValueOfTheLastCustomerInside() {
        TierSpec s = spec(TierMethod.THRESHOLDS, List.of(9.0, 5.0, 2.0), FOUR);
        long[] cents = {100, 200, 300, 400, 500, 600, 700, 800, 900, 1000};
        // top 30 % of ten customers = 10.00, 9.00, 8.00: the VIP threshold becomes 8.00
        assertThat(TierCuts.moveBoundary(s, 0, 30, NONE, cents).cuts()).containsExactly(8.0, 5.0, 2.0);
    }

    @Test
    void cumulativeShareReadsTheValueShareOffTheCurve() {
        List<TierLevel> three = FOUR.subList(0, 3);
        TierSpec s = spec(TierMethod.CUMULATIVE_SHARE, List.of(0.5, 0.3), three);
        // curve (0,0) (50,80) (100,100): at 25 % of customers the value share is 40 %
        ParetoData curve = new ParetoData(new double[] {0, 50, 100}, new double[] {0, 80, 100}, new String[0],
                new double[0]);
        assertThat(TierCuts.moveBoundary(s, 0, 25, curve, new long[0]).cuts()).containsExactly(0.4, 0.4);
    }

    @Test
    void sharesAreShownAsCumulativeBoundariesAndASliderSetsOneBack() {
        TierSpec s = spec(TierMethod.QUANTILES, List.of(0.05, 0.15, 0.30), FOUR);
        // widths 5, 15, 30 % read as top 5, top 5 + 15 = 20, top 20 + 30 = 50 %
        assertThat(TierCuts.boundaries(s)).containsExactly(0.05, 0.20, 0.50);
        // the Gold/Silver slider to top 30 %: Gold 30 - 5 = 25 %, Silver 15 + 30 - 25 = 20 %
        assertThat(TierCuts.withBoundary(s, 1, 0.30).cuts()).containsExactly(0.05, 0.25, 0.20);
        TierSpec value = spec(TierMethod.CUMULATIVE_SHARE, List.of(0.5, 0.3), FOUR.subList(0, 3));
        assertThat(TierCuts.boundaries(value)).containsExactly(0.5, 0.8);
        TierSpec thresholds = spec(TierMethod.THRESHOLDS, List.of(9.0, 5.0, 2.0), FOUR);
        assertThat(TierCuts.boundaries(thresholds)).containsExactly(9.0, 5.0, 2.0);
        assertThat(TierCuts.withBoundary(thresholds, 1, 6.0).cuts()).containsExactly(9.0, 6.0, 2.0);
    }
}
