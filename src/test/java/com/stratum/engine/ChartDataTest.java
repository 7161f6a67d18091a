package com.stratum.engine;

import com.stratum.features.CustomerFrame;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ChartDataTest {

    @Test
    void rfmGridCountsAndMeans() {
        // the R worked example: scores (r, f, m) A 555, B 524, C 445, D 323, E 211, F 111, G 111 (RfmRCompatibleTest)
        CustomerFrame f = Frames.ids("A", "B", "C", "D", "E", "F", "G", "H")
                .num("recency_days", 2.0, 5.0, 7.0, 10.0, 13.0, 20.0, 30.0, null)
                .num("frequency", Frames.d(8, 3, 4, 3, 2, 1, 1, 0))
                .money("monetary", "200.00", "50.00", "80.00", "35.25", "20.00", "10.50", "20.00", "0.00")
                .build();
        RfmGrid g = RfmGrid.of(Evaluator.evaluate(BuiltInDefinitions.rfmR(), f));
        assertThat(g.counts()[4][4]).isEqualTo(1); // A
        assertThat(g.counts()[0][0]).isEqualTo(2); // F, G
        assertThat(g.meanMonetary()[0][0]).isEqualTo(15.25); // (10.50 + 20.00) / 2
        assertThat(g.counts()[2][1]).isEqualTo(1); // D r3 f2
        assertThat(g.meanMonetary()[2][2]).isNaN();
    }

    @Test
    void paretoCurve() {
        // values 50, 30, 10, 10, 0 (total 100): top 20% of customers (1) -> 50%, 40% -> 80%, 60% -> 90%, 100% -> 100%
        CustomerFrame f = Frames.ids("a", "b", "c", "d", "e").money("monetary", "10", "50", "0", "30", "10").build();
        ParetoCurve p = ParetoCurve.of(f, "monetary", 5);
        assertThat(p.customerShare()).containsExactly(new double[]{0, 0.2, 0.4, 0.6, 0.8, 1}, within(1e-12));
        assertThat(p.measureShare()).containsExactly(new double[]{0, 0.5, 0.8, 0.9, 1.0, 1.0}, within(1e-12));
    }
}
