package com.stratum.imports;

import com.stratum.workspace.DataType;

/**
 * A column's type as the importer reads it: the stored type, the day/month order of text dates,
 * whether plain numbers are Excel date serials, and how numbers written as text mark decimals.
 */
public record ColumnType(DataType dataType, DateOrder dateOrder, boolean serialDates, NumberStyle numberStyle) {

    public ColumnType {
        numberStyle = numberStyle == null ? NumberStyle.POINT_DECIMAL : numberStyle;
    }

    /** Point-decimal numbers (the default). */
    public ColumnType(DataType dataType, DateOrder dateOrder, boolean serialDates) {
        this(dataType, dateOrder, serialDates, NumberStyle.POINT_DECIMAL);
    }

    public static ColumnType of(DataType t) {
        return new ColumnType(t, DateOrder.MONTH_FIRST, false);
    }

    /** A number column whose text numbers are written in {@code style}. */
    public static ColumnType of(DataType t, NumberStyle style) {
        return new ColumnType(t, DateOrder.MONTH_FIRST, false, style);
    }
}
