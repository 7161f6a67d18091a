package com.stratum.engine;

import com.stratum.features.CategoricalColumn;
import com.stratum.features.Column;
import com.stratum.features.CustomerFrame;
import com.stratum.features.DateColumn;
import com.stratum.features.MoneyColumn;
import com.stratum.features.NumericColumn;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds small frames by hand for tests. */
final class Frames {

    private final String[] ids;
    private final List<Column> columns = new ArrayList<>();

    private Frames(String... ids) {
        this.ids = ids;
    }

    static Frames ids(String... ids) {
        return new Frames(ids);
    }

    /** Numbers; null means missing. */
    Frames num(String name, Double... values) {
        double[] v = new double[values.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = values[i] == null ? Double.NaN : values[i];
        }
        columns.add(new NumericColumn(name, v));
        return this;
    }

    /** Money given as decimal text ("12.50"); null means missing. */
    Frames money(String name, String... amounts) {
        long[] c = new long[amounts.length];
        BitSet missing = new BitSet();
        for (int i = 0; i < c.length; i++) {
            if (amounts[i] == null) {
                missing.set(i);
            } else {
                c[i] = new BigDecimal(amounts[i]).movePointRight(2).longValueExact();
            }
        }
        columns.add(new MoneyColumn(name, c, missing));
        return this;
    }

    Frames cat(String name, String... labels) {
        Map<String, Integer> levels = new LinkedHashMap<>();
        int[] codes = new int[labels.length];
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] == null) {
                codes[i] = CategoricalColumn.MISSING;
            } else {
                codes[i] = levels.computeIfAbsent(labels[i], k -> levels.size());
            }
        }
        columns.add(new CategoricalColumn(name, codes, List.copyOf(levels.keySet())));
        return this;
    }

    Frames date(String name, String... isoDates) {
        int[] d = new int[isoDates.length];
        BitSet missing = new BitSet();
        for (int i = 0; i < d.length; i++) {
            if (isoDates[i] == null) {
                missing.set(i);
            } else {
                d[i] = (int) LocalDate.parse(isoDates[i]).toEpochDay();
            }
        }
        columns.add(new DateColumn(name, d, missing));
        return this;
    }

    CustomerFrame build() {
        return new CustomerFrame(ids, LocalDate.of(2024, 1, 1), columns);
    }

    static Double[] d(double... v) {
        Double[] out = new Double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i];
        }
        return out;
    }
}
