package com.stratum.ui.results;

import com.stratum.engine.Evaluator;
import com.stratum.engine.definition.Condition;
import com.stratum.engine.definition.Criterion;
import com.stratum.engine.definition.Definition;
import com.stratum.engine.definition.SegmentSpec;
import com.stratum.exports.SegmentExport;
import com.stratum.exports.SegmentListExport;
import com.stratum.ui.charts.ViewTexts;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The Results view model over a real engine run of a small rule definition, and its xlsx export. */
class EngineResultsTest {

    /**
     * Big spenders: monetary >= 100; Active: monetary > 0 AND (frequency >= 2 OR recency <= 60).
     * On {@link HandResult}'s customers: Big = c1 (500.00), c2 (120.50); Active = c3 (80.00, f 2);
     * everyone else = c4 (30.25, f 1, r 90), c5 (-10.00), c6 (no purchase).
     */
    static Definition twoSegments() {
        SegmentSpec big = new SegmentSpec("big", "Big spenders", "#1E88E5", null, "VIP service", null,
                Condition.ge("monetary", 100));
        SegmentSpec active = new SegmentSpec("active", "Active", "#43A047", null, "Cross-sell", null,
                Criterion.and(Condition.gt("monetary", 0),
                        Criterion.or(Condition.ge("frequency", 2), Condition.le("recency_days", 60))));
        return new Definition("Two segments", 1, "custom", null, null, null, List.of(big, active), null, null, null);
    }

    @Test
    void tableShowsTheEngineCountsRevenueAndMeans() {
        AssignmentResult run = new AssignmentResult(Evaluator.evaluate(twoSegments(), new HandResult().frame()),
                Locale.ENGLISH);
        ResultsViewModel vm = new ResultsViewModel();
        vm.show(run);
        assertThat(vm.table()).extracting(SegmentTableRow::name).containsExactly("Big spenders", "Active", "Everyone else");
        assertThat(vm.table()).extracting(SegmentTableRow::count).containsExactly(2L, 1L, 3L);
        // 500.00 + 120.50; 80.00; 30.25 - 10.00 (c6 has no monetary)
        assertThat(vm.table().get(0).revenue()).isEqualByComparingTo(new BigDecimal("620.50"));
        assertThat(vm.table().get(1).revenue()).isEqualByComparingTo(new BigDecimal("80.00"));
        assertThat(vm.table().get(2).revenue()).isEqualByComparingTo(new BigDecimal("20.25"));
        // big spenders' mean frequency (10 + 4) / 2, mean recency (5 + 20) / 2
        assertThat(vm.table().get(0).avgFrequency()).isEqualTo(7);
        assertThat(vm.table().get(0).avgRecency()).isEqualTo(12.5);
        assertThat(vm.table().get(0).strategy()).isEqualTo("VIP service");
        assertThat(vm.openMembers(2).rows()).containsExactly(3, 4, 5);
    }

    @Test
    void exportWritesEverySegmentAndReadsBackWithPoi(@TempDir Path dir) throws Exception {
        AssignmentResult run = new AssignmentResult(Evaluator.evaluate(twoSegments(), new HandResult().frame()),
                Locale.ENGLISH);
        ViewTexts texts = ViewTexts.of(Locale.ENGLISH);
        Path file = dir.resolve("two.xlsx");
        FeatureLabels features = new FeatureLabels(texts);
        // every column of the frame, headers for people as the window writes them
        SegmentListExport.Result r = SegmentExport.of(run.assignment())
                .columns(SegmentExport.availableColumns(run.assignment(), List.of()))
                .headers(k -> k.equals("customer_id") ? "Customer" : k.equals("segment") ? "Segment" : features.apply(k))
                .write(file);
        assertThat(r.rows()).isEqualTo(6);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertThat(wb.getSheetName(0)).isEqualTo("Summary");
            Sheet big = wb.getSheet("Big spenders");
            assertThat(big).isNotNull();
            Row header = big.getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Customer");
            assertThat(header.getCell(1).getStringCellValue()).isEqualTo("Segment");
            int monetary = -1;
            for (int c = 0; c < header.getLastCellNum(); c++) {
                if (header.getCell(c).getStringCellValue().equals("Monetary")) {
                    monetary = c;
                }
            }
            assertThat(monetary).isPositive();
            assertThat(big.getLastRowNum()).isEqualTo(2);
            assertThat(big.getRow(1).getCell(0).getStringCellValue()).isEqualTo("c1");
            assertThat(big.getRow(1).getCell(monetary).getNumericCellValue()).isEqualTo(500.00);
            assertThat(big.getRow(2).getCell(0).getStringCellValue()).isEqualTo("c2");
            assertThat(big.getRow(2).getCell(monetary).getNumericCellValue()).isEqualTo(120.50);
            assertThat(wb.getSheet("Active").getLastRowNum()).isEqualTo(1);
            assertThat(wb.getSheet("Everyone else").getLastRowNum()).isEqualTo(3);
        }
    }
}
