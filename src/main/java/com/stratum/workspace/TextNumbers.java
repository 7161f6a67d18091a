package com.stratum.workspace;

import java.math.BigDecimal;

/**
 * Last-resort parsing of numbers kept as text in the workspace: currency signs, spaces and
 * thousands separators are dropped, (12.50) and a trailing minus mean negative. Null when the
 * text is not a number.
 */
final class TextNumbers {

    private TextNumbers() {
    }

    static BigDecimal parse(String text) {
        String s = text.strip();
        boolean negative = false;
        if (s.startsWith("(") && s.endsWith(")")) {
            negative = true;
            s = s.substring(1, s.length() - 1);
        }
        if (s.endsWith("-")) {
            negative = true;
            s = s.substring(0, s.length() - 1);
        }
        s = s.replaceAll("(?i)rmb|cny|usd|eur|gbp|元|[\\s,¥￥$€£\\u00a0]", "");
        if (s.isEmpty()) {
            return null;
        }
        try {
            BigDecimal v = new BigDecimal(s);
            return negative ? v.negate() : v;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
