package com.stratum.ui.charts;

import org.junit.jupiter.api.Test;

import java.util.BitSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ChartDataTest {

    @Test
    void boxStatsUseLinearInterpolationAndTukeyWhiskers() {
        // sorted: 1 2 3 4 5 6 7 8 100 (n = 9), NaN ignored
        // q1 at position 8*0.25 = 2 -> 3; median at 4 -> 5; q3 at 6 -> 7; IQR 4, fences -3 and 13
        // whiskers: lowest >= -3 is 1, highest <= 13 is 8; mean = 136 / 9
        BoxStats b = BoxStats.of(new double[] {5, 100, 1, 3, Double.NaN, 2, 4, 8, 7, 6});
        assertThat(b.count()).isEqualTo(9);
        assertThat(b.q1()).isEqualTo(3);
        assertThat(b.median()).isEqualTo(5);
        assertThat(b.q3()).isEqualTo(7);
        assertThat(b.whiskerLow()).isEqualTo(1);
        assertThat(b.whiskerHigh()).isEqualTo(8);
        assertThat(b.max()).isEqualTo(100);
        assertThat(b.mean()).isCloseTo(136.0 / 9, within(1e-12));
    }

    @Test
    void quartilesInterpolateBetweenOrderStatistics() {
        // 1 2 3 4: q1 at position 0.75 -> 1 + 0.75 = 1.75; median at 1.5 -> 2.5; q3 at 2.25 -> 3.25
        BoxStats b = BoxStats.of(new double[] {4, 3, 2, 1});
        assertThat(b.q1()).isEqualTo(1.75);
        assertThat(b.median()).isEqualTo(2.5);
        assertThat(b.q3()).isEqualTo(3.25);
    }

    @Test
    void paretoCurveAccumulatesBestCustomersFirst() {
        // values 50, 30, 15, 5 (cents 5000, 3000, 1500, 500), one missing: total 100
        // best first: 25% of customers hold 50%, 50% hold 80%, 75% hold 95%, 100% hold 100%
        long[] cents = {1500, 5000, 999_999, 500, 3000};
        BitSet missing = new BitSet();
        missing.set(2);
        ParetoData p = ParetoData.fromCents(cents, missing, 100, null, null);
        assertThat(p.customerPct()).containsExactly(0, 25, 50, 75, 100);
        assertThat(p.valuePct()).containsExactly(0, 50, 80, 95, 100);
        assertThat(p.valueAt(12.5)).isEqualTo(25);
    }

    @Test
    void histogramBinsIncludeTheMaximumInTheLastBin() {
        // range 0..10 in 5 bins of width 2: [0,2) [2,4) [4,6) [6,8) [8,10]
        HistogramData h = HistogramData.of(new double[] {0, 1.9, 2, 5, 9.99, 10, Double.NaN}, 5);
        assertThat(h.edges()).containsExactly(0, 2, 4, 6, 8, 10);
        assertThat(h.counts()).containsExactly(2, 1, 1, 0, 2);
    }

    @Test
    void scatterSampleKeepsTheRequestedNumberOfValidPointsInOrder() {
        int n = 10_000;
        double[] x = new double[n];
        double[] y = new double[n];
        int[] g = new int[n];
        for (int i = 0; i < n; i++) {
            x[i] = i;
            y[i] = i % 7 == 0 ? Double.NaN : i; // 1,429 points have no y
            g[i] = i % 3;
        }
        ScatterData s = new ScatterData(new String[] {"a", "b", "c"}, null, x, y, g).sample(1000, 7);
        assertThat(s.size()).isEqualTo(1000);
        for (int i = 0; i < s.size(); i++) {
            assertThat(s.y()[i]).isNotNaN();
            assertThat(s.group()[i]).isEqualTo((int) s.x()[i] % 3);
            if (i > 0) {
                assertThat(s.x()[i]).isGreaterThan(s.x()[i - 1]);
            }
        }
        // the same seed gives the same picture
        assertThat(new ScatterData(new String[] {"a", "b", "c"}, null, x, y, g).sample(1000, 7).x()).containsExactly(s.x());
    }

    @Test
    void rowSharesShadeEachCellByItsShareOfTheRow() {
        HeatMapData d = HeatMapData.rowShares(new String[] {"A", "B"}, new String[] {"A", "B"},
                new long[][] {{3, 1}, {0, 0}}, "share");
        assertThat(d.shade()[0]).containsExactly(0.75, 0.25);
        assertThat(d.shade()[1][0]).isNaN();
    }

    @Test
    void paletteFallsBackForMissingOrInvalidColours() {
        assertThat(Palette.css(new String[] {"#123456", "not-a-colour", null}, 0)).isEqualTo("#123456");
        assertThat(Palette.css(new String[] {"#123456", "not-a-colour", null}, 1)).isEqualTo("#43A047");
        assertThat(Palette.css((String[]) null, 2)).isEqualTo("#FB8C00");
    }

    @Test
    void aSegmentKeepsItsOwnColourWhateverItsPosition() {
        // the builder list once looked colours up by position in a one-element array: Loyal (#43A047)
        // at position 2 came out as the third fallback colour
        assertThat(Palette.css("#43A047", 2)).isEqualTo("#43A047");
        assertThat(Palette.css((String) null, 2)).isEqualTo("#FB8C00");
        assertThat(Palette.css("nope", 0)).isEqualTo("#1E88E5");
    }

    @Test
    void aNewSegmentColourIsUnlikeTheColoursInUse() {
        // #8E24AA (the 4th palette colour) is RGB distance sqrt(36^2 + 9^2 + 16^2) = 40.4 from #6A1B9A
        // (Omni-channel), under 80, so it is skipped; #E53935 is sqrt(22^2 + 83^2 + 53^2) = 101 from
        // #FB8C00, the nearest one in use
        assertThat(Palette.unused(java.util.List.of("#1E88E5", "#43A047", "#FB8C00", "#6A1B9A"), 3)).isEqualTo("#E53935");
        // nothing in use: the colour of the position
        assertThat(Palette.unused(java.util.List.of(), 0)).isEqualTo("#1E88E5");
    }
}
