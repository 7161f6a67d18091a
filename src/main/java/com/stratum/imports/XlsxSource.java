package com.stratum.imports;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * An .xlsx workbook streamed with fastexcel-reader: rows are parsed from the sheet XML as they
 * are read, so memory does not grow with the sheet. Formula cells give their cached value.
 */
final class XlsxSource implements SpreadsheetSource {

    private final Path file;
    private final ReadableWorkbook workbook;
    private final List<String> sheetNames;

    XlsxSource(Path file) throws IOException {
        this.file = file;
        this.workbook = new ReadableWorkbook(file.toFile(), new ReadingOptions(true, false));
        this.sheetNames = workbook.getSheets().map(Sheet::getName).collect(Collectors.toList());
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
        Sheet s = workbook.findSheet(name).orElseThrow();
        String entry;
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
            entry = XlsxDimension.sheetPath(zip, name);
        }
        XlsxSheetReader reader = new XlsxSheetReader(s.openStream(), workbook.isDate1904(),
                XlsxDimension.lastRow(file, name), file, name);
        if (entry != null) {
            reader.watch = ZipGuard.Watch.start(file, entry, reader::closeQuietly);
        }
        return reader;
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }

    private static final class XlsxSheetReader extends BufferedSheetReader {

        /** Excel keeps 15 significant digits; the XML may hold binary noise such as 2.5499999999999998. */
        private static final MathContext EXCEL_DIGITS = new MathContext(15);

        private final Stream<Row> stream;
        private final Iterator<Row> rows;
        private final boolean date1904;
        private final java.util.Map<Integer, Boolean> dateFormats = new java.util.HashMap<>();

        private final long lastRow;
        private final Path file;
        private final String sheetName;
        /** Counts the sheet's real inflated size beside this reader; null when the entry was not found. */
        private ZipGuard.Watch watch;
        private List<MergedRegion> merged;
        private int rowsSinceCheck;

        XlsxSheetReader(Stream<Row> stream, boolean date1904, long lastRow, Path file, String sheetName) {
            this.lastRow = lastRow;
            this.file = file;
            this.sheetName = sheetName;
            this.stream = stream;
            this.rows = stream.iterator();
            this.date1904 = date1904;
        }

        @Override
        public boolean next() throws IOException {
            Row row;
            try {
                if (++rowsSinceCheck >= 4096 && watch != null) {
                    rowsSinceCheck = 0;
                    watch.check();
                }
                if (!rows.hasNext()) {
                    if (watch != null) {
                        watch.await();
                    }
                    return false;
                }
                row = rows.next();
            } catch (UncheckedIOException | ExcelReaderException e) {
                if (watch != null) {
                    watch.check();
                }
                if (e instanceof UncheckedIOException) {
                    throw ((UncheckedIOException) e).getCause();
                }
                throw e;
            }
            int n = row.getCellCount();
            startRow(row.getRowNum(), n);
            for (int i = 0; i < n; i++) {
                set(i, convert(row.getCell(i)));
            }
            return true;
        }

        private Object convert(Cell c) {
            if (c == null) {
                return null;
            }
            CellType type = c.getType();
            switch (type) {
                case EMPTY:
                    return null;
                case STRING: {
                    String s = c.asString();
                    return s == null || s.isBlank() ? null : s;
                }
                case BOOLEAN:
                    return c.asBoolean();
                case ERROR:
                    return new CellError(c.getRawValue());
                case NUMBER:
                    return number(c, c.asNumber());
                case FORMULA:
                    return formulaValue(c);
                default:
                    return c.getRawValue();
            }
        }

        /** The cached result of a formula: an error code, a number, a boolean or text. */
        private Object formulaValue(Cell c) {
            Object v = c.getValue();
            String raw = c.getRawValue();
            if (raw == null || raw.isEmpty()) {
                return null;
            }
            if (CellError.isErrorCode(raw)) {
                return new CellError(raw);
            }
            if (v instanceof BigDecimal) {
                return number(c, (BigDecimal) v);
            }
            if (v instanceof Boolean) {
                return v;
            }
            if (v instanceof String) {
                String s = (String) v;
                return s.isBlank() ? null : s;
            }
            return raw;
        }

        private Object number(Cell c, BigDecimal n) {
            if (n == null) {
                return null;
            }
            if (isDate(c)) {
                Object d = ExcelDates.fromSerial(n.doubleValue(), date1904);
                return d != null ? d : n;
            }
            if (n.precision() > 15) {
                n = n.round(EXCEL_DIGITS);
            }
            return n;
        }

        /** Whether a number format shows dates, worked out once per format (not per cell). */
        private boolean isDate(Cell c) {
            Integer id = c.getDataFormatId();
            if (id == null) {
                return ExcelDates.isDateFormat(null, c.getDataFormatString());
            }
            Boolean known = dateFormats.get(id);
            if (known == null) {
                known = ExcelDates.isDateFormat(id, c.getDataFormatString());
                dateFormats.put(id, known);
            }
            return known;
        }

        @Override
        public double progress() {
            return lastRow <= 0 ? -1 : Math.min(1.0, rowNumber() / (double) lastRow);
        }

        @Override
        public boolean date1904() {
            return date1904;
        }

        @Override
        public List<MergedRegion> mergedRegions(long maxFirstRow) {
            if (merged == null) {
                merged = XlsxMergedCells.read(file, sheetName, maxFirstRow);
            }
            return merged;
        }

        /** Stops the parser from the zip watch's thread; the reader then fails with the watch's message. */
        void closeQuietly() {
            try {
                stream.close();
            } catch (RuntimeException e) {
                // the reading thread reports the zip bomb
            }
        }

        @Override
        public void close() {
            if (watch != null) {
                watch.stop();
            }
            stream.close();
        }
    }

    static ImportException wrap(Path file, ExcelReaderException e) {
        return ImportException.of(e, "import.file.damaged", file.getFileName(), SpreadsheetSources.describe(e));
    }
}
