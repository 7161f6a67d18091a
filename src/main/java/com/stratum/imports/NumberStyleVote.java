package com.stratum.imports;

/**
 * Decides a column's {@link NumberStyle} from its sample cells. Each text cell is read both ways,
 * strictly (no switching per cell):
 * <ul>
 * <li>only the comma-decimal reading works ({@code 12,50}, {@code -3,5}, {@code 1.234,50},
 *     {@code 1 234,50}, {@code 1.234.567}): a vote for comma decimal;</li>
 * <li>only the point-decimal reading works ({@code 12.50}, {@code 1,234.50}, {@code 1,234,567}):
 *     a vote for point decimal;</li>
 * <li>both work ({@code 12}, {@code 1 234}, and the ambiguous {@code 1,234} or {@code 1.234}),
 *     or neither (words, dates): no vote.</li>
 * </ul>
 * The column is comma-decimal only when some cell votes for it and none for point decimal.
 * Why: a column of only {@code 1,234}-like values reads either way, and English files (the
 * existing behaviour) take it as 1234, so ambiguity keeps the default. A column holding both
 * {@code 12,50} and {@code 1,234.50} is contradictory; it keeps the default too, and the cells
 * that do not fit are rejected with their row and reason, rather than guessed cell by cell.
 * Numbers stored as numbers (spreadsheet numeric cells) carry no separators and do not vote.
 */
final class NumberStyleVote {

    private int commaOnly;
    private int pointOnly;

    void add(Object v) {
        if (!(v instanceof String)) {
            return;
        }
        String s = (String) v;
        if (s.indexOf(',') < 0 && s.indexOf('.') < 0) {
            return; // no separator that could be a decimal: reads the same both ways
        }
        boolean point = NumberText.parseStrict(s, NumberStyle.POINT_DECIMAL) != null;
        boolean comma = NumberText.parseStrict(s, NumberStyle.COMMA_DECIMAL) != null;
        if (comma && !point) {
            commaOnly++;
        } else if (point && !comma) {
            pointOnly++;
        }
    }

    NumberStyle style() {
        return commaOnly > 0 && pointOnly == 0 ? NumberStyle.COMMA_DECIMAL : NumberStyle.POINT_DECIMAL;
    }
}
