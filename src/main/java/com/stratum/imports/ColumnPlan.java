package com.stratum.imports;

import com.stratum.workspace.ColumnRole;
import com.stratum.workspace.DataType;

/**
 * One column as it will be stored: the header text (made unique), the generated SQL name
 * ({@code C1..Cn}), the type and the role (null when none). {@code sourceIndex} is the 0-based
 * column in the sheet, or -1 for the amount derived from quantity x unit price.
 */
public record ColumnPlan(int sourceIndex, String header, String sqlName, ColumnType type, ColumnRole role) {

    /**
     * The stored name of the amount derived from quantity x unit price: one neutral (English) name in the
     * workspace and the CLI, whatever the sheet's language; the window shows it in its own language.
     */
    public static final String DERIVED_AMOUNT_HEADER = "Amount (quantity x unit price)";

    /** True for the derived amount column of a dataset (by its stored name and role). */
    public static boolean isDerivedAmount(String header, String roleKey) {
        return DERIVED_AMOUNT_HEADER.equals(header) && "amount".equals(roleKey);
    }


    public DataType dataType() {
        return type.dataType();
    }

    public boolean derived() {
        return sourceIndex < 0;
    }
}
