package com.stratum.exports;

import com.stratum.exports.SegmentListExport.Column;
import com.stratum.exports.SegmentListExport.PersonalData;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class SegmentListExportTest {

    @TempDir
    Path dir;

    // six customers; row 3 has no segment
    static final String[] IDS = {"C1", "C2", "C3", "C4", "C5", "C6"};
    static final String[] NAMES = {"王小明", "=HYPERLINK(\"x\")", "John Smith", "李四", "Ana", "Bob"};
    static final String[] EMAILS = {"wang@example.cn", "h@example.com", null, "li@example.cn", "ana@example.org",
            "bob@example.com"};
    static final long[] CENTS = {10000, 25050, -500, 0, 99999, 1234};
    static final String[] SEGMENTS = {"Champions", "At Risk"};
    static final int[] SEGMENT_OF = {0, 1, 1, -1, 0, 1};
    static final String[] TIERS = {"Gold", "Silver"};
    static final int[] TIER_OF = {0, 1, -1, -1, 0, 1};

    static List<Column> columns() {
        return List.of(
                new Column("customer_id", r -> IDS[r]),
                SegmentListExport.segmentColumn("segment", SEGMENTS, SEGMENT_OF),
                SegmentListExport.tierColumn("tier", TIERS, TIER_OF),
                Column.personal("name", PersonalDataMask.Kind.NAME, r -> NAMES[r]),
                Column.personal("email", PersonalDataMask.Kind.EMAIL, r -> EMAILS[r]),
                new Column("monetary", r -> BigDecimal.valueOf(CENTS[r], 2)),
                new Column("last_purchase", r -> LocalDate.of(2025, 6, 1 + r)));
    }

    static SegmentListExport export() {
        return new SegmentListExport(columns(), SEGMENTS, SEGMENT_OF)
                .strategies(new String[] {"Reward them", "Win them back"})
                .tiers(TIERS, TIER_OF)
                .revenueCents(CENTS)
                .definition("rfm-standard", LocalDate.of(2025, 7, 1));
    }

    static XSSFWorkbook read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    static List<String> sheetNames(XSSFWorkbook wb) {
        List<String> names = new ArrayList<>();
        wb.sheetIterator().forEachRemaining(s -> names.add(s.getSheetName()));
        return names;
    }

    static String text(XSSFRow row, int col) {
        return row.getCell(col).getStringCellValue();
    }

    static double number(XSSFRow row, int col) {
        return row.getCell(col).getNumericCellValue();
    }

    @Test
    void xlsxHasSummaryAndOneSheetPerSegment() throws Exception {
        Path file = dir.resolve("run.xlsx");
        SegmentListExport.Result result = export().write(file);
        assertThat(result.rows()).isEqualTo(6);
        assertThat(result.sheets()).containsExactly("Summary", "Champions", "At Risk", "(no segment)");
        try (XSSFWorkbook wb = read(file)) {
            assertThat(sheetNames(wb)).containsExactly("Summary", "Champions", "At Risk", "(no segment)");
            XSSFSheet s = wb.getSheet("Summary");
            assertThat(text(s.getRow(0), 1)).isEqualTo("rfm-standard");
            assertThat(s.getRow(1).getCell(1).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2025, 7, 1, 0, 0));
            assertThat(text(s.getRow(2), 0)).isEqualTo("Segments exported");
            assertThat(text(s.getRow(2), 1)).isEqualTo("All segments");
            assertThat(number(s.getRow(3), 1)).isEqualTo(6);
            XSSFRow header = s.getRow(5);
            assertThat(text(header, 0)).isEqualTo("Segment");
            assertThat(text(header, 5)).isEqualTo("Strategy");
            assertThat(wb.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();

            // Champions: rows 0 and 4 -> 2 of 6; revenue 100.00 + 999.99 = 1,099.99 of 1,357.83 in all
            XSSFRow champions = s.getRow(6);
            assertThat(text(champions, 0)).isEqualTo("Champions");
            assertThat(number(champions, 1)).isEqualTo(2);
            assertThat(number(champions, 2)).isCloseTo(2.0 / 6, within(1e-12));
            assertThat(champions.getCell(2).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            assertThat(BigDecimal.valueOf(number(champions, 3))).isEqualByComparingTo("1099.99");
            assertThat(champions.getCell(3).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
            assertThat(number(champions, 4)).isCloseTo(109999.0 / 135783, within(1e-12));
            assertThat(text(champions, 5)).isEqualTo("Reward them");
            // At Risk: rows 1, 2, 5 -> 250.50 - 5.00 + 12.34 = 257.84
            XSSFRow atRisk = s.getRow(7);
            assertThat(number(atRisk, 1)).isEqualTo(3);
            assertThat(BigDecimal.valueOf(number(atRisk, 3))).isEqualByComparingTo("257.84");
            XSSFRow none = s.getRow(8);
            assertThat(text(none, 0)).isEqualTo("(no segment)");
            assertThat(number(none, 1)).isEqualTo(1);
            assertThat((Object) none.getCell(5)).isNull();
            XSSFRow total = s.getRow(9);
            assertThat(text(total, 0)).isEqualTo("Total");
            assertThat(number(total, 1)).isEqualTo(6);
            assertThat(BigDecimal.valueOf(number(total, 3))).isEqualByComparingTo("1357.83");

            // tiers: Champions/Gold 2 (100 %, 1,099.99); At Risk/Silver rows 1, 5 (2 of 3, 262.84);
            // At Risk without tier row 2 (1 of 3, -5.00); no segment row 3
            assertThat(text(s.getRow(11), 0)).isEqualTo("Tiers within segments");
            assertThat(text(s.getRow(12), 3)).isEqualTo("Share of segment");
            assertThat(text(s.getRow(13), 1)).isEqualTo("Gold");
            assertThat(number(s.getRow(13), 3)).isEqualTo(1.0);
            assertThat(text(s.getRow(14), 0)).isEqualTo("At Risk");
            assertThat(text(s.getRow(14), 1)).isEqualTo("Silver");
            assertThat(number(s.getRow(14), 2)).isEqualTo(2);
            assertThat(number(s.getRow(14), 3)).isCloseTo(2.0 / 3, within(1e-12));
            assertThat(BigDecimal.valueOf(number(s.getRow(14), 4))).isEqualByComparingTo("262.84");
            assertThat((Object) s.getRow(15).getCell(1)).isNull();
            assertThat(BigDecimal.valueOf(number(s.getRow(15), 4))).isEqualByComparingTo("-5.00");
            assertThat(text(s.getRow(16), 0)).isEqualTo("(no segment)");
            assertThat(s.getLastRowNum()).isEqualTo(16);

            XSSFSheet members = wb.getSheet("At Risk");
            assertThat(members.getPaneInformation().isFreezePane()).isTrue();
            assertThat(members.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:G4");
            assertThat(text(members.getRow(0), 0)).isEqualTo("customer_id");
            assertThat(text(members.getRow(1), 0)).isEqualTo("C2");
            assertThat(text(members.getRow(2), 0)).isEqualTo("C3");
            assertThat(text(members.getRow(3), 0)).isEqualTo("C6");
            assertThat(text(members.getRow(1), 1)).isEqualTo("At Risk");
            assertThat(text(members.getRow(1), 2)).isEqualTo("Silver");
            // neutralised by the style's hidden quote prefix, the text itself unchanged
            assertThat(text(members.getRow(1), 3)).isEqualTo("=HYPERLINK(\"x\")");
            assertThat(members.getRow(1).getCell(3).getCellStyle().getQuotePrefixed()).isTrue();
            assertThat((Object) members.getRow(2).getCell(4)).isNull(); // no e-mail
            assertThat(BigDecimal.valueOf(number(members.getRow(2), 5))).isEqualByComparingTo("-5.00");
            assertThat(members.getRow(3).getCell(6).getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
            assertThat(members.getRow(3).getCell(6).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(LocalDate.of(2025, 6, 6));
            assertThat(text(wb.getSheet("(no segment)").getRow(1), 0)).isEqualTo("C4");
        }
        assertThat(Files.list(dir)).containsExactly(file); // no temporary file left
    }

    @Test
    void oneChosenSegmentWithMaskedPersonalDataAndCharts() throws Exception {
        Path file = dir.resolve("one.xlsx");
        byte[] png = XlsxTableWriterTest.png(320, 200);
        SegmentListExport.Result result = export().onlySegment(0).personalData(PersonalData.MASK)
                .chart(png).chart(png).write(file);
        assertThat(result.rows()).isEqualTo(2);
        try (XSSFWorkbook wb = read(file)) {
            assertThat(sheetNames(wb)).containsExactly("Summary", "Champions");
            assertThat(wb.getSheet("Summary").getDrawingPatriarch().getShapes()).hasSize(2);
            XSSFSheet members = wb.getSheet("Champions");
            assertThat(text(members.getRow(1), 3)).isEqualTo("王*");
            assertThat(text(members.getRow(1), 4)).isEqualTo("w***@example.cn");
            assertThat(text(members.getRow(2), 3)).isEqualTo("A***");
        }
    }

    @Test
    void csvHasOneRowPerCustomerInRowOrderWithoutOmittedPersonalColumns() throws Exception {
        Path file = dir.resolve("run.csv");
        SegmentListExport.Result result = export().personalData(PersonalData.OMIT).write(file);
        assertThat(result.rows()).isEqualTo(6);
        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes[0] & 0xff).isEqualTo(0xEF); // UTF-8 BOM
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(text).isEqualTo(
                "customer_id,segment,tier,monetary,last_purchase\r\n"
                        + "C1,Champions,Gold,100.00,2025-06-01\r\n"
                        + "C2,At Risk,Silver,250.50,2025-06-02\r\n"
                        + "C3,At Risk,,-5.00,2025-06-03\r\n"
                        + "C4,,,0.00,2025-06-04\r\n"
                        + "C5,Champions,Gold,999.99,2025-06-05\r\n"
                        + "C6,At Risk,Silver,12.34,2025-06-06\r\n");
    }

    @Test
    void csvOfOneSegment() throws Exception {
        Path file = dir.resolve("risk.csv");
        assertThat(export().onlySegment(1).write(file).rows()).isEqualTo(3);
        List<List<String>> rows = TestCsv.parse(Files.readString(file, StandardCharsets.UTF_8).substring(1));
        assertThat(rows).extracting(r -> r.get(0)).containsExactly("customer_id", "C2", "C3", "C6");
    }

    @Test
    void aFailedExportLeavesTheOldFileAlone() throws Exception {
        Path file = dir.resolve("keep.xlsx");
        Files.writeString(file, "old");
        List<Column> failing = List.of(new Column("id", r -> {
            if (r == 4) {
                throw new IllegalStateException("boom");
            }
            return IDS[r];
        }));
        assertThatThrownBy(() -> new SegmentListExport(failing, SEGMENTS, SEGMENT_OF).write(file))
                .hasMessage("boom");
        assertThat(Files.readString(file)).isEqualTo("old");
        assertThat(Files.list(dir)).containsExactly(file);
    }

    @Test
    void rejectsBadInput() {
        assertThatThrownBy(() -> new SegmentListExport(columns(), SEGMENTS, new int[] {0, 2}))
                .hasMessageContaining("Row 1 has segment 2");
        assertThatThrownBy(() -> export().onlySegment(5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> export().write(dir.resolve("x.pdf")))
                .hasMessageContaining(".csv or .xlsx");
    }
}
