package com.stratum.imports;

/** A spreadsheet error value such as {@code #DIV/0!} or {@code #N/A} (the cached result of a formula). */
public record CellError(String code) {

    private static final java.util.Set<String> CODES = java.util.Set.of("#NULL!", "#DIV/0!", "#VALUE!", "#REF!",
            "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA", "#SPILL!", "#CALC!", "#FIELD!", "#BLOCKED!", "#CONNECT!",
            "#BUSY!", "#UNKNOWN!");

    /** True when {@code text} is one of Excel's error codes. */
    public static boolean isErrorCode(String text) {
        return text != null && !text.isEmpty() && text.charAt(0) == '#' && CODES.contains(text);
    }

    @Override
    public String toString() {
        return code;
    }
}
