package com.stratum.features;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static com.stratum.features.Lines.cat;
import static com.stratum.features.Lines.date;
import static com.stratum.features.Lines.money;
import static com.stratum.features.Lines.num;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * A small shop worked out by hand. Analysis date 2024-03-11 (a Monday); 2024-03-01 is a Friday,
 * 03-09 a Saturday, 03-10 a Sunday; 02-05 and 02-12 are Mondays (2024 is a leap year).
 */
class FeatureBuilderTest {

    static final LocalDate AS_OF = LocalDate.of(2024, 3, 11);
    static TransactionTable table;
    static CustomerAttributes attributes;

    @BeforeAll
    static void data() {
        table = new Lines()
                // A: O1 Fri morning online, two lines (Shoes/Nike 60, Socks/Puma 40) -> purchase 100.00
                .line("A", "O1", "2024-03-01T09:30", "60.00", "Online", "Web", "Shoes", "Nike")
                .line("A", "O1", "2024-03-01T09:30", "40.00", "Online", "Web", "Socks", "Puma")
                // A: O2 Sat evening in store, 80.10 with a returned line -20.05 -> purchase 60.05
                .line("A", "O2", "2024-03-09T20:15", "80.10", "In-store", "Beijing 1", "Shoes", "Nike")
                .line("A", "O2", "2024-03-09T20:15", "-20.05", "In-store", "Beijing 1", "Shoes", "Nike")
                // A: O3 a negative order -> a return of 40.00
                .line("A", "O3", "2024-03-10T14:00", "-40.00", "Online", "Web", "Socks", "Puma")
                // A: O4 on the analysis date -> excluded
                .line("A", "O4", "2024-03-11T10:00", "50.00", "Online", "Web", "Shoes", "Nike")
                // A: O5 Sat evening online -> purchase 30.00
                .line("A", "O5", "2024-03-09T21:00", "30.00", "Online", "Web", "Hats", "Adidas")
                // anonymous: two counted (12.34 - 2.00 = 10.34), one after the analysis date
                .line("", null, "2024-03-02T12:00", "12.34", "In-store", null, null, null)
                .line("  ", null, "2024-03-05", "-2.00", null, null, null, null)
                .line(null, null, "2024-03-12", "7.00", null, null, null, null)
                // B: only a return
                .line("B", "R1", "2024-02-20T11:00", "-25.50", "Online", "Web", "Socks", "Puma")
                // C: two purchases of 10.00 (Mon 02:30 night on Mobile, Mon morning in Store), and an order netting 0
                .line("C", "C1", "2024-02-05T02:30", "10.00", "Mobile", "App", "Bags", "Nike")
                .line("C", "C2", "2024-02-12T06:00", "10.00", "Store", "Shanghai 2", "Hats", "Puma")
                .line("C", "C3", "2024-02-12T13:00", "5.00", "Store", "Shanghai 2", "Hats", "Puma")
                .line("C", "C3", "2024-02-12T13:00", "-5.00", "Store", "Shanghai 2", "Hats", "Puma")
                // E: only after the analysis date, not in the customers sheet -> not a customer yet
                .line("E", "E1", "2024-03-15", "100.00", "Online", "Web", "Shoes", "Nike")
                // F: reuses A's order id O1 (bad data): a separate order of F's
                .line("F", "O1", "2024-03-01", "15.00", null, null, null, null)
                .table();
        CustomerAttributes.Builder b = CustomerAttributes.builder();
        int a = b.row("A");
        b.birthDay(a, day("1990-03-11")).income(a, 8000).text(CustomerField.GENDER, a, "F")
                .text(CustomerField.COUNTRY, a, "China").text(CustomerField.CITY, a, "北京市")
                .text(CustomerField.VALUES, a, "quality");
        int bb = b.row("B");
        b.age(bb, 65).text(CustomerField.INCOME_TEXT, bb, "10k-20k").text(CustomerField.COUNTRY, bb, "China")
                .text(CustomerField.CITY, bb, "Hangzhou");
        int c = b.row("C");
        b.birthDay(c, day("2000-03-12")).income(c, 2500).text(CustomerField.COUNTRY, c, "United Kingdom")
                .text(CustomerField.CITY, c, "London").signupDay(c, day("2023-12-24"));
        int d = b.row("D");
        b.age(d, 45).text(CustomerField.CITY, d, "Lhasa").text(CustomerField.CITY_TIER, d, "Tier 2");
        attributes = b.build();
    }

