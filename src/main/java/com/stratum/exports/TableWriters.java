package com.stratum.exports;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/** Picks the writer for a file from its extension. */
public final class TableWriters {

    private TableWriters() {
    }

    /** A {@link CsvTableWriter} (UTF-8 with BOM) for .csv, an {@link XlsxTableWriter} for .xlsx. */
    public static TableWriter forPath(Path path) throws IOException {
        String name = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            return new CsvTableWriter(path);
        }
        if (name.endsWith(".xlsx")) {
            return new XlsxTableWriter(path);
        }
        throw new IllegalArgumentException("Cannot export to " + path + ": the file name must end with .csv or .xlsx");
    }
}
