package com.stratum.imports;

import com.stratum.workspace.ColumnRole;
import com.stratum.workspace.DataType;

/**
 * One column as it will be stored: the header text (made unique), the generated SQL name
 * ({@code C1..Cn}), the type and the role (null when none). {@code sourceIndex} is the 0-based
 * column in the sheet, or -1 for the amount derived from quantity x unit price.
 */
public record ColumnPlan(int sourceIndex, String header, String sqlName, ColumnType type, ColumnRole role) {

    public DataType dataType() {
        return type.dataType();
    }

    public boolean derived() {
        return sourceIndex < 0;
    }
}
