package com.stratum.features;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static com.stratum.features.Lines.money;
import static com.stratum.features.Lines.num;
import static org.assertj.core.api.Assertions.assertThat;

/** The acceptance example: five lines, each its own order (no order-id column). */
class RfmAcceptanceTest {

    private static TransactionTable lines() {
        return new Lines()
                .line("c1", "2006-12-30", "100")
                .line("c1", "2006-12-01", "50")
                .line("c2", "2006-06-01", "20")
                .line("c3", "2006-12-20", "500")
                .line("c3", "2006-11-20", "-100")
                .table();
    }

    @Test
    void measuresAsOfTheLastDayOf2006() {
        FeatureSettings s = FeatureSettings.defaults().withAsOf(LocalDate.of(2006, 12, 31));
        CustomerFrame f = FeatureBuilder.build(lines(), CustomerAttributes.empty(), s).frame();

        // c1: purchases on 12-30 and 12-01; last purchase the day before the as-of date -> 1; 100 + 50.
        assertThat(num(f, "recency_days", "c1")).isEqualTo(1);
        assertThat(num(f, "frequency", "c1")).isEqualTo(2);
        assertThat(money(f, "monetary", "c1")).isEqualTo("150.00");
        // c2: 2006-06-01 -> 2006-12-31 = 30 (to Jul 1) + 31 + 31 + 30 + 31 + 30 (to Dec 1) + 30 = 213.
        assertThat(num(f, "recency_days", "c2")).isEqualTo(213);
        assertThat(num(f, "frequency", "c2")).isEqualTo(1);
        assertThat(money(f, "monetary", "c2")).isEqualTo("20.00");
        // c3: the -100 row is a return (its own order, net < 0): one purchase on 12-20 (11 days), net 500 - 100.
        assertThat(num(f, "recency_days", "c3")).isEqualTo(11);
        assertThat(num(f, "frequency", "c3")).isEqualTo(1);
        assertThat(money(f, "monetary", "c3")).isEqualTo("400.00");
        assertThat(num(f, "returns", "c3")).isEqualTo(1);
    }

    @Test
    void defaultAsOfIsTheDayAfterTheLatestLine() {
        // The latest line is 2006-12-30, so the default analysis date is 2006-12-31: same figures.
        FeatureResult r = FeatureBuilder.build(lines(), null, FeatureSettings.defaults());
        assertThat(r.report().asOf()).isEqualTo(LocalDate.of(2006, 12, 31));
        assertThat(num(r.frame(), "recency_days", "c2")).isEqualTo(213);
        assertThat(r.frame().asOf()).isEqualTo(LocalDate.of(2006, 12, 31));
    }

    @Test
    void grossPolicyLeavesReturnsOut() {
        FeatureSettings s = FeatureSettings.defaults().withReturnsPolicy(ReturnsPolicy.GROSS);
        CustomerFrame f = FeatureBuilder.build(lines(), null, s).frame();
        // c3 gross = the 500 purchase only.
        assertThat(money(f, "monetary", "c3")).isEqualTo("500.00");
        assertThat(money(f, "gross_monetary", "c3")).isEqualTo("500.00");
        assertThat(money(f, "monetary", "c1")).isEqualTo("150.00");
    }

    @Test
    void noDataAtAll() {
        FeatureResult r = FeatureBuilder.build(TransactionTable.builder(0).build(), CustomerAttributes.empty(),
                FeatureSettings.defaults().withAsOf(LocalDate.of(2024, 1, 1)));
        assertThat(r.frame().size()).isZero();
        assertThat(r.frame().columnNames()).isEqualTo(FeatureCatalog.keys());
        assertThat(r.report().linesRead()).isZero();
    }
}
