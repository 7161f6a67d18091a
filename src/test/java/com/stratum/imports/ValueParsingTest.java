package com.stratum.imports;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;

/** Numbers and dates as people type them; expected values written out by hand. */
class ValueParsingTest {

    private static BigDecimal n(String s) {
        return NumberText.parse(s);
    }

    @Test
    void numbersWithSeparatorsCurrencyParenthesesAndPercent() {
        assertThat(n("1,234.50")).isEqualByComparingTo("1234.50");
        assertThat(n("1 234 567")).isEqualByComparingTo("1234567");
        assertThat(n("¥12.00")).isEqualByComparingTo("12");
        assertThat(n("￥1,000")).isEqualByComparingTo("1000");
        assertThat(n("$ 3.99")).isEqualByComparingTo("3.99");
        assertThat(n("€7")).isEqualByComparingTo("7");
        assertThat(n("£0.50")).isEqualByComparingTo("0.5");
        assertThat(n("RMB 88.8")).isEqualByComparingTo("88.8");
        assertThat(n("120 CNY")).isEqualByComparingTo("120");
        assertThat(n("99元")).isEqualByComparingTo("99");
        assertThat(n("(12.50)")).isEqualByComparingTo("-12.50");
        assertThat(n("($1,200.00)")).isEqualByComparingTo("-1200");
        assertThat(n("-$5")).isEqualByComparingTo("-5");
        assertThat(n("12.50-")).isEqualByComparingTo("-12.50");
        assertThat(n("12.5%")).isEqualByComparingTo("0.125");
        assertThat(n("1.234,56")).isEqualByComparingTo("1234.56");
        assertThat(n("-0.3")).isEqualByComparingTo("-0.3");
        assertThat(n("1E3")).isEqualByComparingTo("1000");
    }

    @Test
    void textThatIsNotANumber() {
        assertThat(n("abc")).isNull();
        assertThat(n("12,34")).isNull(); // a comma group must have three digits
        assertThat(n("1,2345")).isNull();
        assertThat(n("C536379")).isNull();
        assertThat(n("2024-01-31")).isNull();
        assertThat(n("")).isNull();
        assertThat(n("$")).isNull();
        assertThat(n("1.2.3")).isNull();
    }

    private static LocalDateTime d(String s, DateOrder o) {
        return DateText.parse(s, o);
    }

    @Test
    void datesInManyShapes() {
        LocalDateTime jan31 = LocalDate.of(2024, 1, 31).atStartOfDay();
        assertThat(d("2024-01-31", DateOrder.MONTH_FIRST)).isEqualTo(jan31);
        assertThat(d("2024/01/31", DateOrder.MONTH_FIRST)).isEqualTo(jan31);
        assertThat(d("2024/1/31", DateOrder.DAY_FIRST)).isEqualTo(jan31);
        assertThat(d("2024.01.31", DateOrder.MONTH_FIRST)).isEqualTo(jan31);
        assertThat(d("31.01.2024", DateOrder.MONTH_FIRST)).isEqualTo(jan31); // dots: always day first
        assertThat(d("01/31/2024", DateOrder.MONTH_FIRST)).isEqualTo(jan31);
        assertThat(d("31/01/2024", DateOrder.DAY_FIRST)).isEqualTo(jan31);
        assertThat(d("2024年1月31日", DateOrder.MONTH_FIRST)).isEqualTo(jan31);
        // 02/03/2024 is February 3 month-first, March 2 day-first
        assertThat(d("02/03/2024", DateOrder.MONTH_FIRST)).isEqualTo(LocalDateTime.of(2024, 2, 3, 0, 0));
        assertThat(d("02/03/2024", DateOrder.DAY_FIRST)).isEqualTo(LocalDateTime.of(2024, 3, 2, 0, 0));
    }

