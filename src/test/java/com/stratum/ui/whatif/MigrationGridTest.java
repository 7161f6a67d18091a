package com.stratum.ui.whatif;

import com.stratum.engine.Comparison;
import com.stratum.engine.SegmentLabels;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MigrationGridTest {

    @Test
    void everySegmentIsARowAndAColumnAndEmptyNoneIsDropped() {
        // same four customers on both sides: a, b stay A; c moves B -> A; d stays B; C is empty on both sides
        SegmentLabels base = new SegmentLabels(new String[] {"a", "b", "c", "d"}, new int[] {0, 0, 1, 1},
                List.of("A", "B", "C"), new long[] {1, 1, 1, 1});
        SegmentLabels scen = new SegmentLabels(new String[] {"a", "b", "c", "d"}, new int[] {0, 0, 0, 1},
                List.of("A", "B", "C"), new long[] {1, 1, 1, 1});
        MigrationGrid g = MigrationGrid.of(Comparison.of(base, scen));
        assertThat(g.rows()).containsExactly("A", "B", "C");
        assertThat(g.columns()).containsExactly("A", "B", "C");
        assertThat(g.counts()[0]).containsExactly(2, 0, 0); // the diagonal (stayers) is kept
        assertThat(g.counts()[1]).containsExactly(1, 1, 0);
        assertThat(g.counts()[2]).containsExactly(0, 0, 0);
    }

    @Test
    void noneIsKeptWhenSomebodyIsOnOneSideOnly() {
        // e is new in the scenario: it comes from (none)
        SegmentLabels base = new SegmentLabels(new String[] {"a"}, new int[] {0}, List.of("A"), new long[] {1});
        SegmentLabels scen = new SegmentLabels(new String[] {"a", "e"}, new int[] {0, 0}, List.of("A"),
                new long[] {1, 1});
        MigrationGrid g = MigrationGrid.of(Comparison.of(base, scen));
        assertThat(g.rows()).containsExactly("A", Comparison.NONE);
        assertThat(g.columns()).containsExactly("A");
        assertThat(g.counts()[1]).containsExactly(1);
    }
}
