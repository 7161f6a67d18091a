package com.stratum.engine;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ComparisonTest {

    @Test
    void migrationMatrixDeltasAndMovers() {
        // baseline: a VIP 100.00, b VIP 50.00, c Reg 10.00, d Reg 5.00, e Reg 1.00   (f absent)
        // scenario: b VIP 60.00, c VIP 12.00, d Reg 5.00, e Lapsed 0.00, f Reg 7.00   (a absent)
        SegmentLabels base = new SegmentLabels(new String[]{"a", "b", "c", "d", "e"}, new int[]{0, 0, 1, 1, 1},
                List.of("VIP", "Reg"), new long[]{10000, 5000, 1000, 500, 100});
        SegmentLabels scen = new SegmentLabels(new String[]{"f", "e", "d", "c", "b"}, new int[]{1, 2, 1, 0, 0},
                List.of("VIP", "Reg", "Lapsed"), new long[]{700, 0, 500, 1200, 6000});
        Comparison c = Comparison.of(base, scen);
        assertThat(c.rowSegments()).containsExactly("VIP", "Reg", "(none)");
        assertThat(c.columnSegments()).containsExactly("VIP", "Reg", "Lapsed", "(none)");
        // VIP -> VIP: b; VIP -> (none): a; Reg -> VIP: c; Reg -> Reg: d; Reg -> Lapsed: e; (none) -> Reg: f
        assertThat(c.matrix()).isDeepEqualTo(new long[][]{
                {1, 0, 0, 1},
                {1, 1, 1, 0},
                {0, 1, 0, 0}});
        assertThat(c.movers()).containsExactly(new Mover("a", "VIP", "(none)"), new Mover("c", "Reg", "VIP"),
                new Mover("e", "Reg", "Lapsed"), new Mover("f", "(none)", "Reg"));
        assertThat(c.movers("Reg", "VIP")).containsExactly("c");
        // VIP: 2 -> 2 (diff 0, 0%), revenue 150.00 -> 72.00 (diff -78.00, -52%)
        // Reg: 3 -> 2 (diff -1, -33.33%), revenue 16.00 -> 12.00 (-4.00, -25%)
        // Lapsed: 0 -> 1 (pct undefined), revenue 0 -> 0
        SegmentDelta vip = c.deltas().get(0);
        assertThat(vip).isEqualTo(new SegmentDelta("VIP", 2, 2, 0, 0.0, 15000, 7200, -7800, -52.0));
        SegmentDelta reg = c.deltas().get(1);
        assertThat(reg.countDiff()).isEqualTo(-1);
        assertThat(reg.countPct()).isEqualTo(-100.0 / 3);
        assertThat(reg.revenueDiffCents()).isEqualTo(-400);
        assertThat(reg.revenuePct()).isEqualTo(-25.0);
        SegmentDelta lapsed = c.deltas().get(2);
        assertThat(lapsed.scenarioCount()).isEqualTo(1);
        assertThat(lapsed.countPct()).isNull();
    }

    @Test
    void sameCustomersSameOrderPairByPosition() {
        String[] ids = {"x", "y"};
        Comparison c = Comparison.of(new SegmentLabels(ids, new int[]{0, 1}, List.of("A", "B"), null),
                new SegmentLabels(ids, new int[]{1, 1}, List.of("A", "B"), null));
        assertThat(c.count("A", "B")).isEqualTo(1);
        assertThat(c.count("B", "B")).isEqualTo(1);
        assertThat(c.moverCount()).isEqualTo(1);
        assertThat(c.deltas().get(0).baselineRevenueCents()).isZero();
    }

    @Test
    void everyCellListsItsCustomersStayersIncluded() {
        // baseline: a VIP, b VIP, c Reg, d in no segment; scenario: b VIP, c VIP, e VIP (a and d absent)
        SegmentLabels base = new SegmentLabels(new String[]{"a", "b", "c", "d"}, new int[]{0, 0, 1, -1},
                List.of("VIP", "Reg"), null);
        SegmentLabels scen = new SegmentLabels(new String[]{"b", "c", "e"}, new int[]{0, 0, 0},
                List.of("VIP", "Reg"), null);
        Comparison c = Comparison.of(base, scen);
        // VIP -> VIP: b stayed; VIP -> (none): a left; Reg -> VIP: c; (none) -> VIP: e is new; (none) -> (none): d
        assertThat(c.customers("VIP", "VIP")).containsExactly("b");
        assertThat(c.customers("VIP", "(none)")).containsExactly("a");
        assertThat(c.customers("Reg", "VIP")).containsExactly("c");
        assertThat(c.customers("(none)", "VIP")).containsExactly("e");
        assertThat(c.customers("(none)", "(none)")).containsExactly("d");
        assertThat(c.customers("Reg", "Reg")).isEmpty();
        assertThat(c.customers("Nope", "VIP")).isEmpty();
    }
}
