package com.stratum.workspace;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Last-resort parsing of dates kept as text in the workspace (the importer types real dates; this
 * covers a column it left as text): ISO and year-first forms with - or / and an optional time.
 */
final class TextDates {

    private static final List<DateTimeFormatter> DATE_TIMES = List.of(
            DateTimeFormatter.ofPattern("uuuu-M-d H:mm[:ss][.SSS]"),
            DateTimeFormatter.ofPattern("uuuu/M/d H:mm[:ss][.SSS]"),
            DateTimeFormatter.ofPattern("uuuu-M-d'T'H:mm[:ss][.SSS]"));
    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ofPattern("uuuu-M-d"),
            DateTimeFormatter.ofPattern("uuuu/M/d"),
            DateTimeFormatter.ofPattern("uuuu.M.d"),
            DateTimeFormatter.ofPattern("uuuuMMdd"));

    private TextDates() {
    }

    static LocalDateTime parseDateTime(String text) {
        String s = text.strip();
        for (DateTimeFormatter f : DATE_TIMES) {
            try {
                return LocalDateTime.parse(s, f);
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return null;
    }

    static LocalDate parseDate(String text) {
        String s = text.strip();
        for (DateTimeFormatter f : DATES) {
            try {
                return LocalDate.parse(s, f);
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return null;
    }
}
