package com.stratum.imports;

import java.util.List;

/**
 * Finds the header row when title rows ("Sales report 2024", "Exported on ...") sit above it:
 * the first row whose cells are all text labels and that is at least half as wide as the
 * widest of the first rows.
 */
final class HeaderDetector {

    static final int SEARCH_ROWS = 30;

    private HeaderDetector() {
    }

    /** Index into {@code rows} (non-blank rows in sheet order) of the header, or -1 when there is none. */
    static int find(List<BufferedRow> rows) {
        int limit = Math.min(rows.size(), SEARCH_ROWS);
        int widest = 0;
        for (int i = 0; i < limit; i++) {
            widest = Math.max(widest, rows.get(i).nonEmpty());
        }
        int needed = Math.max(widest == 1 ? 1 : 2, (widest + 1) / 2);
        for (int i = 0; i < limit; i++) {
            BufferedRow r = rows.get(i);
            if (r.nonEmpty() >= needed && isLabelRow(r)) {
                return i;
            }
        }
        return -1;
    }

    static boolean isLabelRow(BufferedRow r) {
        DateText.Parts parts = new DateText.Parts();
        for (Object o : r.cells()) {
            if (o == null) {
                continue;
            }
            if (!(o instanceof String)) {
                return false;
            }
            String s = (String) o;
            if (NumberText.parse(s) != null || NumberText.parse(s, NumberStyle.COMMA_DECIMAL) != null
                    || DateText.scan(s, parts)) {
                return false;
            }
        }
        return true;
    }
}
