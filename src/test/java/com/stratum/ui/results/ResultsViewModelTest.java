package com.stratum.ui.results;

import com.stratum.ui.charts.BoxStats;
import com.stratum.ui.charts.HeatMapData;
import com.stratum.ui.charts.ProfileData;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ResultsViewModelTest {

    private final ResultsViewModel vm = new ResultsViewModel();

    @Test
    void segmentTableCarriesTheEngineFiguresAndMeans() {
        vm.show(new HandResult());
        assertThat(vm.table()).hasSize(3);
        SegmentTableRow champions = vm.table().get(0);
        assertThat(champions.count()).isEqualTo(2);
        assertThat(champions.revenue()).isEqualByComparingTo(new BigDecimal("620.50"));
        assertThat(champions.avgRecency()).isEqualTo(12.5);
        assertThat(champions.avgFrequency()).isEqualTo(7);
        assertThat(champions.strategy()).isEqualTo("Reward");
        assertThat(vm.sizes().values()).containsExactly(2, 2, 2);
        assertThat(vm.revenue().values()).containsExactly(620.50, 110.25, -10.00);
    }

    @Test
    void rfmGridCountsCustomersByFrequencyAndRecencyScore() {
        vm.show(new HandResult());
        HeatMapData grid = vm.rfmGrid("avg").orElseThrow();
        // five scored customers: (f5,r5) c1, (f3,r4) c2, (f2,r3) c3, (f1,r2) c4, (f1,r1) c5; c6 unscored
        assertThat(grid.rows()).isEqualTo(5);
        assertThat(grid.counts()[4][4]).isEqualTo(1);
        assertThat(grid.counts()[2][3]).isEqualTo(1);
        assertThat(grid.counts()[0][1]).isEqualTo(1);
        assertThat(grid.counts()[0][0]).isEqualTo(1);
        long total = 0;
        for (long[] row : grid.counts()) {
            for (long c : row) {
                total += c;
            }
        }
        assertThat(total).isEqualTo(5);
        assertThat(grid.shade()[4][4]).isEqualTo(500.00);
        assertThat(grid.shade()[0][1]).isEqualTo(30.25);
        assertThat(grid.shade()[3][3]).isNaN();
    }

    @Test
    void profileIndexesSegmentMeansAgainstEveryone() {
        vm.show(new HandResult());
        ProfileData p = vm.profile(List.of("frequency", "recency_days"), Function.identity());
        // champions' frequency 7 vs 3 overall = 233.3; regulars' recency 65 vs 71 = 91.5
        assertThat(p.index()[0][0]).isCloseTo(700.0 / 3, within(1e-9));
        assertThat(p.index()[1][1]).isCloseTo(6500.0 / 71, within(1e-9));
    }

    @Test
    void distributionGroupsValuesBySegment() {
        vm.show(new HandResult());
        BoxStats[] stats = vm.distribution("monetary");
        // champions 120.50 and 500.00: median 310.25; everyone else has one value (-10) and one missing
        assertThat(stats[0].median()).isEqualTo(310.25);
        assertThat(stats[2].count()).isEqualTo(1);
        assertThat(stats[2].median()).isEqualTo(-10);
    }

    @Test
    void paretoUsesMonetaryWithoutTheMissingCustomer() {
        vm.show(new HandResult());
        var p = vm.pareto().orElseThrow();
        // five values, total 720.75: the best (500) holds 69.37%
        assertThat(p.customerPct()[1]).isEqualTo(20);
        assertThat(p.valuePct()[1]).isCloseTo(50000 * 100.0 / 72075, within(1e-9));
    }

    @Test
    void openingMembersListsTheSegmentRows() {
        vm.show(new HandResult());
        MembersViewModel m = vm.openMembers(1);
        assertThat(vm.membersProperty().get()).isSameAs(m);
        assertThat(m.rows()).containsExactly(2, 3);
        assertThat(m.segmentName()).isEqualTo("Regulars");
    }
}