    @Test
    void datesWithTimes() {
        assertThat(d("2024-01-31T08:30:15", DateOrder.MONTH_FIRST)).isEqualTo(LocalDateTime.of(2024, 1, 31, 8, 30, 15));
        assertThat(d("2024-01-31 08:30", DateOrder.MONTH_FIRST)).isEqualTo(LocalDateTime.of(2024, 1, 31, 8, 30));
        assertThat(d("12/1/2010 8:26", DateOrder.MONTH_FIRST)).isEqualTo(LocalDateTime.of(2010, 12, 1, 8, 26));
        assertThat(d("1/2/2024 8:05 PM", DateOrder.MONTH_FIRST)).isEqualTo(LocalDateTime.of(2024, 1, 2, 20, 5));
        assertThat(d("1/2/2024 12:05 AM", DateOrder.MONTH_FIRST)).isEqualTo(LocalDateTime.of(2024, 1, 2, 0, 5));
        assertThat(d("2024年1月31日 下午3:05", DateOrder.MONTH_FIRST)).isEqualTo(LocalDateTime.of(2024, 1, 31, 15, 5));
        assertThat(d("2024年1月31日 15时05分", DateOrder.MONTH_FIRST)).isEqualTo(LocalDateTime.of(2024, 1, 31, 15, 5));
        assertThat(d("2024-01-31 08:30:15.250", DateOrder.MONTH_FIRST))
                .isEqualTo(LocalDateTime.of(2024, 1, 31, 8, 30, 15, 250_000_000));
    }

    @Test
    void notDates() {
        assertThat(d("2024-02-30", DateOrder.MONTH_FIRST)).isNull();
        assertThat(d("13/13/2024", DateOrder.MONTH_FIRST)).isNull();
        assertThat(d("31/01/2024", DateOrder.MONTH_FIRST)).isNull();
        assertThat(d("hello world", DateOrder.MONTH_FIRST)).isNull();
        assertThat(d("2024-01-31 25:00", DateOrder.MONTH_FIRST)).isNull();
        assertThat(d("12345678", DateOrder.MONTH_FIRST)).isNull();
    }

    @Test
    void excelSerials() {
        // 1900 system: serial 1 = 1900-01-01; 60 is the phantom 1900-02-29; 61 = 1900-03-01;
        // 45322 = 2024-01-31 (45322 - 1 days after 1900-01-01, minus the phantom day).
        assertThat(ExcelDates.fromSerial(1, false)).isEqualTo(LocalDateTime.of(1900, 1, 1, 0, 0));
        assertThat(ExcelDates.fromSerial(61, false)).isEqualTo(LocalDateTime.of(1900, 3, 1, 0, 0));
        assertThat(ExcelDates.fromSerial(45322, false)).isEqualTo(LocalDateTime.of(2024, 1, 31, 0, 0));
        assertThat(ExcelDates.fromSerial(45322.75, false)).isEqualTo(LocalDateTime.of(2024, 1, 31, 18, 0));
        // 1904 system: serial 0 = 1904-01-01, so 2024-01-31 is 45322 - 1462 = 43860
        assertThat(ExcelDates.fromSerial(43860, true)).isEqualTo(LocalDateTime.of(2024, 1, 31, 0, 0));
    }

    @Test
    void dateFormats() {
        assertThat(ExcelDates.isDateFormat(14, "m/d/yy")).isTrue();
        assertThat(ExcelDates.isDateFormat(200, "yyyy\"年\"m\"月\"d\"日\"")).isTrue();
        assertThat(ExcelDates.isDateFormat(201, "[$-409]mmm d, yyyy;@")).isTrue();
        assertThat(ExcelDates.isDateFormat(0, "General")).isFalse();
        assertThat(ExcelDates.isDateFormat(4, "#,##0.00")).isFalse();
        assertThat(ExcelDates.isDateFormat(202, "#,##0.00 \"days\"")).isFalse();
        assertThat(ExcelDates.isDateFormat(203, "[$¥-804]#,##0.00")).isFalse();
    }
}
