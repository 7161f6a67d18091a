package com.stratum.ui.service;

/** A column of an imported dataset: its original header, SQL type name and role key (null if none). */
public record DatasetColumn(int ordinal, String header, String dataType, String role) {
}
