package com.stratum.imports;

import java.time.DateTimeException;
import java.time.LocalDateTime;

/**
 * Parses dates and date-times typed as text: ISO ({@code 2024-01-31}, {@code 2024-01-31T08:30:00}),
 * {@code 2024/01/31}, {@code 2024.01.31}, {@code 31.01.2024} (always day first),
 * {@code 01/31/2024} or {@code 31/01/2024} (order given by the column), Chinese
 * {@code 2024年1月31日}, each optionally followed by a time ({@code 8:26}, {@code 08:26:59},
 * {@code 8:26 PM}, {@code 下午3:05}, {@code 15时5分}).
 */
final class DateText {

    /** The parsed parts of one text, before the day/month order is applied. */
    static final class Parts {
        int year;
        int a; // month for year-first; first number otherwise
        int b;
        boolean yearFirst;
        boolean dotted; // 31.01.2024: always day first
        boolean hasTime;
        int hour;
        int minute;
        int second;
        int nanos;
    }

    private DateText() {
    }

    /** Parses {@code text} into {@code p}; false when it is not a date. */
    static boolean scan(String text, Parts p) {
        String s = text.strip();
        int n = s.length();
        if (n < 8 || n > 40) {
            return false;
        }
        int[] pos = {0};
        int g1 = readInt(s, pos, 4);
        int len1 = pos[0];
        if (g1 < 0) {
            return false;
        }
        p.hasTime = false;
        p.hour = p.minute = p.second = p.nanos = 0;
        p.dotted = false;
        if (len1 == 4) {
            // year first: 2024-01-31, 2024/1/31, 2024.01.31, 2024年1月31日
            char sep = s.charAt(pos[0]);
            boolean chinese = sep == '年';
            if (!(sep == '-' || sep == '/' || sep == '.' || chinese)) {
                return false;
            }
            pos[0]++;
            int start = pos[0];
            int m = readInt(s, pos, 2);
            if (m < 0 || pos[0] >= n) {
                return false;
            }
            char sep2 = s.charAt(pos[0]);
            if (chinese ? sep2 != '月' : sep2 != sep) {
                return false;
            }
            pos[0]++;
            int d = readInt(s, pos, 2);
            if (d < 0 || pos[0] - start < 3) {
                return false;
            }
            if (chinese) {
                if (pos[0] < n && (s.charAt(pos[0]) == '日' || s.charAt(pos[0]) == '号')) {
                    pos[0]++;
                } else {
                    return false;
                }
            }
            p.year = g1;
            p.a = m;
            p.b = d;
            p.yearFirst = true;
        } else {
            if (len1 > 2 || pos[0] >= n) {
                return false;
            }
            char sep = s.charAt(pos[0]);
            if (!(sep == '/' || sep == '-' || sep == '.')) {
                return false;
            }
            pos[0]++;
            int g2 = readInt(s, pos, 2);
            if (g2 < 0 || pos[0] >= n || s.charAt(pos[0]) != sep) {
                return false;
            }
            pos[0]++;
            int ys = pos[0];
            int y = readInt(s, pos, 4);
            if (y < 0 || pos[0] - ys != 4) {
                return false;
            }
            p.year = y;
            p.a = g1;
            p.b = g2;
            p.yearFirst = false;
            p.dotted = sep == '.';
        }
        return readTime(s, pos[0], p);
    }

