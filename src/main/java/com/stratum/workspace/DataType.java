package com.stratum.workspace;

import java.util.Locale;

/** The type of an imported column, and the SQL type it is stored as (docs/ARCHITECTURE.md). */
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

    /** Scale of DECIMAL columns in the workspace. */
    public static final int DECIMAL_SCALE = 10;

    public static DataType fromName(String name) {
        return valueOf(name.trim().toUpperCase(Locale.ROOT));
    }
}
