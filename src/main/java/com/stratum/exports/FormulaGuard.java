package com.stratum.exports;

/**
 * Neutralises text that a spreadsheet would run as a formula ("CSV injection"). Following OWASP,
 * text starting with = + - @, a tab or a carriage return gets a leading single quote, so Excel and
 * LibreOffice show it as text. Only text is touched: numbers are written as numbers by the writers.
 */
public final class FormulaGuard {

    private FormulaGuard() {
    }

    /** True when the text would be taken for a formula (or a DDE payload) by a spreadsheet. */
    public static boolean isDangerous(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    /** The text itself, or the text prefixed with a single quote when it is dangerous. */
    public static String neutralise(String text) {
        return isDangerous(text) ? "'" + text : text;
    }
}
