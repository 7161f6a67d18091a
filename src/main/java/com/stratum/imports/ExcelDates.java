package com.stratum.imports;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;

/** Excel serial dates (1900 and 1904 systems) and date number formats. */
final class ExcelDates {

    private static final LocalDate EPOCH_1900 = LocalDate.of(1899, 12, 31);
    private static final LocalDate EPOCH_1904 = LocalDate.of(1904, 1, 1);
    private static final long MILLIS_PER_DAY = 86_400_000L;

    private ExcelDates() {
    }

    /**
     * Converts a serial to a date-time. In the 1900 system serial 1 is 1900-01-01 and serial 60
     * is Lotus 1-2-3's phantom 1900-02-29 (kept for compatibility), so serials from 61 on are one
     * day ahead of a plain count. Times are rounded to the millisecond.
     */
    static LocalDateTime fromSerial(double serial, boolean date1904) {
        if (!(serial >= 0) || serial > 2_958_465.99999) { // 9999-12-31
            return null;
        }
        long days = (long) Math.floor(serial);
        long millis = Math.round((serial - days) * MILLIS_PER_DAY);
        if (millis >= MILLIS_PER_DAY) {
            days++;
            millis -= MILLIS_PER_DAY;
        }
        LocalDate date;
        if (date1904) {
            date = EPOCH_1904.plusDays(days);
        } else {
            date = EPOCH_1900.plusDays(days >= 61 ? days - 1 : days);
        }
        return date.atStartOfDay().plusNanos(millis * 1_000_000L);
    }

    /** True for the built-in date/time format ids and for custom formats with date or time letters. */
    static boolean isDateFormat(Integer id, String format) {
        if (id != null) {
            int i = id;
            if ((i >= 14 && i <= 22) || (i >= 27 && i <= 36) || (i >= 45 && i <= 47) || (i >= 50 && i <= 58)) {
                return true;
            }
            if (i < 164 && (format == null || format.isEmpty())) {
                return false;
            }
        }
        if (format == null || format.isEmpty()) {
            return false;
        }
        String f = format.toLowerCase(Locale.ROOT);
        StringBuilder plain = new StringBuilder(f.length());
        boolean quoted = false;
        for (int i = 0; i < f.length(); i++) {
            char c = f.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (quoted) {
                continue;
            } else if (c == '\\' || c == '_' || c == '*') {
                i++; // escaped or padding character
            } else if (c == '[') {
                int end = f.indexOf(']', i);
                if (end < 0) {
                    break;
                }
                String inside = f.substring(i + 1, end);
                if (inside.matches("h+|m+|s+")) {
                    plain.append(inside); // elapsed time [h]:mm
                }
                i = end;
            } else if (c == ';') {
                break; // the positive section decides
            } else {
                plain.append(c);
            }
        }
        String p = plain.toString();
        if (p.contains("general")) {
            return false;
        }
        return p.indexOf('y') >= 0 || p.indexOf('d') >= 0 || p.indexOf('h') >= 0 || p.indexOf('s') >= 0
                || (p.indexOf('m') >= 0 && p.indexOf('0') < 0 && p.indexOf('#') < 0);
    }

    /**
     * A whole number written as yyyymmdd (19970101: 1 January 1997), years 1900-2199; null when
     * it is not one. Excel serials never reach eight digits, so the two cannot be confused.
     */
    static LocalDateTime fromCompact(java.math.BigDecimal n) {
        if (n.signum() <= 0 || n.scale() > 0 && n.stripTrailingZeros().scale() > 0) {
            return null;
        }
        long v;
        try {
            v = n.longValueExact();
        } catch (ArithmeticException e) {
            return null;
        }
        if (v < 19000101L || v > 21991231L) {
            return null;
        }
        int year = (int) (v / 10000);
        int month = (int) (v / 100 % 100);
        int day = (int) (v % 100);
        if (month < 1 || month > 12 || day < 1 || day > java.time.YearMonth.of(year, month).lengthOfMonth()) {
            return null;
        }
        return java.time.LocalDate.of(year, month, day).atStartOfDay();
    }
}
