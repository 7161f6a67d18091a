package com.stratum.workspace;

import java.util.Locale;

/**
 * The type of an imported column (docs/ARCHITECTURE.md). Values are stored in column chunks
 * ({@link ChunkFormat}); {@link #sqlType} is the SQL column type of the row layout before schema 3
 * (the layout {@link RowTableConversion} converts; test fixtures build it).
 */
public enum DataType {
    TEXT("VARCHAR"),
    INTEGER("BIGINT"),
    DECIMAL("DECIMAL(38,10)"),
    DATE("DATE"),
    TIMESTAMP("TIMESTAMP"),
    BOOLEAN("BOOLEAN");

    private final String sqlType;

    DataType(String sqlType) {
        this.sqlType = sqlType;
    }

    public String sqlType() {
        return sqlType;
    }

    /** Decimals a DECIMAL value keeps at most (rounded half-up, as the old SQL column type did). */
    public static final int DECIMAL_SCALE = 10;

    public static DataType fromName(String name) {
        return valueOf(name.trim().toUpperCase(Locale.ROOT));
    }
}
