package com.stratum.imports;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.NumberToTextConverter;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** A legacy .xls workbook read with POI HSSF (at most 65,536 rows a sheet, so it fits in memory). */
final class XlsSource implements SpreadsheetSource {

    private final Path file;
    private final POIFSFileSystem fs;
    private final HSSFWorkbook workbook;

    XlsSource(Path file, POIFSFileSystem fs) throws IOException {
        this.file = file;
        this.fs = fs;
        this.workbook = new HSSFWorkbook(fs.getRoot(), true);
    }

    @Override
    public Path file() {
        return file;
    }

    @Override
    public List<String> sheetNames() {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            names.add(workbook.getSheetName(i));
        }
        return names;
    }

    @Override
    public SheetReader openSheet(String sheet) {
        Sheet s = workbook.getSheet(resolveSheet(sheet));
        return new XlsSheetReader(s);
    }

    @Override
    public void close() throws IOException {
        workbook.close();
        fs.close();
    }

    private static final class XlsSheetReader extends BufferedSheetReader {

        private final Iterator<Row> rows;
        private final int total;
        private int seen;

        private final Sheet sheet;

        XlsSheetReader(Sheet sheet) {
            this.sheet = sheet;
            this.rows = sheet.rowIterator();
            this.total = sheet.getPhysicalNumberOfRows();
        }

        @Override
        public boolean next() {
            if (!rows.hasNext()) {
                return false;
            }
            Row row = rows.next();
            seen++;
            int n = Math.max(0, row.getLastCellNum());
            startRow(row.getRowNum() + 1L, n);
            for (int i = 0; i < n; i++) {
                Cell c = row.getCell(i);
                set(i, c == null ? null : convert(c, c.getCellType()));
            }
            return true;
        }

        private static Object convert(Cell c, CellType type) {
            switch (type) {
                case STRING: {
                    String s = c.getStringCellValue();
                    return s == null || s.isBlank() ? null : s;
                }
                case NUMERIC:
                    if (DateUtil.isCellDateFormatted(c)) {
                        return c.getLocalDateTimeCellValue();
                    }
                    return new BigDecimal(NumberToTextConverter.toText(c.getNumericCellValue()));
                case BOOLEAN:
                    return c.getBooleanCellValue();
                case ERROR:
                    return new CellError(FormulaError.forInt(c.getErrorCellValue()).getString());
                case FORMULA:
                    return convert(c, c.getCachedFormulaResultType());
                default:
                    return null;
            }
        }

        @Override
        public List<MergedRegion> mergedRegions(long maxFirstRow) {
            List<MergedRegion> out = new ArrayList<>();
            for (org.apache.poi.ss.util.CellRangeAddress r : sheet.getMergedRegions()) {
                if (r.getFirstRow() + 1L <= maxFirstRow) {
                    out.add(new MergedRegion(r.getFirstRow() + 1L, r.getLastRow() + 1L, r.getFirstColumn(),
                            r.getLastColumn()));
                }
            }
            return out;
        }

        @Override
        public double progress() {
            return total == 0 ? -1 : Math.min(1.0, seen / (double) total);
        }

        @Override
        public void close() {
            // the workbook is closed with its source
        }
    }
}
