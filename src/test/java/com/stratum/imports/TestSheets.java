package com.stratum.imports;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Builds small workbooks for tests: each sheet is given as rows of cells; a cell is null (no cell),
 * a String, a Number, a LocalDate/LocalDateTime (a real date cell), a Boolean, or a {@link Formula}.
 */
final class TestSheets {

    record Formula(String expression) {
    }

    /** {@code merged}: A1 ranges such as "C1:D1" merged in the sheet. */
    record SheetSpec(String name, Object[][] rows, java.util.List<String> merged) {

        SheetSpec merge(String... ranges) {
            return new SheetSpec(name, rows, java.util.List.of(ranges));
        }
    }

    private TestSheets() {
    }

    static SheetSpec sheet(String name, Object[]... rows) {
        return new SheetSpec(name, rows, java.util.List.of());
    }

    static Object[] row(Object... cells) {
        return cells;
    }

    static Path xlsx(Path file, SheetSpec... sheets) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            fill(wb, sheets);
            write(wb, file);
        }
        return file;
    }

    static Path xlsx1904(Path file, SheetSpec... sheets) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            wb.getCTWorkbook().getWorkbookPr().setDate1904(true);
            fill(wb, sheets);
            write(wb, file);
        }
        return file;
    }

    static Path xls(Path file, SheetSpec... sheets) throws IOException {
        try (HSSFWorkbook wb = new HSSFWorkbook()) {
            fill(wb, sheets);
            write(wb, file);
        }
        return file;
    }

    private static void write(Workbook wb, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
    }

    private static void fill(Workbook wb, SheetSpec... sheets) {
        CreationHelper h = wb.getCreationHelper();
        CellStyle date = wb.createCellStyle();
        date.setDataFormat(h.createDataFormat().getFormat("yyyy-mm-dd"));
        CellStyle dateTime = wb.createCellStyle();
        dateTime.setDataFormat(h.createDataFormat().getFormat("yyyy-mm-dd hh:mm:ss"));
        boolean formulas = false;
        for (SheetSpec spec : sheets) {
            Sheet s = wb.createSheet(spec.name());
            for (String range : spec.merged()) {
                s.addMergedRegion(org.apache.poi.ss.util.CellRangeAddress.valueOf(range));
            }
            for (int r = 0; r < spec.rows().length; r++) {
                Object[] cells = spec.rows()[r];
                if (cells == null) {
                    continue;
                }
                Row row = s.createRow(r);
                for (int c = 0; c < cells.length; c++) {
                    Object v = cells[c];
                    if (v == null) {
                        continue;
                    }
                    Cell cell = row.createCell(c);
                    if (v instanceof String) {
                        cell.setCellValue((String) v);
                    } else if (v instanceof BigDecimal) {
                        cell.setCellValue(((BigDecimal) v).doubleValue());
                    } else if (v instanceof Number) {
                        cell.setCellValue(((Number) v).doubleValue());
                    } else if (v instanceof LocalDateTime) {
                        cell.setCellValue((LocalDateTime) v);
                        cell.setCellStyle(dateTime);
                    } else if (v instanceof LocalDate) {
                        cell.setCellValue((LocalDate) v);
                        cell.setCellStyle(date);
                    } else if (v instanceof Boolean) {
                        cell.setCellValue((Boolean) v);
                    } else if (v instanceof Formula) {
                        cell.setCellFormula(((Formula) v).expression());
                        formulas = true;
                    } else {
                        throw new IllegalArgumentException(v.getClass().getName());
                    }
                }
            }
        }
        if (formulas) {
            // store cached results, as Excel does when it saves
            h.createFormulaEvaluator().evaluateAll();
        }
    }
}
