package com.stratum.features;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SyntheticTransactionsTest {

    @Test
    void deterministicForASeed() {
        SyntheticTransactions.Data a = SyntheticTransactions.generate(500, 5_000, 7);
        SyntheticTransactions.Data b = SyntheticTransactions.generate(500, 5_000, 7);
        TransactionTable x = a.transactions();
        TransactionTable y = b.transactions();
        assertThat(x.size()).isEqualTo(5_000).isEqualTo(y.size());
        for (int i = 0; i < x.size(); i++) {
            assertThat(x.cents(i)).isEqualTo(y.cents(i));
            assertThat(x.customer(i)).isEqualTo(y.customer(i));
            assertThat(x.epochDay(i)).isEqualTo(y.epochDay(i));
            assertThat(x.attribute(LineAttribute.BRAND, i)).isEqualTo(y.attribute(LineAttribute.BRAND, i));
        }
        assertThat(SyntheticTransactions.generate(500, 5_000, 8).transactions().cents(0)).isNotEqualTo(x.cents(0));
    }

    @Test
    void realisticShape() {
        SyntheticTransactions.Data d = SyntheticTransactions.generate(2_000, 40_000, 1);
        TransactionTable t = d.transactions();
        long negative = 0;
        long anonymous = 0;
        for (int i = 0; i < t.size(); i++) {
            negative += t.cents(i) < 0 ? 1 : 0;
            anonymous += t.customer(i) == TransactionTable.ANONYMOUS ? 1 : 0;
        }
        // returns are ~3% of orders (single-line), purchases average ~1.9 lines: ~1.5-2% of lines
        assertThat(negative).isBetween(200L, 1_200L);
        // ~1% of orders are anonymous
        assertThat(anonymous).isBetween(100L, 1_000L);
        assertThat(d.customers().size()).isEqualTo(2_000);
        FeatureResult r = FeatureBuilder.build(t, d.customers(), FeatureSettings.defaults());
        assertThat(r.report().customers()).isEqualTo(2_000);
        assertThat(r.report().anonymousLines()).isEqualTo(anonymous);
        // skewed activity: the top 10% of customers by frequency hold well over 10% of purchases
        double[] f = ((NumericColumn) r.frame().column("frequency")).values().clone();
        java.util.Arrays.sort(f);
        double total = 0;
        double top = 0;
        for (int i = 0; i < f.length; i++) {
            total += f[i];
            if (i >= f.length * 9 / 10) {
                top += f[i];
            }
        }
        assertThat(top / total).isGreaterThan(0.25);
    }

    @Test
    void smallChunksGiveTheSameFrame() {
        // The builder copies lines into a buffer in chunks of customers; the chunk size must not matter.
        SyntheticTransactions.Data d = SyntheticTransactions.generate(300, 6_000, 3);
        CustomerFrame one = FeatureBuilder.build(d.transactions(), d.customers(), FeatureSettings.defaults()).frame();
        CustomerFrame many = FeatureBuilder.build(d.transactions(), d.customers(), FeatureSettings.defaults(), 97).frame();
        assertThat(many.size()).isEqualTo(one.size());
        for (Column c : one.columns()) {
            Column m = many.column(c.name());
            for (int r = 0; r < one.size(); r++) {
                assertThat(m.cell(r)).as(c.name() + " row " + r).isEqualTo(c.cell(r));
            }
        }
    }
}