    static int day(String iso) {
        return (int) LocalDate.parse(iso).toEpochDay();
    }

    static FeatureResult build(FeatureSettings s) {
        return FeatureBuilder.build(table, attributes, s.withAsOf(AS_OF));
    }

    @Test
    void reportAccountsForEveryLine() {
        FeatureReport r = build(FeatureSettings.defaults()).report();
        assertThat(r.linesRead()).isEqualTo(17);
        // after the analysis date: A's O4 (50.00), the anonymous 7.00, E's 100.00
        assertThat(r.linesAfterAsOf()).isEqualTo(3);
        assertThat(r.afterAsOfAmount()).isEqualByComparingTo("157.00");
        assertThat(r.anonymousLines()).isEqualTo(2);
        assertThat(r.anonymousAmount()).isEqualByComparingTo("10.34");
        assertThat(r.linesCounted()).isEqualTo(12);
        // A, B, C, F from the lines (E has none before the date) + D from the sheet
        assertThat(r.customers()).isEqualTo(5);
        assertThat(r.customersWithPurchases()).isEqualTo(3);
        assertThat(r.customersWithoutLines()).isEqualTo(1);
        assertThat(r.homeCountry()).isEqualTo("China");
    }

    @Test
    void frameHasEveryCatalogFeatureInOrder() {
        CustomerFrame f = build(FeatureSettings.defaults()).frame();
        assertThat(f.columnNames()).isEqualTo(FeatureCatalog.keys());
        assertThat(f.customerId(0)).isEqualTo("A");
        assertThat(f.customerId(4)).isEqualTo("D");
    }

    @Test
    void rfmOfACustomerWithReturnsAndMultiLineOrders() {
        CustomerFrame f = build(FeatureSettings.defaults()).frame();
        // purchases O1 100.00, O2 60.05, O5 30.00; O3 is a return of 40.00
        assertThat(num(f, "frequency", "A")).isEqualTo(3);
        assertThat(num(f, "returns", "A")).isEqualTo(1);
        assertThat(money(f, "gross_monetary", "A")).isEqualTo("190.05");
        // net = 60 + 40 + 80.10 - 20.05 - 40 + 30 = 150.05
        assertThat(money(f, "monetary", "A")).isEqualTo("150.05");
        // last purchase 03-09 -> 2 days; first 03-01 -> tenure 10
        assertThat(num(f, "recency_days", "A")).isEqualTo(2);
        assertThat(num(f, "tenure_days", "A")).isEqualTo(10);
        assertThat(date(f, "first_purchase", "A")).isEqualTo(LocalDate.of(2024, 3, 1));
        assertThat(date(f, "last_purchase", "A")).isEqualTo(LocalDate.of(2024, 3, 9));
        // distinct purchase days 03-01 and 03-09: one gap of 8
        assertThat(num(f, "mean_days_between", "A")).isEqualTo(8);
        // 150.05 / 3 = 50.0166.. -> 50.02
        assertThat(money(f, "avg_order_value", "A")).isEqualTo("50.02");
        // 40.00 / 190.05
        assertThat(num(f, "return_rate", "A")).isCloseTo(40.00 / 190.05, within(1e-12));
    }

    @Test
    void grossPolicy() {
        CustomerFrame f = build(FeatureSettings.defaults().withReturnsPolicy(ReturnsPolicy.GROSS)).frame();
        assertThat(money(f, "monetary", "A")).isEqualTo("190.05");
        // 190.05 / 3 = 63.35
        assertThat(money(f, "avg_order_value", "A")).isEqualTo("63.35");
        assertThat(money(f, "monetary", "B")).isEqualTo("0.00");
    }

