package com.stratum.exports;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class XlsxTableWriterTest {

    @TempDir
    Path dir;

    static XSSFWorkbook read(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    @Test
    void writesTypedCellsWithFormatsBoldFrozenHeaderAndAutoFilter() throws Exception {
        Path file = dir.resolve("t.xlsx");
        try (XlsxTableWriter w = new XlsxTableWriter(file)) {
            w.startTable("Members", List.of("id", "name", "amount", "orders", "first", "last", "share", "vip"));
            w.writeRow("C1", "王小明", new BigDecimal("1234567.89"), 12L, LocalDate.of(2025, 6, 30),
                    LocalDateTime.of(2025, 6, 30, 14, 5, 0), new Percent(0.125), true);
            w.writeRow("C2", null, new BigDecimal("0.10"), 3, null, null, new Percent(0), false);
        }
        try (XSSFWorkbook wb = read(file)) {
            XSSFSheet s = wb.getSheet("Members");
            assertThat(s).isNotNull();
            XSSFRow header = s.getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("id");
            assertThat(wb.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            PaneInformation pane = s.getPaneInformation();
            assertThat(pane.isFreezePane()).isTrue();
            assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(pane.getVerticalSplitPosition()).isEqualTo((short) 0);
            // header row plus two data rows, eight columns A..H
            assertThat(s.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:H3");

            XSSFRow r = s.getRow(1);
            assertThat(r.getCell(1).getStringCellValue()).isEqualTo("王小明");
            assertThat(r.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(BigDecimal.valueOf(r.getCell(2).getNumericCellValue())).isEqualByComparingTo("1234567.89");
            assertThat(r.getCell(2).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
            assertThat(r.getCell(3).getNumericCellValue()).isEqualTo(12.0);
            assertThat(r.getCell(3).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
            assertThat(r.getCell(4).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2025, 6, 30, 0, 0));
            assertThat(r.getCell(4).getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
            assertThat(r.getCell(5).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2025, 6, 30, 14, 5));
            assertThat(r.getCell(6).getNumericCellValue()).isEqualTo(0.125);
            assertThat(r.getCell(6).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            assertThat(r.getCell(7).getBooleanCellValue()).isTrue();

            XSSFRow r2 = s.getRow(2);
            assertThat(r2.getCell(1)).isNull(); // null is an empty cell
            assertThat(BigDecimal.valueOf(r2.getCell(2).getNumericCellValue())).isEqualByComparingTo("0.10");

            // widths from the content: the money column fits "1,234,567.89" (12 chars), within the 60-char cap
            assertThat(s.getColumnWidth(2)).isBetween(12 * 256, 60 * 256);
            // Chinese counts double: "王小明" is as wide as 6 latin characters
            assertThat(s.getColumnWidth(1)).isGreaterThanOrEqualTo(6 * 256);
        }
    }

    @Test
    void neutralisesDangerousTextButNotNumbers() throws Exception {
        Path file = dir.resolve("n.xlsx");
        String[] dangerous = {"=1+2", "+1", "-2", "@SUM(A1)", "\tx", "\ry"};
        try (XlsxTableWriter w = new XlsxTableWriter(file)) {
            w.startTable("t", List.of("v"));
            for (String s : dangerous) {
                w.writeRow(s);
            }
            w.writeRow(-5L);
            w.writeRow(new BigDecimal("-12.50"));
            w.writeRow("a=b");
        }
        try (XSSFWorkbook wb = read(file)) {
            XSSFSheet s = wb.getSheetAt(0);
            for (int i = 0; i < dangerous.length; i++) {
                XSSFCell c = s.getRow(i + 1).getCell(0);
                assertThat(c.getCellType()).isEqualTo(CellType.STRING);
                assertThat(c.getStringCellValue()).isEqualTo(dangerous[i]); // no apostrophe in the text
                assertThat(c.getCellStyle().getQuotePrefixed()).isTrue(); // Excel's hidden prefix instead
            }
            assertThat(s.getRow(7).getCell(0).getNumericCellValue()).isEqualTo(-5.0);
            assertThat(s.getRow(8).getCell(0).getNumericCellValue()).isEqualTo(-12.5);
            assertThat(s.getRow(9).getCell(0).getStringCellValue()).isEqualTo("a=b");
            assertThat(s.getRow(9).getCell(0).getCellStyle().getQuotePrefixed()).isFalse();
        }
    }

    @Test
    void sheetNamesAreMadeValidAndUnique() throws Exception {
        Path file = dir.resolve("s.xlsx");
        try (XlsxTableWriter w = new XlsxTableWriter(file)) {
            w.startTable("At Risk [1/2]: what?", List.of("a"));
            w.startTable("Can't Lose Them - very long segment name here", List.of("a"));
            w.startTable("Can't Lose Them - very long segment name here", List.of("a"));
            w.startTable("members", List.of("a"));
            w.startTable("MEMBERS", List.of("a"));
            w.startTable("'quoted'", List.of("a"));
            w.startTable("", List.of("a"));
            w.startTable("History", List.of("a"));
            w.startTable("高价值客户", List.of("a"));
        }
        try (XSSFWorkbook wb = read(file)) {
            List<String> names = new java.util.ArrayList<>();
            wb.sheetIterator().forEachRemaining(s -> names.add(s.getSheetName()));
            // 31 characters at most; the duplicate gets " (2)" within the 31
            assertThat(names).containsExactly(
                    "At Risk _1_2__ what_",
                    "Can't Lose Them - very long seg",
                    "Can't Lose Them - very long (2)",
                    "members",
                    "MEMBERS (2)",
                    "quoted",
                    "Sheet",
                    "History (2)",
                    "高价值客户");
        }
    }

    @Test
    void longTablesContinueOnANewSheetWithTheSameHeader() throws Exception {
        Path file = dir.resolve("c.xlsx");
        // 4 rows per sheet: the header and 3 data rows
        try (XlsxTableWriter w = new XlsxTableWriter(file, null, 4)) {
            w.startTable("Big", List.of("n"));
            for (long i = 1; i <= 7; i++) {
                w.writeRow(i);
            }
        }
        try (XSSFWorkbook wb = read(file)) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(3);
            assertThat(wb.getSheetAt(1).getSheetName()).isEqualTo("Big (2)");
            assertThat(wb.getSheetAt(1).getRow(0).getCell(0).getStringCellValue()).isEqualTo("n");
            assertThat(wb.getSheetAt(1).getRow(1).getCell(0).getNumericCellValue()).isEqualTo(4.0);
            assertThat(wb.getSheetAt(2).getRow(1).getCell(0).getNumericCellValue()).isEqualTo(7.0);
            assertThat(wb.getSheetAt(2).getLastRowNum()).isEqualTo(1);
            assertThat(wb.getSheetAt(2).getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:A2");
        }
    }

    @Test
    void freeFormSheetWithHeaderRowAndPicture() throws Exception {
        Path file = dir.resolve("p.xlsx");
        try (XlsxTableWriter w = new XlsxTableWriter(file)) {
            w.startSheet("Summary");
            w.writeRow("Definition", "rfm-standard");
            w.skipRow();
            w.writeHeaderRow(List.of("Segment", "Count"));
            w.writeRow("Champions", 10L);
            w.addPicture(png(200, 100), 4, 0);
        }
        try (XSSFWorkbook wb = read(file)) {
            XSSFSheet s = wb.getSheet("Summary");
            assertThat(s.getRow(0).getCell(1).getStringCellValue()).isEqualTo("rfm-standard");
            assertThat((Object) s.getRow(1)).isNull();
            assertThat(s.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A3:B4");
            assertThat(wb.getAllPictures()).hasSize(1);
            assertThat(s.getDrawingPatriarch().getShapes()).hasSize(1);
        }
    }

    @Test
    void rejectsRowsOfTheWrongWidthAndRowsBeforeASheet() throws Exception {
        try (XlsxTableWriter w = new XlsxTableWriter(dir.resolve("e.xlsx"))) {
            assertThatThrownBy(() -> w.writeRow("a")).isInstanceOf(IllegalStateException.class);
            w.startTable("t", List.of("a", "b"));
            assertThatThrownBy(() -> w.writeRow("a")).hasMessageContaining("\"t\"");
        }
    }

    @Test
    void factoryChoosesByExtension() throws Exception {
        try (TableWriter w = TableWriters.forPath(dir.resolve("a.CSV"))) {
            assertThat((Object) w).isInstanceOf(CsvTableWriter.class);
        }
        try (TableWriter w = TableWriters.forPath(dir.resolve("a.xlsx"))) {
            assertThat((Object) w).isInstanceOf(XlsxTableWriter.class);
        }
        assertThatThrownBy(() -> TableWriters.forPath(dir.resolve("a.xls")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("a.xls").hasMessageContaining(".csv or .xlsx");
    }

    static byte[] png(int width, int height) throws Exception {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
