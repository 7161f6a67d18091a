package com.stratum.ui.history;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;

/** The last day of every calendar quarter from the one containing {@code first} up to {@code last}. */
public final class QuarterEnds {

    private QuarterEnds() {
    }

    public static List<LocalDate> between(LocalDate first, LocalDate last) {
        List<LocalDate> out = new ArrayList<>();
        LocalDate q = endOfQuarter(first);
        while (!q.isAfter(last)) {
            out.add(q);
            q = endOfQuarter(q.plusDays(1));
        }
        return out;
    }

    static LocalDate endOfQuarter(LocalDate d) {
        int quarter = d.get(IsoFields.QUARTER_OF_YEAR);
        LocalDate firstOfNext = LocalDate.of(d.getYear(), quarter * 3, 1).plusMonths(1);
        return firstOfNext.minusDays(1);
    }
}
