package com.stratum.features;

import java.time.LocalDate;
import java.util.BitSet;

/** A date feature stored as epoch days. */
public record DateColumn(String name, int[] epochDays, BitSet missing) implements Column {

    @Override
    public int size() {
        return epochDays.length;
    }

    @Override
    public boolean isMissing(int row) {
        return missing.get(row);
    }

    @Override
    public double asDouble(int row) {
        return missing.get(row) ? Double.NaN : epochDays[row];
    }

    public LocalDate date(int row) {
        return missing.get(row) ? null : LocalDate.ofEpochDay(epochDays[row]);
    }
}
