package com.stratum.ui.results;

import com.stratum.ui.service.SegmentRun;
import com.stratum.ui.service.SegmentStat;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ResultsViewModelTest {

    private static SegmentRun run(List<SegmentStat> stats) {
        return new SegmentRun() {
            @Override
            public String definitionName() {
                return "rfm-standard";
            }

            @Override
            public LocalDate asOf() {
                return LocalDate.of(2025, 1, 1);
            }

            @Override
            public List<SegmentStat> segments() {
                return stats;
            }
        };
    }

    @Test
    void sharesOfCustomersAndRevenue() {
        // 1 + 3 = 4 customers: shares 1/4 = 0.25 and 3/4 = 0.75.
        // Revenue 10.10 + 30.30 = 40.40: shares 10.10/40.40 = 0.25 and 30.30/40.40 = 0.75.
        List<SegmentRow> rows = ResultsViewModel.rowsOf(java.util.Locale.ENGLISH, run(List.of(
                new SegmentStat("champions", "Champions", null, 1, new BigDecimal("10.10")),
                new SegmentStat("lost", "Lost", null, 3, new BigDecimal("30.30")))));
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).share()).isEqualByComparingTo("0.25");
        assertThat(rows.get(1).share()).isEqualByComparingTo("0.75");
        assertThat(rows.get(0).revenueShare()).isEqualByComparingTo("0.25");
        assertThat(rows.get(1).revenueShare()).isEqualByComparingTo("0.75");
        assertThat(rows.get(1).revenue()).isEqualByComparingTo("30.30");
    }

    @Test
    void noRevenueShareWhenTheTotalIsNotPositive() {
        // Net revenue 5.00 - 5.00 = 0: a share of zero means nothing, so it is left empty.
        List<SegmentRow> rows = ResultsViewModel.rowsOf(java.util.Locale.ENGLISH, run(List.of(
                new SegmentStat("a", "A", null, 1, new BigDecimal("5.00")),
                new SegmentStat("b", "B", null, 1, new BigDecimal("-5.00")))));
        assertThat(rows.get(0).revenueShare()).isNull();
        assertThat(rows.get(0).share()).isEqualByComparingTo("0.5");
    }

    @Test
    void exportFileNameIsSafe() {
        assertThat(ResultsViewModel.fileName("rfm-standard", "Can't Lose Them"))
                .isEqualTo("rfm-standard-can-t-lose-them.xlsx");
        assertThat(ResultsViewModel.fileName("rfm", "流失客户")).isEqualTo("rfm-流失客户.xlsx");
    }
}
