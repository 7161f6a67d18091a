package com.stratum.ui.builder;

import com.stratum.features.CategoricalColumn;
import com.stratum.features.Column;
import com.stratum.features.DateColumn;
import com.stratum.features.MoneyColumn;
import com.stratum.ui.charts.HistogramData;

import java.time.LocalDate;
import java.util.List;

/**
 * A feature's real distribution for its condition editor: range and histogram (numbers), each
 * level's customer count (categories), first and last date (dates). One pass over the column.
 * {@code money} marks amounts, typed and shown with 2 decimals.
 */
public record FieldStats(String feature, FieldKind kind, double min, double max, HistogramData histogram,
                         List<String> levels, long[] levelCounts, LocalDate firstDate, LocalDate lastDate,
                         long missing, boolean money) {

    public static final int BINS = 40;

    public static FieldStats of(Column c) {
        FieldKind kind = FieldKind.of(c);
        int n = c.size();
        long missing = 0;
        for (int i = 0; i < n; i++) {
            if (c.isMissing(i)) {
                missing++;
            }
        }
        switch (kind) {
            case CATEGORY -> {
                CategoricalColumn cat = (CategoricalColumn) c;
                long[] counts = new long[cat.levels().size()];
                for (int code : cat.codes()) {
                    if (code >= 0) {
                        counts[code]++;
                    }
                }
                return new FieldStats(c.name(), kind, Double.NaN, Double.NaN, null, cat.levels(), counts, null, null,
                        missing, false);
            }
            case DATE -> {
                DateColumn d = (DateColumn) c;
                int lo = Integer.MAX_VALUE;
                int hi = Integer.MIN_VALUE;
                for (int i = 0; i < n; i++) {
                    if (!d.isMissing(i)) {
                        lo = Math.min(lo, d.epochDays()[i]);
                        hi = Math.max(hi, d.epochDays()[i]);
                    }
                }
                return new FieldStats(c.name(), kind, lo, hi, null, List.of(), new long[0],
                        lo > hi ? null : LocalDate.ofEpochDay(lo), lo > hi ? null : LocalDate.ofEpochDay(hi), missing, false);
            }
            default -> {
                double[] v = new double[n];
                for (int i = 0; i < n; i++) {
                    v[i] = c.asDouble(i);
                }
                HistogramData h = HistogramData.of(v, BINS);
                double lo = Double.POSITIVE_INFINITY;
                double hi = Double.NEGATIVE_INFINITY;
                for (double d : v) {
                    if (!Double.isNaN(d)) {
                        lo = Math.min(lo, d);
                        hi = Math.max(hi, d);
                    }
                }
                if (lo > hi) {
                    lo = 0;
                    hi = 1;
                }
                return new FieldStats(c.name(), kind, lo, hi, h, List.of(), new long[0], null, null, missing,
                        c instanceof MoneyColumn);
            }
        }
    }
}
