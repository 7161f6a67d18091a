package com.stratum.imports;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** An opened spreadsheet file: its sheets (a CSV has one) and a reader per sheet. */
public interface SpreadsheetSource extends Closeable {

    Path file();

    /** The sheet names in workbook order; a CSV file has one sheet named after the file. */
    List<String> sheetNames();

    /** Opens a reader on a sheet by name; the first sheet when {@code sheet} is null. */
    SheetReader openSheet(String sheet) throws IOException;

    /** The name of the sheet {@link #openSheet} opens for {@code sheet}; fails clearly when absent. */
    default String resolveSheet(String sheet) {
        List<String> names = sheetNames();
        if (names.isEmpty()) {
            throw ImportException.of("import.sheet.none", file().getFileName());
        }
        if (sheet == null || sheet.isBlank()) {
            return names.get(0);
        }
        for (String n : names) {
            if (n.equals(sheet)) {
                return n;
            }
        }
        for (String n : names) {
            if (n.equalsIgnoreCase(sheet.trim())) {
                return n;
            }
        }
        throw ImportException.of("import.sheet.missing", file().getFileName(), sheet, String.join(", ", names));
    }

    @Override
    void close() throws IOException;
}
