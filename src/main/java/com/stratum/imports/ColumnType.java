package com.stratum.imports;

import com.stratum.workspace.DataType;

/**
 * A column's type as the importer reads it: the stored type, the day/month order of text dates,
 * and whether plain numbers are Excel date serials.
 */
public record ColumnType(DataType dataType, DateOrder dateOrder, boolean serialDates) {

    public static ColumnType of(DataType t) {
        return new ColumnType(t, DateOrder.MONTH_FIRST, false);
    }
}
