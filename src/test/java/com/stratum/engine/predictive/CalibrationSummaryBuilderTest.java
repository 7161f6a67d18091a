package com.stratum.engine.predictive;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class CalibrationSummaryBuilderTest {

    private static final LocalDate D0 = LocalDate.of(2024, 1, 1);

    /** Lines as (customer id, day offset from D0, cents). */
    private static PurchaseLog log(Object[]... lines) {
        List<String> ids = new ArrayList<>();
        int n = lines.length;
        int[] c = new int[n];
        int[] d = new int[n];
        long[] a = new long[n];
        for (int i = 0; i < n; i++) {
            String id = (String) lines[i][0];
            if (!ids.contains(id)) {
                ids.add(id);
            }
            c[i] = ids.indexOf(id);
            d[i] = (int) D0.toEpochDay() + (Integer) lines[i][1];
            a[i] = ((Number) lines[i][2]).longValue();
        }
        return new PurchaseLog(ids.toArray(new String[0]), c, d, a);
    }

    /** Filler customers so a fit-sized set exists: each buys on day k and k + 10. */
    private static List<Object[]> filler(int customers) {
        List<Object[]> l = new ArrayList<>();
        for (int k = 0; k < customers; k++) {
            l.add(new Object[] {"f" + k, k % 5, 1000});
            l.add(new Object[] {"f" + k, k % 5 + 10, 1000});
        }
        return l;
    }

    private static PurchaseLog withFiller(Object[]... lines) {
        List<Object[]> l = new ArrayList<>(List.of(lines));
        l.addAll(filler(30));
        return log(l.toArray(new Object[0][]));
    }

    @Test
    void sameDayLinesAreOnePurchaseDayAndReturnsAreNotPurchases() {
        PurchaseLog log = withFiller(
                // a: first day 0 (two lines netted: 10.00 + 5.00), repeat day 7 (20.00 - 5.00 = 15.00 net),
                // day 14 a net return (-3.00): not a purchase; day 21 zero amount: a purchase; holdout day 40
                new Object[] {"a", 0, 1000}, new Object[] {"a", 0, 500},
                new Object[] {"a", 7, 2000}, new Object[] {"a", 7, -500},
                new Object[] {"a", 14, -300},
                new Object[] {"a", 21, 0},
                new Object[] {"a", 40, 700},
                // b: only a return before the end, first purchase on day 35 (after the end): not in the fit
                new Object[] {"b", 3, -100}, new Object[] {"b", 35, 900},
                // c: a $0.00 first purchase (counted, as in CDNOW), one repeat of 12.34 on day 28 = the end
                new Object[] {"c", 2, 0}, new Object[] {"c", 28, 1234});
        CalibrationSummary s = CalibrationSummaryBuilder.build(log, D0.plusDays(28), ModelTimeUnit.WEEKS);
        assertThat(s.size()).isEqualTo(32); // a, c and 30 filler; b is out
        int a = indexOf(s, "a");
        // repeat days 7 and 21 -> x = 2, t_x = 21 days = 3 weeks, T = 28 days = 4 weeks, zbar = (15.00 + 0) / 2
        assertThat(s.x()[a]).isEqualTo(2);
        assertThat(s.tx()[a]).isEqualTo(3.0);
        assertThat(s.T()[a]).isEqualTo(4.0);
        assertThat(s.zbar()[a]).isCloseTo(7.5, within(1e-12));
        assertThat(s.xStar()[a]).isEqualTo(1);
        int c = indexOf(s, "c");
        assertThat(s.x()[c]).isEqualTo(1);
        assertThat(s.tx()[c]).isCloseTo(26 / 7.0, within(1e-12));
        assertThat(s.T()[c]).isCloseTo(26 / 7.0, within(1e-12));
        assertThat(s.zbar()[c]).isCloseTo(12.34, within(1e-12));
        assertThat(s.hasHoldout()).isTrue();
        assertThat(s.holdoutLength()).isCloseTo(12 / 7.0, within(1e-12)); // data end day 40
        int f = indexOf(s, "f0");
        assertThat(s.zbar()[f]).isEqualTo(10.0);
        assertThat(Double.isNaN(s.zbar()[indexOf(s, "f0")])).isFalse();
    }

    @Test
    void daysAsTimeUnitAndDefaultCalibrationEnd() {
        CalibrationSummary s = CalibrationSummaryBuilder.build(withFiller(new Object[] {"a", 1, 100},
                new Object[] {"a", 5, 100}), null, ModelTimeUnit.DAYS);
        int a = indexOf(s, "a");
        // the last transaction date is day 14 (filler k=4: 4 + 10)
        assertThat(s.calibrationEnd()).isEqualTo(D0.plusDays(14));
        assertThat(s.tx()[a]).isEqualTo(4.0);
        assertThat(s.T()[a]).isEqualTo(13.0);
        assertThat(s.hasHoldout()).isFalse();
        assertThat(s.xStar()[a]).isZero();
    }

    @Test
    void calibrationEndOutsideTheData() {
        assertThatThrownBy(() -> CalibrationSummaryBuilder.build(withFiller(), D0.minusDays(1), ModelTimeUnit.WEEKS))
                .isInstanceOf(PredictiveDataException.class)
                .hasMessage("The calibration end 2023-12-31 is outside the data, which runs from 2024-01-01 to 2024-01-15.")
                .extracting(e -> ((PredictiveDataException) e).problem())
                .isEqualTo(PredictiveDataException.Problem.CALIBRATION_END_OUTSIDE_DATA);
        assertThatThrownBy(() -> CalibrationSummaryBuilder.build(withFiller(), D0.plusDays(15), ModelTimeUnit.WEEKS))
                .hasMessageContaining("is outside the data");
    }

    @Test
    void messagesInChineseForTheWindow() {
        PredictiveDataException e = org.junit.jupiter.api.Assertions.assertThrows(PredictiveDataException.class,
                () -> CalibrationSummaryBuilder.build(withFiller(), D0.minusDays(1), ModelTimeUnit.WEEKS));
        assertThat(e.key()).isEqualTo("predictive.calibrationEndOutside");
        assertThat(e.localizedMessage(java.util.Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("校准期结束日 2023-12-31 超出数据范围（数据从 2024-01-01 到 2024-01-15）。");
        // every predictive key exists in both languages
        java.util.ResourceBundle en = java.util.ResourceBundle.getBundle("com.stratum.i18n.errors", java.util.Locale.ROOT);
        java.util.ResourceBundle zh = java.util.ResourceBundle.getBundle("com.stratum.i18n.errors",
                java.util.Locale.SIMPLIFIED_CHINESE);
        List<String> keys = en.keySet().stream().filter(k -> k.startsWith("predictive.")).toList();
        assertThat(keys).hasSize(8);
        for (String k : keys) {
            assertThat(zh.getString(k)).isNotEqualTo(en.getString(k));
        }
    }

    @Test
    void allPurchasesOnOneDay() {
        List<Object[]> l = new ArrayList<>();
        for (int k = 0; k < 50; k++) {
            l.add(new Object[] {"c" + k, 3, 100});
        }
        assertThatThrownBy(() -> CalibrationSummaryBuilder.build(log(l.toArray(new Object[0][])), null, ModelTimeUnit.WEEKS))
                .isInstanceOf(PredictiveDataException.class)
                .hasMessage("All purchases are on one day (2024-01-04); repeat buying cannot be modelled.");
    }

    @Test
    void tooFewCustomers() {
        assertThatThrownBy(() -> CalibrationSummaryBuilder.build(log(new Object[] {"a", 0, 100}, new Object[] {"a", 5, 100},
                new Object[] {"b", 1, 100}), null, ModelTimeUnit.WEEKS))
                .isInstanceOf(PredictiveDataException.class)
                .hasMessage("Too few customers to fit a model: 2 made a first purchase by the calibration end 2024-01-06, "
                        + "at least 20 are needed.");
    }

    @Test
    void noRepeatPurchases() {
        List<Object[]> l = new ArrayList<>();
        for (int k = 0; k < 50; k++) {
            l.add(new Object[] {"c" + k, k, 100});
        }
        assertThatThrownBy(() -> CalibrationSummaryBuilder.build(log(l.toArray(new Object[0][])), null, ModelTimeUnit.WEEKS))
                .isInstanceOf(PredictiveDataException.class)
                .hasMessage("No customer made a repeat purchase by the calibration end 2024-02-19; repeat buying cannot "
                        + "be modelled.");
    }

    @Test
    void noTransactionsOrOnlyReturns() {
        assertThatThrownBy(() -> CalibrationSummaryBuilder.build(log(), null, ModelTimeUnit.WEEKS))
                .hasMessage("There are no transactions to model.");
        assertThatThrownBy(() -> CalibrationSummaryBuilder.build(log(new Object[] {"a", 0, -100}, new Object[] {"b", 2, -5}),
                null, ModelTimeUnit.WEEKS))
                .hasMessage("There are no purchases to model: every customer's days are net returns.");
    }

    private static int indexOf(CalibrationSummary s, String id) {
        for (int i = 0; i < s.size(); i++) {
            if (s.customerId(i).equals(id)) {
                return i;
            }
        }
        throw new AssertionError(id);
    }
}