    @Test
    void customerWithOnlyReturns() {
        CustomerFrame f = build(FeatureSettings.defaults()).frame();
        assertThat(num(f, "frequency", "B")).isEqualTo(0);
        assertThat(num(f, "recency_days", "B")).isNaN();
        assertThat(money(f, "monetary", "B")).isEqualTo("-25.50");
        assertThat(money(f, "gross_monetary", "B")).isEqualTo("0.00");
        assertThat(num(f, "returns", "B")).isEqualTo(1);
        assertThat(num(f, "return_rate", "B")).isNaN();
        assertThat(money(f, "avg_order_value", "B")).isNull();
        assertThat(date(f, "first_purchase", "B")).isNull();
        assertThat(num(f, "channel_count", "B")).isEqualTo(0);
        assertThat(cat(f, "channel_type", "B")).isNull();
    }

    @Test
    void customerOnlyInTheSheet() {
        CustomerFrame f = build(FeatureSettings.defaults()).frame();
        assertThat(num(f, "frequency", "D")).isEqualTo(0);
        assertThat(num(f, "recency_days", "D")).isNaN();
        assertThat(money(f, "monetary", "D")).isEqualTo("0.00");
        assertThat(num(f, "returns", "D")).isEqualTo(0);
        assertThat(num(f, "age", "D")).isEqualTo(45);
        assertThat(cat(f, "age_band", "D")).isEqualTo("45-54");
    }

    @Test
    void orderIdReusedByAnotherCustomerIsTheirOwnOrder() {
        CustomerFrame f = build(FeatureSettings.defaults()).frame();
        assertThat(num(f, "frequency", "F")).isEqualTo(1);
        assertThat(money(f, "monetary", "F")).isEqualTo("15.00");
        assertThat(money(f, "gross_monetary", "A")).isEqualTo("190.05");
    }

    @Test
    void daypartsAndWeekend() {
        CustomerFrame f = build(FeatureSettings.defaults()).frame();
        // A: O1 09:30 morning (Fri), O2 20:15 evening (Sat), O5 21:00 evening (Sat)
        assertThat(num(f, "share_morning", "A")).isCloseTo(1 / 3.0, within(1e-12));
        assertThat(num(f, "share_afternoon", "A")).isEqualTo(0);
        assertThat(num(f, "share_evening", "A")).isCloseTo(2 / 3.0, within(1e-12));
        assertThat(num(f, "share_night", "A")).isEqualTo(0);
        assertThat(cat(f, "daypart", "A")).isEqualTo("evening");
        assertThat(num(f, "weekend_share", "A")).isCloseTo(2 / 3.0, within(1e-12));
        assertThat(cat(f, "week_part", "A")).isEqualTo("both");
        // C: 02:30 night, 06:00 morning (the 13:00 order nets 0, not a purchase); a tie -> the earlier part
        assertThat(num(f, "share_night", "C")).isEqualTo(0.5);
        assertThat(num(f, "share_morning", "C")).isEqualTo(0.5);
        assertThat(num(f, "share_afternoon", "C")).isEqualTo(0);
        assertThat(cat(f, "daypart", "C")).isEqualTo("morning");
        assertThat(cat(f, "week_part", "C")).isEqualTo("weekday");
        assertThat(num(f, "weekend_share", "C")).isEqualTo(0);
        // F: date only -> time unknown, dayparts empty; 2024-03-01 is a Friday
        assertThat(num(f, "share_morning", "F")).isNaN();
        assertThat(cat(f, "daypart", "F")).isNull();
        assertThat(cat(f, "week_part", "F")).isEqualTo("weekday");
    }

    @Test
    void recencyTenureAndGapForTheTiedCustomer() {
        CustomerFrame f = build(FeatureSettings.defaults()).frame();
        // C: purchases 02-05 and 02-12; 02-12 -> 03-11 = 17 (rest of Feb, 29 days) + 11 = 28
        assertThat(num(f, "recency_days", "C")).isEqualTo(28);
        assertThat(num(f, "tenure_days", "C")).isEqualTo(35);
        assertThat(num(f, "mean_days_between", "C")).isEqualTo(7);
        // 10 + 10 + 5 - 5
        assertThat(money(f, "monetary", "C")).isEqualTo("20.00");
        assertThat(num(f, "frequency", "C")).isEqualTo(2);
        assertThat(num(f, "returns", "C")).isEqualTo(0);
        // one purchase day only -> no gap
        assertThat(num(f, "mean_days_between", "F")).isNaN();
    }

