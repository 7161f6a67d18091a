package com.stratum.workspace;

/**
 * A stored column of a dataset: 1-based ordinal, the header text shown to users, the generated
 * SQL name ({@code C1..Cn}), its type and its role (null when none).
 */
public record DatasetColumn(int ordinal, String header, String sqlName, DataType dataType, ColumnRole role) {
}