    private static boolean readTime(String s, int i, Parts p) {
        int n = s.length();
        if (i >= n) {
            return true;
        }
        char c = s.charAt(i);
        if (c != ' ' && c != 'T' && c != '\u00A0') {
            return false;
        }
        while (i < n && (s.charAt(i) == ' ' || s.charAt(i) == 'T' || s.charAt(i) == '\u00A0')) {
            i++;
        }
        boolean pm = false;
        boolean am = false;
        if (s.startsWith("下午", i) || s.startsWith("晚上", i)) {
            pm = true;
            i += 2;
        } else if (s.startsWith("上午", i) || s.startsWith("凌晨", i) || s.startsWith("早上", i)) {
            am = true;
            i += 2;
        } else if (s.startsWith("中午", i)) {
            i += 2;
        }
        int[] pos = {i};
        int h = readInt(s, pos, 2);
        if (h < 0 || pos[0] >= n) {
            return false;
        }
        char sep = s.charAt(pos[0]);
        boolean chinese = sep == '时' || sep == '點' || sep == '点';
        if (sep != ':' && !chinese) {
            return false;
        }
        pos[0]++;
        int m = readInt(s, pos, 2);
        if (m < 0) {
            return false;
        }
        int sec = 0;
        int nanos = 0;
        if (chinese) {
            if (pos[0] < n && s.charAt(pos[0]) == '分') {
                pos[0]++;
                if (pos[0] < n) {
                    sec = readInt(s, pos, 2);
                    if (sec < 0 || pos[0] >= n || s.charAt(pos[0]) != '秒') {
                        return false;
                    }
                    pos[0]++;
                }
            } else {
                return false;
            }
        } else if (pos[0] < n && s.charAt(pos[0]) == ':') {
            pos[0]++;
            sec = readInt(s, pos, 2);
            if (sec < 0) {
                return false;
            }
            if (pos[0] < n && (s.charAt(pos[0]) == '.' || s.charAt(pos[0]) == ',')) {
                pos[0]++;
                int start = pos[0];
                long frac = 0;
                while (pos[0] < n && Character.isDigit(s.charAt(pos[0])) && pos[0] - start < 9) {
                    frac = frac * 10 + (s.charAt(pos[0]) - '0');
                    pos[0]++;
                }
                int digits = pos[0] - start;
                if (digits == 0) {
                    return false;
                }
                for (int k = digits; k < 9; k++) {
                    frac *= 10;
                }
                nanos = (int) frac;
            }
        }
        int j = pos[0];
        while (j < n && s.charAt(j) == ' ') {
            j++;
        }
        String rest = s.substring(j);
        if (rest.equalsIgnoreCase("PM") || rest.equalsIgnoreCase("P.M.")) {
            pm = true;
        } else if (rest.equalsIgnoreCase("AM") || rest.equalsIgnoreCase("A.M.")) {
            am = true;
        } else if (!(rest.isEmpty() || rest.equals("Z"))) {
            return false;
        }
        if (pm || am) {
            if (h < 1 || h > 12) {
                if (!(pm && h > 12 && h < 24)) {
                    return false;
                }
            } else if (pm && h < 12) {
                h += 12;
            } else if (am && h == 12) {
                h = 0;
            }
        }
        if (h > 23 || m > 59 || sec > 59) {
            return false;
        }
        p.hasTime = true;
        p.hour = h;
        p.minute = m;
        p.second = sec;
        p.nanos = nanos;
        return true;
    }

    /** Reads 1..maxDigits digits at pos; -1 when there is none. */
    private static int readInt(String s, int[] pos, int maxDigits) {
        int i = pos[0];
        int v = 0;
        int start = i;
        while (i < s.length() && i - start < maxDigits) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                break;
            }
            v = v * 10 + (c - '0');
            i++;
        }
        if (i == start) {
            return -1;
        }
        pos[0] = i;
        return v;
    }

    /** The date-time for parsed parts in the given order, or null when it is not a real date. */
    static LocalDateTime toDateTime(Parts p, DateOrder order) {
        int month;
        int day;
        if (p.yearFirst) {
            month = p.a;
            day = p.b;
        } else if (p.dotted || order == DateOrder.DAY_FIRST) {
            day = p.a;
            month = p.b;
        } else {
            month = p.a;
            day = p.b;
        }
        if (p.year < 1000 || month < 1 || month > 12 || day < 1 || day > 31) {
            return null;
        }
        try {
            return LocalDateTime.of(p.year, month, day, p.hour, p.minute, p.second, p.nanos);
        } catch (DateTimeException e) {
            return null;
        }
    }

    static LocalDateTime parse(String text, DateOrder order) {
        Parts p = new Parts();
        return scan(text, p) ? toDateTime(p, order) : null;
    }
}
