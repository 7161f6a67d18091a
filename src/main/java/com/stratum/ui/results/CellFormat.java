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

/** Formats frame cells and figures for the window in the user's locale (money exact, 2 decimals). */
public final class CellFormat {

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
    }

    public String cell(Column col, int row) {
        if (col.isMissing(row)) {
            return "";
        }
        if (col instanceof MoneyColumn m) {
            return money(m.amount(row));
        }
        if (col instanceof CategoricalColumn c) {
            return c.label(row);
        }
        if (col instanceof DateColumn d) {
            return date.format(d.date(row));
        }
        return number(col.asDouble(row));
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
