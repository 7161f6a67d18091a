package com.stratum.ui.charts;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class FlowDiagramLayoutTest {

    /**
     * from \ to   A  B  (none)
     * A           3  1  0        row total 4
     * B           0  4  0        row total 4
     * (none)      2  0  0        row total 2
     * column totals 5, 5, 0 (no right node for the empty column); 10 customers.
     * Height 120, gap 10: the left column has 3 nodes (2 gaps), the right 2 (1 gap); the left decides:
     * (120 - 2 x 10) / 10 = 10 units per customer.
     * Left: A 0..40, B 50..90, (none) 100..120.  Right: A 0..50, B 60..110.
     * Bands leave in target order and arrive in source order:
     * A->A 3: left 0, right 0, 30 thick;   A->B 1: left 30, right 60, 10 thick;
     * B->B 4: left 50, right 70 (after A->B), 40 thick;   (none)->A 2: left 100, right 30 (after A->A), 20 thick.
     */
    private static final long[][] MATRIX = {{3, 1, 0}, {0, 4, 0}, {2, 0, 0}};

    @Test
    void nodesAreProportionalAndBandsArePlacedByHand() {
        FlowDiagramLayout l = FlowDiagramLayout.of(MATRIX, 120, 10);
        assertThat(l.scale()).isCloseTo(10, within(1e-9));
        assertThat(l.left()).containsExactly(
                new FlowDiagramLayout.Node(0, 4, 0, 40), new FlowDiagramLayout.Node(1, 4, 50, 40),
                new FlowDiagramLayout.Node(2, 2, 100, 20));
        assertThat(l.right()).containsExactly(
                new FlowDiagramLayout.Node(0, 5, 0, 50), new FlowDiagramLayout.Node(1, 5, 60, 50));
        assertThat(l.bands()).containsExactly(
                new FlowDiagramLayout.Band(0, 0, 3, 0, 0, 30), new FlowDiagramLayout.Band(0, 1, 1, 30, 60, 10),
                new FlowDiagramLayout.Band(1, 1, 4, 50, 70, 40), new FlowDiagramLayout.Band(2, 0, 2, 100, 30, 20));
    }

    @Test
    void bandsSumToEachNodesHeightOnBothSides() {
        long[][] m = {{120, 7, 0, 3}, {5, 900, 40, 0}, {0, 0, 0, 0}, {11, 2, 60, 1}};
        FlowDiagramLayout l = FlowDiagramLayout.of(m, 400, 6);
        for (FlowDiagramLayout.Node n : l.left()) {
            double sum = l.bands().stream().filter(b -> b.from() == n.index()).mapToDouble(b -> b.thickness()).sum();
            long count = l.bands().stream().filter(b -> b.from() == n.index()).mapToLong(b -> b.count()).sum();
            assertThat(sum).isCloseTo(n.height(), within(1e-9));
            assertThat(count).isEqualTo(n.count());
            assertThat(n.height() / n.count()).isCloseTo(l.scale(), within(1e-9));
        }
        for (FlowDiagramLayout.Node n : l.right()) {
            double sum = l.bands().stream().filter(b -> b.to() == n.index()).mapToDouble(b -> b.thickness()).sum();
            assertThat(sum).isCloseTo(n.height(), within(1e-9));
        }
        // row 2 is empty: no node; 1,149 customers in all, each column stacked within the 400 units
        assertThat(l.left()).extracting(FlowDiagramLayout.Node::index).containsExactly(0, 1, 3);
        assertThat(l.left().stream().mapToLong(FlowDiagramLayout.Node::count).sum()).isEqualTo(1149);
        FlowDiagramLayout.Node lastRight = l.right().get(l.right().size() - 1);
        assertThat(lastRight.y() + lastRight.height()).isLessThanOrEqualTo(400 + 1e-9);
        // 4 right nodes -> 3 gaps decide: (400 - 18) / 1149 per customer
        assertThat(l.scale()).isCloseTo(382.0 / 1149, within(1e-12));
    }

    @Test
    void anEmptyMatrixHasNothingToDrawAndBadInputIsRefused() {
        FlowDiagramLayout l = FlowDiagramLayout.of(new long[][]{{0, 0}, {0, 0}}, 100, 5);
        assertThat(l.left()).isEmpty();
        assertThat(l.bands()).isEqualTo(List.of());
        assertThatThrownBy(() -> FlowDiagramLayout.of(new long[][]{{1, -1}}, 100, 5))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