    @Test
    void channels() {
        CustomerFrame f = build(FeatureSettings.defaults()).frame();
        // A purchases: Online, In-store, Online
        assertThat(num(f, "online_share", "A")).isCloseTo(2 / 3.0, within(1e-12));
        assertThat(cat(f, "channel_type", "A")).isEqualTo("omni_channel");
        assertThat(num(f, "channel_count", "A")).isEqualTo(2);
        assertThat(cat(f, "top_channel", "A")).isEqualTo("online"); // the canonical kind of "Online"
        assertThat(cat(f, "top_store", "A")).isEqualTo("Web");
        // C: Mobile (online) and Store (offline), one each: the tie goes to the channel seen first in the data;
        // Store is the kind in-store, first seen in A's "In-store" line, before any Mobile line
        assertThat(cat(f, "channel_type", "C")).isEqualTo("omni_channel");
        assertThat(num(f, "online_share", "C")).isEqualTo(0.5);
        assertThat(cat(f, "top_channel", "C")).isEqualTo("in-store");
        assertThat(cat(f, "top_store", "C")).isEqualTo("App");
        // with In-store and Store counted online too, A and C are online only
        FeatureSettings allOnline = FeatureSettings.defaults().withOnlineChannels(
                java.util.Set.of("online", "mobile", "in store", "store"));
        CustomerFrame g = build(allOnline).frame();
        assertThat(cat(g, "channel_type", "A")).isEqualTo("online_only");
        assertThat(num(g, "online_share", "A")).isEqualTo(1);
        // only Mobile online -> A (Online, In-store) is offline only
        CustomerFrame h = build(FeatureSettings.defaults().withOnlineChannels(java.util.Set.of("mobile"))).frame();
        assertThat(cat(h, "channel_type", "A")).isEqualTo("offline_only");
        assertThat(num(h, "online_share", "A")).isEqualTo(0);
    }

    @Test
    void productPreferenceAndBrandLoyalty() {
        CustomerFrame f = build(FeatureSettings.defaults()).frame();
        // A purchase lines > 0: Shoes/Nike 60 + 80.10, Socks/Puma 40, Hats/Adidas 30 (the -20.05 line and return O3 left out)
        assertThat(cat(f, "top_category", "A")).isEqualTo("Shoes");
        assertThat(num(f, "category_breadth", "A")).isEqualTo(3);
        assertThat(cat(f, "top_brand", "A")).isEqualTo("Nike");
        assertThat(num(f, "brand_loyalty", "A")).isCloseTo(140.10 / 210.10, within(1e-12));
        // C: Bags/Nike 10 and Hats/Puma 10 -> ties go to the value seen first (Hats before Bags, Nike before Puma)
        assertThat(cat(f, "top_category", "C")).isEqualTo("Hats");
        assertThat(cat(f, "top_brand", "C")).isEqualTo("Nike");
        assertThat(num(f, "brand_loyalty", "C")).isEqualTo(0.5);
        // F has no brand column values
        assertThat(cat(f, "top_brand", "F")).isNull();
        assertThat(num(f, "brand_loyalty", "F")).isNaN();
    }

    @Test
    void demographics() {
        CustomerFrame f = build(FeatureSettings.defaults()).frame();
        // A born 1990-03-11: 34 on 2024-03-11 (birthday on the analysis date counts)
        assertThat(num(f, "age", "A")).isEqualTo(34);
        assertThat(cat(f, "age_band", "A")).isEqualTo("25-34");
        // B age column 65
        assertThat(cat(f, "age_band", "B")).isEqualTo("65+");
        // C born 2000-03-12: still 23 the day before the birthday
        assertThat(num(f, "age", "C")).isEqualTo(23);
        assertThat(cat(f, "age_band", "C")).isEqualTo("<25");
        assertThat(cat(f, "income_band", "A")).isEqualTo("5000-9999");
        assertThat(cat(f, "income_band", "B")).isEqualTo("10k-20k");
        assertThat(cat(f, "income_band", "C")).isEqualTo("<3000");
        assertThat(num(f, "income", "A")).isEqualTo(8000);
        assertThat(cat(f, "gender", "A")).isEqualTo("F");
        assertThat(cat(f, "gender", "B")).isNull();
        assertThat(cat(f, "values", "A")).isEqualTo("quality");
        assertThat(date(f, "signup_date", "C")).isEqualTo(LocalDate.of(2023, 12, 24));
        assertThat(num(f, "age", "F")).isNaN();
    }

