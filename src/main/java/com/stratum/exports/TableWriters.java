package com.stratum.exports;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/** Picks the writer for a file from its extension. */
public final class TableWriters {

    private TableWriters() {
    }

    /** The file formats exports write. */
    public enum Format { CSV, XLSX }

    /** The format a file name asks for; IllegalArgumentException for anything but .csv and .xlsx. */
    public static Format formatOf(Path path) {
        String name = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            return Format.CSV;
        }
        if (name.endsWith(".xlsx")) {
            return Format.XLSX;
        }
        throw new IllegalArgumentException("Cannot export to " + path + ": the file name must end with .csv or .xlsx");
    }

    /** A {@link CsvTableWriter} (UTF-8 with BOM) for .csv, an {@link XlsxTableWriter} for .xlsx. */
    public static TableWriter forPath(Path path) throws IOException {
        return formatOf(path) == Format.CSV ? new CsvTableWriter(path) : new XlsxTableWriter(path);
    }
}
