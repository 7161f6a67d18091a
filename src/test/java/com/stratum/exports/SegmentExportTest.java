package com.stratum.exports;

import com.stratum.engine.Assignment;
import com.stratum.engine.Evaluator;
import com.stratum.engine.definition.Condition;
import com.stratum.engine.definition.Criterion;
import com.stratum.engine.definition.Definition;
import com.stratum.engine.definition.SegmentSpec;
import com.stratum.exports.SegmentListExport.PersonalData;
import com.stratum.features.CategoricalColumn;
import com.stratum.features.CustomerFrame;
import com.stratum.features.MoneyColumn;
import com.stratum.features.NumericColumn;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFPicture;
import org.apache.poi.xssf.usermodel.XSSFPictureData;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * {@link SegmentExport} on a six-customer frame written by hand:
 * <pre>
 * id  recency freq monetary  city  name          email                  phone            segment
 * c1     5     10   500.00   上海   张伟           zhang.wei@example.com  13812345678      Big spenders
 * c2    20      4   120.50   北京   John Smith    john@example.com       +65 9123 4567    Big spenders
 * c3    40      2    80.00   上海   =HYPERLINK(1)  @evil.com             -5               Active
 * c4    90      1    30.25   -     "\tcmd"        (none)                 (none)           Everyone else
 * c5   200      1   -10.00   北京   "\rcmd"        +x@example.com         (none)           Everyone else
 * c6     -      0       -    成都   (none)         (none)                 (none)           Everyone else
 * </pre>
 * Big spenders: monetary >= 100; Active: monetary > 0 and (frequency >= 2 or recency <= 60);
 * c4 fails both (frequency 1, recency 90), c5 and c6 have no positive monetary.
 */
class SegmentExportTest {

    static final String[] IDS = {"c1", "c2", "c3", "c4", "c5", "c6"};
    static final LocalDateTime EXPORTED = LocalDateTime.of(2024, 1, 2, 9, 30, 15);

    @TempDir
    Path dir;

    static Assignment run() {
        BitSet missing = new BitSet();
        missing.set(5);
        double nan = Double.NaN;
        CustomerFrame frame = new CustomerFrame(IDS, LocalDate.of(2024, 1, 1), List.of(
                new NumericColumn("recency_days", new double[] {5, 20, 40, 90, 200, nan}),
                new NumericColumn("frequency", new double[] {10, 4, 2, 1, 1, 0}),
                new MoneyColumn("monetary", new long[] {50000, 12050, 8000, 3025, -1000, 0}, missing),
                new CategoricalColumn("city", new int[] {0, 1, 0, -1, 1, 2}, List.of("上海", "北京", "成都"))));
        SegmentSpec big = new SegmentSpec("big", "Big spenders", "#1E88E5", null, "VIP service", null,
                Condition.ge("monetary", 100));
        SegmentSpec active = new SegmentSpec("active", "Active", "#43A047", null, "Cross-sell", null,
                Criterion.and(Condition.gt("monetary", 0),
                        Criterion.or(Condition.ge("frequency", 2), Condition.le("recency_days", 60))));
        Definition def = new Definition("Two segments", 1, "custom", null, null, null, List.of(big, active), null,
                null, null);
        return Evaluator.evaluate(def, frame);
    }

    static List<SegmentExport.PersonalColumn> personal() {
        return List.of(
                new SegmentExport.PersonalColumn("name", PersonalDataMask.Kind.NAME,
                        new String[] {"张伟", "John Smith", "=HYPERLINK(1)", "\tcmd", "\rcmd", null}),
                new SegmentExport.PersonalColumn("email", PersonalDataMask.Kind.EMAIL,
                        new String[] {"zhang.wei@example.com", "john@example.com", "@evil.com", null, "+x@example.com", null}),
                new SegmentExport.PersonalColumn("phone", PersonalDataMask.Kind.PHONE,
                        new String[] {"13812345678", "+65 9123 4567", "-5", null, null, null}));
    }

    static SegmentExport export() {
        return SegmentExport.of(run()).exportedAt(EXPORTED).personalColumns(personal());
    }

