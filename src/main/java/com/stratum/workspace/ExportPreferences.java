package com.stratum.workspace;

import java.util.List;

/**
 * What the user last chose when exporting a definition's runs: the column keys in order and the
 * handling of personal columns ({@code keep}, {@code mask} or {@code omit}).
 */
public record ExportPreferences(List<String> columns, String personalData) {

    public ExportPreferences {
        columns = List.copyOf(columns);
    }
}
