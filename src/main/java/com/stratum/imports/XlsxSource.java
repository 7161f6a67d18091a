package com.stratum.imports;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * An .xlsx workbook, its sheets streamed by {@link XlsxSheetReader}: rows are parsed from the
 * sheet XML as they are read, so memory does not grow with the sheet (only the shared strings are
 * held). Formula cells give their cached value.
 */
final class XlsxSource implements SpreadsheetSource {

    private final Path file;
    private final XlsxPackage pkg;
    private final List<String> sheetNames = new ArrayList<>();

    XlsxSource(Path file) throws IOException {
        this.file = file;
        this.pkg = new XlsxPackage(file);
        for (XlsxPackage.SheetPart s : pkg.sheets()) {
            sheetNames.add(s.name());
        }
    }

    @Override
    public Path file() {
        return file;
    }

    @Override
    public List<String> sheetNames() {
        return sheetNames;
    }

    @Override
    public SheetReader openSheet(String sheet) throws IOException {
        String name = resolveSheet(sheet);
        String entry = pkg.sheets().get(sheetNames.indexOf(name)).entry();
        return new XlsxSheetReader(pkg, entry, name);
    }

    @Override
    public void close() throws IOException {
        pkg.close();
    }
}
