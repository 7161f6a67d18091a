package com.stratum.cli;

import com.stratum.imports.CellError;
import com.stratum.imports.SheetReader;
import com.stratum.imports.SpreadsheetSource;
import com.stratum.imports.SpreadsheetSources;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Our streaming .xlsx reader against Apache POI's XSSFWorkbook (the reference implementation) on
 * the benchmark's Online-Retail-shaped workbook (SXSSF-written: shared strings, date-time cells,
 * prices with binary noise, empty customer cells, cancelled lines): every cell of every row must
 * agree. POI is the oracle here, so nothing in the expectations comes from our own code.
 */
class XlsxReaderAgreesWithPoiTest {

    @TempDir
    Path dir;

    @Test
    void everyCellOfTheRetailWorkbookMatchesPoi() throws Exception {
        Path xlsx = dir.resolve("retail.xlsx");
        RetailWorkbookGenerator.write(xlsx, dir.resolve("retail.csv"), 3_000, 11);
        long rows = 0;
        long cells = 0;
        try (XSSFWorkbook wb = new XSSFWorkbook(xlsx.toFile());
             SpreadsheetSource src = SpreadsheetSources.open(xlsx, null);
             SheetReader ours = src.openSheet(null)) {
            Sheet poi = wb.getSheetAt(0);
            for (Row poiRow : poi) {
                assertThat(ours.next()).as("a row %d", poiRow.getRowNum() + 1).isTrue();
                assertThat(ours.rowNumber()).isEqualTo(poiRow.getRowNum() + 1L);
                int width = Math.max(poiRow.getLastCellNum(), ours.cellCount());
                for (int c = 0; c < width; c++) {
                    Object expected = poiValue(poiRow.getCell(c));
                    Object actual = ours.cell(c);
                    String where = "row " + ours.rowNumber() + " column " + (c + 1);
                    if (expected instanceof Double d) {
                        assertThat(actual).as(where).isInstanceOf(BigDecimal.class);
                        // Excel's 15 significant digits: POI gives the raw double, we round it
                        assertThat((BigDecimal) actual).as(where)
                                .isEqualByComparingTo(new BigDecimal(d).round(new MathContext(15)));
                    } else if (expected instanceof LocalDateTime t) {
                        assertThat(actual).as(where).isInstanceOf(LocalDateTime.class);
                        assertThat(ChronoUnit.MILLIS.between(t, (LocalDateTime) actual)).as(where).isBetween(-1L, 1L);
                    } else {
                        assertThat(actual).as(where).isEqualTo(expected);
                    }
                    cells += expected == null ? 0 : 1;
                }
                rows++;
            }
            assertThat(ours.next()).as("no rows beyond POI's").isFalse();
        }
        assertThat(rows).isEqualTo(3_001); // header + 3,000 lines
        assertThat(cells).isGreaterThan(3_000L * 7); // a quarter of the lines have no customer id
    }

    /** POI's reading of a cell in the value types of {@link SheetReader}. */
    private static Object poiValue(Cell cell) {
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue().isBlank() ? null : cell.getStringCellValue();
            case NUMERIC -> DateUtil.isCellDateFormatted(cell) ? cell.getLocalDateTimeCellValue() : cell.getNumericCellValue();
            case BOOLEAN -> cell.getBooleanCellValue();
            case ERROR -> new CellError(org.apache.poi.ss.usermodel.FormulaError.forInt(cell.getErrorCellValue()).getString());
            default -> null;
        };
    }
}
