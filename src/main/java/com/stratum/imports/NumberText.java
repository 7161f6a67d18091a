package com.stratum.imports;

import java.math.BigDecimal;

/**
 * Parses numbers as people type them in spreadsheets: thousands separators ({@code 1,234.50},
 * {@code 1 234.50}), currency signs and codes ({@code ¥ $ € £ RMB CNY USD EUR GBP 元}),
 * parentheses or a trailing minus for negatives ({@code (12.50)}, {@code 12.50-}) and percent
 * ({@code 12.5%} is 0.125). European {@code 1.234,56} is read when both separators appear.
 * A comma-decimal column ({@link NumberStyle#COMMA_DECIMAL}) reads {@code 12,50}, {@code 1.234,50}
 * and {@code 1 234,50}, and {@code 1.234} as 1234. Returns null when the text is not a number.
 */
final class NumberText {

    private static final String[] CODES = {"RMB", "CNY", "USD", "EUR", "GBP", "HKD"};

    private NumberText() {
    }

    /** Point decimal, as today: {@code 1,234.50}; {@code 1.234,56} too since both separators say which is which. */
    static BigDecimal parse(String text) {
        return parse(text, NumberStyle.POINT_DECIMAL, true);
    }

    /** In a column of the given style (see {@link NumberStyleVote}). */
    static BigDecimal parse(String text, NumberStyle style) {
        return parse(text, style, style == NumberStyle.POINT_DECIMAL);
    }

    /** Only the style's own reading: {@code 1.234,56} is not a point-decimal number here. For the vote. */
    static BigDecimal parseStrict(String text, NumberStyle style) {
        return parse(text, style, false);
    }

    /** {@code swapWhenBoth}: a point-decimal text with a comma after a point ({@code 1.234,56}) reads as comma decimal. */
    private static BigDecimal parse(String text, NumberStyle style, boolean swapWhenBoth) {
        if (text == null) {
            return null;
        }
        String s = text.strip();
        if (s.isEmpty() || s.length() > 60) {
            return null;
        }
        boolean negative = false;
        boolean percent = false;
        if (s.startsWith("(") && s.endsWith(")")) {
            negative = true;
            s = s.substring(1, s.length() - 1).strip();
        }
        s = stripCurrency(s);
        if (s.startsWith("-") || s.startsWith("\u2212")) {
            negative = !negative;
            s = s.substring(1).strip();
        } else if (s.startsWith("+")) {
            s = s.substring(1).strip();
        } else if (s.endsWith("-") && s.length() > 1) {
            negative = !negative;
            s = s.substring(0, s.length() - 1).strip();
        }
        s = stripCurrency(s);
        if (s.startsWith("(") && s.endsWith(")") && !negative) {
            negative = true;
            s = s.substring(1, s.length() - 1).strip();
        }
        if (s.endsWith("%")) {
            percent = true;
            s = s.substring(0, s.length() - 1).strip();
        }
        String digits = normalizeSeparators(s, style, swapWhenBoth);
        if (digits == null) {
            return null;
        }
        BigDecimal v;
        try {
            v = new BigDecimal(digits);
        } catch (NumberFormatException e) {
            return null;
        }
        if (percent) {
            v = v.movePointLeft(2);
        }
        return negative ? v.negate() : v;
    }

    private static String stripCurrency(String s) {
        if (s.isEmpty()) {
            return s;
        }
        char first = s.charAt(0);
        if (first == '¥' || first == '￥' || first == '$' || first == '€' || first == '£') {
            return s.substring(1).strip();
        }
        char last = s.charAt(s.length() - 1);
        if (last == '¥' || last == '￥' || last == '$' || last == '€' || last == '£' || last == '元') {
            return s.substring(0, s.length() - 1).strip();
        }
        for (String code : CODES) {
            if (s.length() > code.length() && s.regionMatches(true, 0, code, 0, code.length())) {
                return s.substring(code.length()).strip();
            }
            if (s.length() > code.length() && s.regionMatches(true, s.length() - code.length(), code, 0, code.length())) {
                return s.substring(0, s.length() - code.length()).strip();
            }
        }
        if (s.length() > 2 && (s.startsWith("US$") || s.startsWith("HK$"))) {
            return s.substring(3).strip();
        }
        return s;
    }

    /** Plain digits with at most one '.', or null when the grouping is not a valid number. */
    private static String normalizeSeparators(String s, NumberStyle style, boolean swapWhenBoth) {
        if (s.isEmpty()) {
            return null;
        }
        int lastDot = s.lastIndexOf('.');
        int lastComma = s.lastIndexOf(',');
        char decimal = style.decimalSeparator();
        char group = decimal == '.' ? ',' : '.';
        if (swapWhenBoth && decimal == '.' && lastComma > lastDot && lastDot >= 0) {
            decimal = ',';
            group = '.';
        }
        StringBuilder b = new StringBuilder(s.length());
        int digitsSinceGroup = -1; // -1: no group separator seen yet
        boolean seenDecimal = false;
        boolean seenExp = false;
        int intDigits = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                b.append(c);
                if (!seenDecimal && !seenExp) {
                    intDigits++;
                    if (digitsSinceGroup >= 0) {
                        digitsSinceGroup++;
                    }
                }
            } else if (c == decimal && !seenDecimal && !seenExp) {
                if (digitsSinceGroup >= 0 && digitsSinceGroup != 3) {
                    return null;
                }
                seenDecimal = true;
                b.append('.');
            } else if ((c == group || c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\'') && !seenDecimal && !seenExp) {
                if (intDigits == 0 || (digitsSinceGroup >= 0 && digitsSinceGroup != 3)
                        || (digitsSinceGroup < 0 && intDigits > 3)) {
                    return null;
                }
                digitsSinceGroup = 0;
            } else if ((c == 'e' || c == 'E') && !seenExp && b.length() > 0) {
                seenExp = true;
                b.append('E');
                if (i + 1 < s.length() && (s.charAt(i + 1) == '-' || s.charAt(i + 1) == '+')) {
                    b.append(s.charAt(++i));
                }
            } else {
                return null;
            }
        }
        if (digitsSinceGroup >= 0 && !seenDecimal && digitsSinceGroup != 3) {
            return null;
        }
        if (b.length() == 0 || b.charAt(b.length() - 1) == 'E' || b.toString().equals(".")) {
            return null;
        }
        return b.toString();
    }

    /** True for text that looks numeric but is an identifier or code: a leading zero such as 00123. */
    static boolean hasLeadingZero(String text) {
        String s = text.strip();
        return s.length() > 1 && s.charAt(0) == '0' && Character.isDigit(s.charAt(1));
    }
}
