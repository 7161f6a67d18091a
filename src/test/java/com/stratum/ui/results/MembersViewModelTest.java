package com.stratum.ui.results;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MembersViewModelTest {

    private static int[] all() {
        return new int[] {0, 0, 0, 0, 0, 0};
    }

    private static MembersViewModel everyone() {
        HandResult base = new HandResult();
        SegmentResult one = new SegmentResult() {
            @Override public String definitionName() { return base.definitionName(); }
            @Override public java.time.LocalDate asOf() { return base.asOf(); }
            @Override public com.stratum.features.CustomerFrame frame() { return base.frame(); }
            @Override public java.util.List<SegmentRow> segmentRows() { return base.segmentRows(); }
            @Override public int[] segmentOfRow() { return all(); }
            @Override public java.util.List<String> tierNames() { return base.tierNames(); }
            @Override public int[] tierOfRow() { return base.tierOfRow(); }
            @Override public SegmentMeans means() { return base.means(); }
        };
        return new MembersViewModel(one, 0);
    }

    @Test
    void sortsByMoneyWithMissingLast() {
        MembersViewModel m = everyone();
        m.sort("monetary", true);
        // -10.00 (c5), 30.25 (c4), 80.00 (c3), 120.50 (c2), 500.00 (c1), missing (c6)
        assertThat(m.rows()).containsExactly(4, 3, 2, 1, 0, 5);
        m.sort("monetary", false);
        assertThat(m.rows().subList(0, 5)).containsExactly(0, 1, 2, 3, 4);
    }

    @Test
    void sortsCategoriesByTextAndIdsAlphabetically() {
        MembersViewModel m = everyone();
        m.sort("city", true);
        // Beijing (c2, c5 in input order: stable), Chengdu (c6), Shanghai (c1, c3), empty (c4)
        assertThat(m.rows()).containsExactly(1, 4, 5, 0, 2, 3);
        m.sort(MembersViewModel.CUSTOMER_ID, false);
        assertThat(m.rows()).containsExactly(5, 4, 3, 2, 1, 0);
    }

    @Test
    void searchFiltersByCustomerIdAndKeepsTheSort() {
        MembersViewModel m = everyone();
        m.sort("frequency", false);
        m.search("C");
        assertThat(m.rows()).hasSize(6);
        m.search("5");
        assertThat(m.rows()).containsExactly(4);
        m.search("");
        // frequency desc: 10 (c1), 4 (c2), 2 (c3), 1 (c4), 1 (c5), 0 (c6)
        assertThat(m.rows()).containsExactly(0, 1, 2, 3, 4, 5);
    }

    @Test
    void columnsStartWithIdAndSegmentThenEveryFeature() {
        assertThat(everyone().columns()).containsExactly("customer_id", "segment", "recency_days", "frequency",
                "monetary", "r_score", "f_score", "city");
    }
}
