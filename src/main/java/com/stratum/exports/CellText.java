package com.stratum.exports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** How a cell value reads as text in a csv file: exact decimals, ISO dates, empty for null. */
final class CellText {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private CellText() {
    }

    static String of(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof String s) {
            return FormulaGuard.neutralise(s);
        }
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return value.toString();
        }
        if (value instanceof Double || value instanceof Float) {
            return ofDouble(((Number) value).doubleValue());
        }
        if (value instanceof Percent p) {
            return ofDouble(p.fraction());
        }
        if (value instanceof LocalDate d) {
            return d.toString();
        }
        if (value instanceof LocalDateTime t) {
            // a space, not ISO's 'T': Excel and LibreOffice read "2025-06-30 14:05:00" as a date-time
            return DATE_TIME.format(t);
        }
        if (value instanceof Boolean b) {
            return b.toString();
        }
        return FormulaGuard.neutralise(value.toString());
    }

    /** Shortest exact decimal of the double, never in scientific notation; NaN and infinities are empty. */
    static String ofDouble(double d) {
        if (!Double.isFinite(d)) {
            return "";
        }
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString((long) d);
        }
        return BigDecimal.valueOf(d).toPlainString();
    }
}