    @Test
    void geography() {
        CustomerFrame f = build(FeatureSettings.defaults()).frame();
        // home country inferred: China (A, B) over United Kingdom (C)
        assertThat(cat(f, "domestic", "A")).isEqualTo("domestic");
        assertThat(cat(f, "domestic", "C")).isEqualTo("international");
        assertThat(cat(f, "domestic", "D")).isNull();
        // 北京市 -> Beijing tier 1; Hangzhou (new tier 1) -> tier 2; D's sheet says Tier 2
        assertThat(cat(f, "city_tier", "A")).isEqualTo("tier_1");
        assertThat(cat(f, "city_tier", "B")).isEqualTo("tier_2");
        // London is not in the table and C lives abroad: no tier (at home an unlisted city is tier 3)
        assertThat(cat(f, "city_tier", "C")).isNull();
        assertThat(cat(f, "city_tier", "D")).isEqualTo("tier_2");
        assertThat(cat(f, "city", "A")).isEqualTo("北京市");
        CustomerFrame uk = build(FeatureSettings.defaults().withHomeCountry("united kingdom")).frame();
        assertThat(cat(uk, "domestic", "C")).isEqualTo("domestic");
        assertThat(cat(uk, "domestic", "A")).isEqualTo("international");
        // with the UK as home, London (unlisted) is tier 3; 北京 keeps its listed tier 1
        assertThat(cat(uk, "city_tier", "C")).isEqualTo("tier_3");
        assertThat(cat(uk, "city_tier", "A")).isEqualTo("tier_1");
    }

    @Test
    void countryAndCityFallBackToTheLines() {
        TransactionTable.Builder b = TransactionTable.builder(3);
        int g = b.customer("G");
        int d = day("2024-01-10");
        for (String country : new String[] {"France", "Germany", "France"}) {
            int i = b.add(g, b.newOrder(), d, TransactionTable.TIME_UNKNOWN, 1000);
            b.set(LineAttribute.COUNTRY, i, b.code(LineAttribute.COUNTRY, country));
            b.set(LineAttribute.CITY, i, b.code(LineAttribute.CITY, "Shenzhen"));
        }
        CustomerFrame f = FeatureBuilder.build(b.build(), null, FeatureSettings.defaults()).frame();
        assertThat(cat(f, "country", "G")).isEqualTo("France");
        assertThat(cat(f, "city_tier", "G")).isEqualTo("tier_1");
        assertThat(cat(f, "domestic", "G")).isEqualTo("domestic");
    }

    @Test
    void orderLinesSplitAcrossTheSheetFormOneOrder() {
        TransactionTable split = new Lines()
                .line("X", "K1", "2024-01-02T15:00", "10.00", null, null, null, null)
                .line("Y", "K9", "2024-01-02T15:00", "5.00", null, null, null, null)
                .line("X", "K1", "2024-01-02T09:00", "-4.00", null, null, null, null)
                .line("X", "K2", "2024-01-03T10:00", "-3.00", null, null, null, null)
                .table();
        CustomerFrame f = FeatureBuilder.build(split, null,
                FeatureSettings.defaults().withAsOf(LocalDate.of(2024, 1, 5))).frame();
        // K1 = 10.00 - 4.00 = 6.00, a purchase dated by its earliest line (09:00, morning); K2 is a return
        assertThat(num(f, "frequency", "X")).isEqualTo(1);
        assertThat(num(f, "returns", "X")).isEqualTo(1);
        assertThat(money(f, "gross_monetary", "X")).isEqualTo("6.00");
        assertThat(money(f, "monetary", "X")).isEqualTo("3.00");
        assertThat(cat(f, "daypart", "X")).isEqualTo("morning");
        assertThat(num(f, "recency_days", "X")).isEqualTo(3);
        assertThat(num(f, "return_rate", "X")).isEqualTo(0.5);
    }
}
