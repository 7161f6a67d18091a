package com.stratum.exports;

/**
 * Neutralises text that a spreadsheet would run as a formula ("CSV injection"): text starting with
 * = + - @, a tab or a carriage return. In csv, following OWASP, such text gets a leading single quote
 * ({@link #neutralise}), so Excel and LibreOffice show it as text. In xlsx the text is written unchanged
 * in a text cell whose style is quote-prefixed ({@code CellStyle.setQuotePrefixed}), the hidden flag
 * Excel itself sets for a typed "'": it stays text when the cell is edited, and no apostrophe shows.
 * Only text is touched: numbers are written as numbers by the writers.
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

    /** For csv: the text itself, or the text prefixed with a single quote when it is dangerous. */
    public static String neutralise(String text) {
        return isDangerous(text) ? "'" + text : text;
    }
}
