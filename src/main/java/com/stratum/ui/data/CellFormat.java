package com.stratum.ui.data;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/** Formats imported values per locale: grouped numbers (decimals exact), localized dates. */
public final class CellFormat {

    private final NumberFormat integers;
    private final DecimalFormat decimals;
    private final DecimalFormat money;
    private final DateTimeFormatter dates;
    private final DateTimeFormatter dateTimes;

    public CellFormat(Locale locale) {
        integers = NumberFormat.getIntegerInstance(locale);
        decimals = (DecimalFormat) NumberFormat.getNumberInstance(locale);
        decimals.setParseBigDecimal(true);
        decimals.setMinimumFractionDigits(0);
        decimals.setMaximumFractionDigits(10);
        money = (DecimalFormat) NumberFormat.getNumberInstance(locale);
        money.setMinimumFractionDigits(2);
        money.setMaximumFractionDigits(10);
        dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        dateTimes = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale);
    }

    /** Money columns (amount, unit price, discount) show at least two decimals. */
    public String format(Object v, boolean isMoney) {
        if (isMoney && v instanceof Number n) {
            return money.format(v instanceof BigDecimal d ? d : new BigDecimal(n.toString()));
        }
        return format(v);
    }

    public String format(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof BigDecimal d) {
            return decimals.format(d);
        }
        if (v instanceof Long || v instanceof Integer || v instanceof Short) {
            return integers.format(((Number) v).longValue());
        }
        if (v instanceof Double || v instanceof Float) {
            return decimals.format(new BigDecimal(v.toString()));
        }
        if (v instanceof LocalDate d) {
            return dates.format(d);
        }
        if (v instanceof LocalDateTime t) {
            return dateTimes.format(t);
        }
        if (v instanceof TemporalAccessor t) {
            return t.toString();
        }
        return v.toString();
    }

    /** True for values shown right-aligned. */
    public static boolean isNumeric(Object v) {
        return v instanceof Number;
    }
}
