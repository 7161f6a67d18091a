package com.stratum.exports;

import com.stratum.engine.Comparison;
import com.stratum.engine.SegmentLabels;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ComparisonExportTest {

    @TempDir
    Path dir;

    /**
     * Baseline: a Gold 100.00, b Gold 50.00, c Silver 20.00, d in no segment 5.00.
     * Scenario: a Gold 100.00, b Silver 50.00, c Silver 20.00, e Gold 30.00 (d is gone, e is new).
     *
     * <pre>
     * from \ to   Gold Silver (none)
     * Gold          1     1      0     a stays, b moves down
     * Silver        0     1      0     c stays
     * (none)        1     0      1     e is new in Gold; d is in no segment and absent from the scenario
     * </pre>
     * Deltas: Gold 2 -> 2 (0, 0.00 %), revenue 150.00 -> 130.00 (-20.00, -20/150 = -13.33 %);
     * Silver 1 -> 2 (+1, +100.00 %), revenue 20.00 -> 70.00 (+50.00, +250.00 %).
     * Movers: b Gold -> Silver, e (none) -> Gold.
     */
    static Comparison handBuilt() {
        SegmentLabels base = new SegmentLabels(new String[]{"a", "b", "c", "d"}, new int[]{0, 0, 1, -1},
                List.of("Gold", "Silver"), new long[]{10_000, 5_000, 2_000, 500});
        SegmentLabels scen = new SegmentLabels(new String[]{"a", "b", "c", "e"}, new int[]{0, 1, 1, 0},
                List.of("Gold", "Silver"), new long[]{10_000, 5_000, 2_000, 3_000});
        return Comparison.of(base, scen);
    }

    @Test
    void csvIsTheMatrixWithAFromColumnAndTheNoneRowAndColumn() throws Exception {
        Path out = dir.resolve("cmp.csv");
        new ComparisonExport(handBuilt()).write(out);
        String text = Files.readString(out, StandardCharsets.UTF_8).replace("\uFEFF", "");
        assertThat(text.lines().toList()).containsExactly(
                "from,Gold,Silver,(none)",
                "Gold,1,1,0",
                "Silver,0,1,0",
                "(none),1,0,1");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("cmp.csv");
        }
    }

    @Test
    void xlsxHoldsMatrixDeltasSidesAndMovers() throws Exception {
        Path out = dir.resolve("cmp.xlsx");
        ComparisonExport.Result r = new ComparisonExport(handBuilt()).sides("run 1", "Scenario 2").write(out);
        assertThat(r.movers()).isEqualTo(2);
        try (XSSFWorkbook wb = XlsxTableWriterTest.read(out)) {
            assertThat(sheetNames(wb)).containsExactly("Migration", "Deltas", "Compared", "Movers");

            XSSFSheet m = wb.getSheet("Migration");
            assertThat(texts(m.getRow(0))).containsExactly("from", "Gold", "Silver", "(none)");
            assertThat(m.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Gold");
            assertThat(numbers(m.getRow(1), 1, 3)).containsExactly(1.0, 1.0, 0.0);
            assertThat(numbers(m.getRow(2), 1, 3)).containsExactly(0.0, 1.0, 0.0);
            assertThat(m.getRow(3).getCell(0).getStringCellValue()).isEqualTo("(none)");
            assertThat(numbers(m.getRow(3), 1, 3)).containsExactly(1.0, 0.0, 1.0);

            XSSFSheet d = wb.getSheet("Deltas");
            assertThat(texts(d.getRow(0))).containsExactly("segment", "baseline_customers", "scenario_customers",
                    "customers_diff", "customers_pct", "baseline_revenue", "scenario_revenue", "revenue_diff",
                    "revenue_pct");
            assertThat(d.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Gold");
            assertThat(numbers(d.getRow(1), 1, 3)).containsExactly(2.0, 2.0, 0.0);
            assertThat(numbers(d.getRow(1), 5, 7)).containsExactly(150.0, 130.0, -20.0);
            // the percents are shares with a percent format: 0 and -20/150 = -0.13333 shown as -13.3%
            assertThat(d.getRow(1).getCell(4).getNumericCellValue()).isEqualTo(0.0);
            assertThat(d.getRow(1).getCell(8).getNumericCellValue()).isCloseTo(-20.0 / 150, org.assertj.core.data.Offset.offset(1e-12));
            assertThat(d.getRow(1).getCell(8).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            assertThat(new org.apache.poi.ss.usermodel.DataFormatter().formatCellValue(d.getRow(1).getCell(8)))
                    .isEqualTo("-13.3%");
            assertThat(d.getRow(2).getCell(0).getStringCellValue()).isEqualTo("Silver");
            // +100 % and +250 % as the shares 1.0 and 2.5
            assertThat(numbers(d.getRow(2), 1, 8)).containsExactly(1.0, 2.0, 1.0, 1.0, 20.0, 70.0, 50.0, 2.5);
            assertThat(d.getRow(2).getCell(4).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            assertThat(d.getRow(3) == null).isTrue();

            XSSFSheet s = wb.getSheet("Compared");
            assertThat(texts(s.getRow(1))).containsExactly("baseline", "run 1");
            assertThat(texts(s.getRow(2))).containsExactly("scenario", "Scenario 2");

            XSSFSheet mv = wb.getSheet("Movers");
            assertThat(texts(mv.getRow(0))).containsExactly("customer_id", "from", "to");
            assertThat(texts(mv.getRow(1))).containsExactly("b", "Gold", "Silver");
            assertThat(texts(mv.getRow(2))).containsExactly("e", "(none)", "Gold");
            assertThat(mv.getRow(3) == null).isTrue();
        }
    }

    @Test
    void windowLabelsAndSegmentNamesAreUsedAndFormulaLikeNamesNeutralised() throws Exception {
        ComparisonExport.Labels zh = new ComparisonExport.Labels("迁移", "从", "变化", "分群", "基准客户", "情景客户",
                "客户变化", "客户变化%", "基准收入", "情景收入", "收入变化", "收入变化%", "比较", "一方", "来源", "基准", "情景",
                "移动的客户", "客户编号", "从", "到");
        Path out = dir.resolve("zh.xlsx");
        new ComparisonExport(handBuilt()).labels(zh)
                .segmentNames(n -> switch (n) {
                    case "Gold" -> "金卡";
                    case "Silver" -> "=Silver";
                    default -> "（无）";
                })
                .write(out);
        try (XSSFWorkbook wb = XlsxTableWriterTest.read(out)) {
            assertThat(sheetNames(wb)).containsExactly("迁移", "变化", "比较", "移动的客户");
            assertThat(texts(wb.getSheet("迁移").getRow(0))).containsExactly("从", "金卡", "=Silver", "（无）");
            assertThat(wb.getSheet("迁移").getRow(0).getCell(2).getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(texts(wb.getSheet("移动的客户").getRow(1))).containsExactly("b", "金卡", "=Silver");
            assertThat(wb.getSheet("移动的客户").getRow(1).getCell(2).getCellStyle().getQuotePrefixed()).isTrue();
        }
    }

    private static List<String> sheetNames(XSSFWorkbook wb) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            out.add(wb.getSheetName(i));
        }
        return out;
    }

    private static List<String> texts(Row row) {
        List<String> out = new ArrayList<>();
        for (Cell c : row) {
            out.add(c.getStringCellValue());
        }
        return out;
    }

    private static List<Double> numbers(Row row, int first, int last) {
        List<Double> out = new ArrayList<>();
        for (int i = first; i <= last; i++) {
            Cell c = row.getCell(i);
            assertThat(c.getCellType()).isEqualTo(CellType.NUMERIC);
            out.add(c.getNumericCellValue());
        }
        return out;
    }
}
