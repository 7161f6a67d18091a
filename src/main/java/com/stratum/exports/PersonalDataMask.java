package com.stratum.exports;

/**
 * Masks personal values for exports that must not carry them in clear: enough is left to recognise
 * a record in a campaign tool, not enough to contact the person. Null stays null.
 *
 * <ul>
 *   <li>e-mail: first character of the local part, {@code ***}, then the domain: {@code a***@example.com}</li>
 *   <li>phone: first three and last four digits kept, the digits between starred, separators kept:
 *       {@code 138****5678}, {@code +65 9*** 4567}; numbers of seven digits or fewer keep only their last two</li>
 *   <li>name: the first character, then {@code *} for a Chinese (CJK) name, {@code ***} otherwise:
 *       {@code 张*}, {@code J***} — the length of the name is not given away</li>
 *   <li>anything else: the first character and {@code ***}</li>
 * </ul>
 */
public final class PersonalDataMask {

    /** What kind of personal value a column holds. */
    public enum Kind { NAME, EMAIL, PHONE, OTHER }

    private PersonalDataMask() {
    }

    public static String mask(Kind kind, String value) {
        return switch (kind) {
            case NAME -> name(value);
            case EMAIL -> email(value);
            case PHONE -> phone(value);
            case OTHER -> other(value);
        };
    }

    public static String email(String value) {
        if (value == null || value.isBlank()) {
            return value;
        }
        String v = value.strip();
        int at = v.lastIndexOf('@');
        if (at <= 0) {
            return other(v);
        }
        return firstCodePoint(v) + "***" + v.substring(at);
    }

    public static String phone(String value) {
        if (value == null || value.isBlank()) {
            return value;
        }
        String v = value.strip();
        int digits = 0;
        for (int i = 0; i < v.length(); i++) {
            if (Character.isDigit(v.charAt(i))) {
                digits++;
            }
        }
        int keepFirst = digits >= 8 ? 3 : 0;
        int keepLast = digits >= 8 ? 4 : Math.min(2, digits);
        StringBuilder sb = new StringBuilder(v.length());
        int seen = 0;
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (Character.isDigit(c)) {
                seen++;
                boolean keep = seen <= keepFirst || seen > digits - keepLast;
                sb.append(keep ? c : '*');
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    public static String name(String value) {
        if (value == null || value.isBlank()) {
            return value;
        }
        String v = value.strip();
        String first = firstCodePoint(v);
        boolean cjk = Character.UnicodeScript.of(first.codePointAt(0)) == Character.UnicodeScript.HAN;
        return first + (cjk ? "*" : "***");
    }

    public static String other(String value) {
        if (value == null || value.isBlank()) {
            return value;
        }
        String v = value.strip();
        return firstCodePoint(v) + "***";
    }

    private static String firstCodePoint(String s) {
        return new String(Character.toChars(s.codePointAt(0)));
    }
}
