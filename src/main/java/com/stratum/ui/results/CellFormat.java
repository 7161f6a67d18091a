package com.stratum.ui.results;

import com.stratum.features.CategoricalColumn;
import com.stratum.features.Column;
import com.stratum.features.DateColumn;
import com.stratum.features.MoneyColumn;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Set;

/**
 * Formats frame cells and figures for the window in the user's locale: money exact with 2 decimals,
 * shares as percent with 1 decimal, averages with 1 decimal, category levels by their labels.
 */
public final class CellFormat {

    /** Features holding a fraction 0..1 (see FeatureCatalog's descriptions): shown as percent. */
    static final Set<String> SHARE_FEATURES = Set.of("return_rate", "share_morning", "share_afternoon",
            "share_evening", "share_night", "weekend_share", "online_share", "brand_loyalty");

    private final com.stratum.ui.charts.ViewTexts texts;
    private final NumberFormat average;

    private final NumberFormat money;
    private final NumberFormat number;
    private final NumberFormat integer;
    private final NumberFormat percent;
    private final DateTimeFormatter date;

    public CellFormat(Locale locale) {
        money = NumberFormat.getNumberInstance(locale);
        money.setMinimumFractionDigits(2);
        money.setMaximumFractionDigits(2);
        number = NumberFormat.getNumberInstance(locale);
        number.setMaximumFractionDigits(2);
        integer = NumberFormat.getIntegerInstance(locale);
        percent = NumberFormat.getPercentInstance(locale);
        percent.setMinimumFractionDigits(1);
        percent.setMaximumFractionDigits(1);
        date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        average = NumberFormat.getNumberInstance(locale);
        average.setMinimumFractionDigits(1);
        average.setMaximumFractionDigits(1);
        texts = com.stratum.ui.charts.ViewTexts.of(locale);
    }

    /** Whether a feature holds a share (0..1) shown as percent. */
    public static boolean isShare(String feature) {
        return SHARE_FEATURES.contains(feature);
    }

    /** A derived level's label ({@code level.<feature>.<level>} in the views bundle), else the level as stored. */
    public String level(String feature, String level) {
        if (level == null) {
            return "";
        }
        String key = "level." + feature + "." + level;
        return texts.has(key) ? texts.get(key) : level;
    }

    /** A mean such as average recency or frequency: always 1 decimal. */
    public String average(double v) {
        return Double.isNaN(v) ? "" : average.format(v);
    }

    public String cell(Column col, int row) {
        if (col.isMissing(row)) {
            return "";
        }
        if (col instanceof MoneyColumn m) {
            return money(m.amount(row));
        }
        if (col instanceof CategoricalColumn c) {
            return level(col.name(), c.label(row));
        }
        if (col instanceof DateColumn d) {
            return date.format(d.date(row));
        }
        return isShare(col.name()) ? percent(col.asDouble(row)) : number(col.asDouble(row));
    }

    public String money(BigDecimal amount) {
        return amount == null ? "" : money.format(amount);
    }

    /** An average amount of money (e.g. mean monetary): 2 decimals like every amount, empty when NaN. */
    public String money(double amount) {
        return Double.isNaN(amount) ? "" : money.format(amount);
    }

    public String cents(long cents) {
        return money(BigDecimal.valueOf(cents, 2));
    }

    public String number(double v) {
        return Double.isNaN(v) ? "" : number.format(v);
    }

    public String integer(long v) {
        return integer.format(v);
    }

    public String percent(double fraction) {
        return Double.isNaN(fraction) ? "" : percent.format(fraction);
    }

    public String date(java.time.LocalDate d) {
        return d == null ? "" : date.format(d);
    }
}