    @Test
    void theEngineSplitsTheHandFrameAsTheCommentSays() {
        assertThat(run().segmentOfRow()).containsExactly(0, 0, 1, 2, 2, 2);
    }

    @Test
    void summarySheetHoldsTheDefinitionDatesSegmentTableAndTwoPictures() throws Exception {
        Path file = dir.resolve("two.xlsx");
        SegmentListExport.Result r = export().write(file);
        assertThat(r.rows()).isEqualTo(6);
        assertThat(r.sheets()).containsExactly("Summary", "Big spenders", "Active", "Everyone else");
        try (XSSFWorkbook wb = open(file)) {
            Sheet s = wb.getSheet("Summary");
            assertThat(text(s, 0)).containsExactly("Definition", "Two segments v1");
            assertThat(text(s, 1)).containsExactly("Analysis date", "2024-01-01");
            assertThat(text(s, 2)).containsExactly("Exported at", "2024-01-02 09:30:15");
            assertThat(text(s, 3)).containsExactly("Segments exported", "All segments");
            assertThat(text(s, 4)).containsExactly("Customers", "6");
            assertThat(text(s, 6)).containsExactly("Segment", "Count", "Share", "Revenue", "Revenue share",
                    "Average recency (days)", "Average frequency", "Average monetary", "Strategy");
            // Big: 2 of 6 = 33.3 %; 500.00 + 120.50 = 620.50 of 720.75 total (86.1 %);
            // recency (5 + 20) / 2 = 12.50, frequency (10 + 4) / 2 = 7.00, monetary 620.50 / 2 = 310.25
            assertThat(text(s, 7)).containsExactly("Big spenders", "2", "33.3%", "620.50", "86.1%", "12.50", "7.00",
                    "310.25", "VIP service");
            // Active: c3 alone: 80.00 of 720.75 = 11.1 %
            assertThat(text(s, 8)).containsExactly("Active", "1", "16.7%", "80.00", "11.1%", "40.00", "2.00", "80.00",
                    "Cross-sell");
            // Everyone else: c4, c5, c6. Revenue 30.25 - 10.00 = 20.25 (2.8 %); recency (90 + 200) / 2 = 145.00
            // (c6 has none); frequency (1 + 1 + 0) / 3 = 0.67; monetary (30.25 - 10.00) / 2 = 10.125 -> 10.13
            assertThat(text(s, 9).subList(0, 8)).containsExactly("Everyone else", "3", "50.0%", "20.25", "2.8%",
                    "145.00", "0.67", "10.13");
            // everyone: recency 355 / 5 = 71.00, frequency 18 / 6 = 3.00, monetary 720.75 / 5 = 144.15
            assertThat(text(s, 10)).containsExactly("Total", "6", "100.0%", "720.75", "100.0%", "71.00", "3.00", "144.15");
            // shares are fractions with a percent format, not 33.33: 2/6 and 62050/72075 = 0.86091
            assertThat(s.getRow(7).getCell(2).getNumericCellValue()).isCloseTo(2.0 / 6, within(1e-12));
            assertThat(s.getRow(7).getCell(2).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            assertThat(s.getRow(7).getCell(4).getNumericCellValue()).isCloseTo(62050.0 / 72075, within(1e-12));
            assertThat(s.getRow(7).getCell(4).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            // money cells are numbers with two decimals
            assertThat(s.getRow(7).getCell(3).getNumericCellValue()).isEqualTo(620.50);
            assertThat(s.getRow(7).getCell(3).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
            List<XSSFPictureData> pictures = wb.getAllPictures();
            assertThat(pictures).hasSize(2);
            assertThat(pictures.get(0).getMimeType()).isEqualTo("image/png");
            XSSFDrawing drawing = ((XSSFSheet) s).getDrawingPatriarch();
            assertThat(drawing.getShapes()).hasSize(2).allMatch(shape -> shape instanceof XSSFPicture);
        }
    }

    @Test
    void memberSheetsHaveFrozenFilteredHeadersAndTypedCells() throws Exception {
        Path file = dir.resolve("members.xlsx");
        export().write(file);
        try (XSSFWorkbook wb = open(file)) {
            XSSFSheet big = wb.getSheet("Big spenders");
            // default columns of a rule definition: id, segment, then the features it used
            assertThat(text(big, 0)).containsExactly("customer_id", "segment", "monetary", "frequency", "recency_days");
            assertThat(big.getPaneInformation().isFreezePane()).isTrue();
            assertThat(big.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:E3");
            assertThat(text(big, 1)).containsExactly("c1", "Big spenders", "500.00", "10", "5");
            assertThat(big.getRow(2).getCell(2).getNumericCellValue()).isEqualTo(120.50);
            // "customer_id" + bold margin = 13 characters, plus one of padding
            assertThat(big.getColumnWidth(0)).isEqualTo(14 * 256);
        }
    }

    @Test
    void shareFeaturesArePercentFormattedInXlsxAndPlainFractionsInCsv() throws Exception {
        // online_share of c1..c6: 0.4345, 1, 0, empty, 0.125, empty (fractions, as the features hold them)
        double nan = Double.NaN;
        CustomerFrame frame = new CustomerFrame(IDS, LocalDate.of(2024, 1, 1), List.of(
                new NumericColumn("online_share", new double[] {0.4345, 1, 0, nan, 0.125, nan}),
                new NumericColumn("frequency", new double[] {10, 4, 2, 1, 1, 0})));
        Definition def = new Definition("Shares", 1, "custom", null, null, null, List.of(
                new SegmentSpec("online", "Online", "#1E88E5", null, null, null, Condition.ge("online_share", 0.5))),
                null, null, null);
        Assignment run = Evaluator.evaluate(def, frame);
        Path xlsx = dir.resolve("shares.xlsx");
        SegmentExport.of(run).exportedAt(EXPORTED).columns(List.of("online_share")).write(xlsx);
        try (XSSFWorkbook wb = open(xlsx)) {
            Sheet others = wb.getSheet("Everyone else"); // c1, c3, c4, c5, c6 (c2 alone is >= 0.5)
            assertThat(others.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(0.4345);
            assertThat(others.getRow(1).getCell(1).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            assertThat(text(others, 4)).containsExactly("c5", "12.5%");
        }
        Path csv = dir.resolve("shares.csv");
        SegmentExport.of(run).exportedAt(EXPORTED).columns(List.of("online_share")).write(csv);
        assertThat(lines(csv)).containsExactly("customer_id,online_share", "c1,0.4345", "c2,1", "c3,0", "c4,",
                "c5,0.125", "c6,");
    }

    @Test
    void chosenColumnsAreWrittenInOrderWithTheCustomerIdFirst() throws Exception {
        Path file = dir.resolve("chosen.csv");
        export().columns(List.of("city", "monetary", "no_such_column", "email")).write(file);
        assertThat(lines(file)).containsExactly("customer_id,city,monetary,email",
                "c1,上海,500.00,zhang.wei@example.com",
                "c2,北京,120.50,john@example.com",
                "c3,上海,80.00,'@evil.com",
                "c4,,30.25,",
                "c5,北京,-10.00,'+x@example.com",
                "c6,成都,,");
    }

    @Test
    void personalColumnsAreMaskedEachByItsOwnRule() throws Exception {
        Path file = dir.resolve("masked.csv");
        export().columns(List.of("name", "email", "phone")).personalData(PersonalData.MASK).write(file);
        // names: first character + * (Chinese) or *** ; e-mail: first character, ***, the domain;
        // phone: first three and last four digits of 8 or more, else only the last two
        assertThat(lines(file)).containsExactly("customer_id,name,email,phone",
                "c1,张*,z***@example.com,138****5678",
                "c2,J***,j***@example.com,'+65 9*** 4567", // a leading + is guarded too (OWASP), even for a phone
                "c3,'=***,'@***,'-5", // masking keeps the first character, so the guard still applies
                "c4,c***,,", // the mask strips surrounding white space first (tab, CR) and keeps the first letter
                "c5,c***,'+***@example.com,",
                "c6,,,");
    }

    @Test
    void personalColumnsCanBeLeftOut() throws Exception {
        Path file = dir.resolve("omitted.csv");
        export().columns(List.of("name", "segment", "email")).personalData(PersonalData.OMIT).write(file);
        assertThat(lines(file).get(0)).isEqualTo("customer_id,segment");
        assertThat(lines(file)).hasSize(7);
    }

    @Test
    void formulasAreNeutralisedInXlsxByTheQuotePrefixNotByAnApostropheInTheText() throws Exception {
        Path file = dir.resolve("formulas.xlsx");
        export().columns(List.of("name", "email", "phone")).write(file);
        try (XSSFWorkbook wb = open(file)) {
            Sheet active = wb.getSheet("Active");
            assertQuoted(active.getRow(1).getCell(1), "=HYPERLINK(1)");
            assertQuoted(active.getRow(1).getCell(2), "@evil.com");
            assertQuoted(active.getRow(1).getCell(3), "-5");
            Sheet others = wb.getSheet("Everyone else");
            assertQuoted(others.getRow(1).getCell(1), "\tcmd");
            assertQuoted(others.getRow(2).getCell(1), "\rcmd");
            assertQuoted(others.getRow(2).getCell(2), "+x@example.com");
            // plain text keeps the ordinary style
            Sheet big = wb.getSheet("Big spenders");
            assertThat(big.getRow(1).getCell(2).getStringCellValue()).isEqualTo("zhang.wei@example.com");
            assertThat(big.getRow(1).getCell(2).getCellStyle().getQuotePrefixed()).isFalse();
        }
    }

    @Test
    void maskedInternationalPhoneInXlsxCarriesNoApostrophe() throws Exception {
        Path file = dir.resolve("masked.xlsx");
        export().columns(List.of("name", "phone")).personalData(PersonalData.MASK).write(file);
        try (XSSFWorkbook wb = open(file)) {
            Sheet big = wb.getSheet("Big spenders");
            // c2 "+65 9123 4567": ten digits, the first three (6 5 9) and last four (4567) kept
            assertQuoted(big.getRow(2).getCell(2), "+65 9*** 4567");
            // c1 "13812345678": eleven digits, 138 and 5678 kept; a digit first is no formula
            assertThat(big.getRow(1).getCell(2).getStringCellValue()).isEqualTo("138****5678");
            assertThat(big.getRow(1).getCell(2).getCellStyle().getQuotePrefixed()).isFalse();
            assertThat(big.getRow(2).getCell(1).getStringCellValue()).isEqualTo("J***");
        }
    }

    private static void assertQuoted(org.apache.poi.ss.usermodel.Cell cell, String text) {
        assertThat(cell.getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
        assertThat(cell.getStringCellValue()).isEqualTo(text);
        assertThat(cell.getCellStyle().getQuotePrefixed()).as("quote prefix of %s", text).isTrue();
    }

    @Test
    void oneSegmentExportHasOnlyItsMembers() throws Exception {
        Path xlsx = dir.resolve("active.xlsx");
        SegmentListExport.Result r = export().onlySegment(1).write(xlsx);
        assertThat(r.rows()).isEqualTo(1);
        assertThat(r.sheets()).containsExactly("Summary", "Active");
        try (XSSFWorkbook wb = open(xlsx)) {
            // the summary table lists every segment; this line says the member sheets hold one
            assertThat(text(wb.getSheet("Summary"), 3)).containsExactly("Segments exported", "Active");
        }
        Path csv = dir.resolve("others.csv");
        SegmentExport others = export().onlySegment(2).columns(List.of("segment"));
        assertThat(others.rowCount()).isEqualTo(3);
        others.write(csv);
        assertThat(lines(csv)).containsExactly("customer_id,segment", "c4,Everyone else", "c5,Everyone else",
                "c6,Everyone else");
    }

    @Test
    void aKeptRunExportsItsStoredMembersSegmentsAndTiersWithTheCurrentFeatures() throws Exception {
        // stored with the run: c6 -> a segment the definition no longer has, c2 -> Big spenders,
        // x9 -> Big spenders (no longer in the data), c1 -> Everyone else (today c1 is a big spender)
        com.stratum.engine.SegmentLabels stored = new com.stratum.engine.SegmentLabels(
                new String[] {"c6", "c2", "x9", "c1"}, new int[] {3, 0, 0, 2},
                List.of("Big spenders", "Active", "Everyone else", "Gone"), null);
        KeptAssignment kept = KeptAssignment.match(run(), stored, java.util.Arrays.asList(new String[4]));
        // written in frame order: c1 (row 0), c2 (row 1), c6 (row 5); x9 is not in the data
        assertThat(kept.frameRows()).containsExactly(0, 1, 5);
        assertThat(kept.segmentOfRow()).containsExactly(2, 0, -1);
        assertThat(kept.tierOfRow()).containsExactly(-1, -1, -1);
        assertThat(kept.notInData()).isEqualTo(1);

        Path csv = dir.resolve("kept.csv");
        SegmentExport e = export().kept(kept).columns(List.of("segment", "monetary", "email"));
        assertThat(e.rowCount()).isEqualTo(3);
        e.write(csv);
        assertThat(lines(csv)).containsExactly("customer_id,segment,monetary,email",
                "c1,Everyone else,500.00,zhang.wei@example.com",
                "c2,Big spenders,120.50,john@example.com",
                "c6,,,");

        Path xlsx = dir.resolve("kept.xlsx");
        export().kept(kept).write(xlsx);
        try (XSSFWorkbook wb = open(xlsx)) {
            Sheet s = wb.getSheet("Summary");
            assertThat(text(s, 4)).containsExactly("Customers", "3");
            // Big spenders: c2 alone, 1 of 3 = 33.3 %; revenue 120.50 of 500.00 + 120.50 = 620.50 (19.4 %)
            assertThat(text(s, 7).subList(0, 5)).containsExactly("Big spenders", "1", "33.3%", "120.50", "19.4%");
            assertThat(text(s, 9).subList(0, 5)).containsExactly("Everyone else", "1", "33.3%", "500.00", "80.6%");
            assertThat(text(wb.getSheet("Everyone else"), 1).get(0)).isEqualTo("c1");
        }
    }

    @Test
    void chineseTextSurvivesInXlsxAndInCsvWithABom() throws Exception {
        SegmentExport zh = export().segmentTexts(new String[] {"高价值客户", "活跃客户", "其他客户"},
                        new String[] {"贵宾服务", "交叉销售", "保持联系"})
                .headers(k -> switch (k) {
                    case "customer_id" -> "客户ID";
                    case "segment" -> "细分群体";
                    case "city" -> "城市";
                    default -> k;
                })
                .columns(List.of("segment", "city", "name"));
        Path xlsx = dir.resolve("中文.xlsx");
        zh.write(xlsx);
        try (XSSFWorkbook wb = open(xlsx)) {
            Sheet sheet = wb.getSheet("高价值客户");
            assertThat(text(sheet, 0)).containsExactly("客户ID", "细分群体", "城市", "name");
            assertThat(text(sheet, 1)).containsExactly("c1", "高价值客户", "上海", "张伟");
            assertThat(text(wb.getSheet("Summary"), 7).get(8)).isEqualTo("贵宾服务");
        }
        Path csv = dir.resolve("中文.csv");
        zh.write(csv);
        byte[] bytes = Files.readAllBytes(csv);
        assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("c1,高价值客户,上海,张伟\r\n");
    }

    @Test
    void availableColumnsPutTheDefaultsFirstThenTheFrameThenPersonalKeys() {
        assertThat(SegmentExport.availableColumns(run(), List.of("name", "email"))).containsExactly("customer_id",
                "segment", "monetary", "frequency", "recency_days", "city", "name", "email");
    }

    private XSSFWorkbook open(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    private static List<String> text(Sheet sheet, int row) {
        DataFormatter f = new DataFormatter(java.util.Locale.ROOT);
        Row r = sheet.getRow(row);
        List<String> out = new ArrayList<>();
        for (int c = 0; c < r.getLastCellNum(); c++) {
            out.add(r.getCell(c) == null ? "" : f.formatCellValue(r.getCell(c)));
        }
        return out;
    }

    private static List<String> lines(Path csv) throws Exception {
        String s = Files.readString(csv, StandardCharsets.UTF_8);
        assertThat(s).startsWith("\uFEFF");
        List<String> out = new ArrayList<>(List.of(s.substring(1).split("\r\n", -1)));
        out.remove(out.size() - 1); // after the last line end
        return out;
    }
}
