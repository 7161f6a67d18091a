package com.stratum.imports;

/** Whether {@code 01/02/2024} means January 2 (month first) or February 1 (day first). */
public enum DateOrder {
    MONTH_FIRST, DAY_FIRST
}
