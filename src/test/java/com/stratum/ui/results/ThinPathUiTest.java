package com.stratum.ui.results;

import com.stratum.ui.testsupport.FakeServices;
import com.stratum.ui.testsupport.StratumAppTest;
import javafx.scene.chart.BarChart;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The thin path of the window on in-memory services (the shell's own behaviour): Segments → Run →
 * Results table and chart → export a segment's members to .xlsx, read back with POI.
 */
class ThinPathUiTest extends StratumAppTest {

    @Test
    void runShowsTheSegmentTableAndChartAndExportsMembers() throws Exception {
        clickOn("#nav-segments");
        ListView<?> defs = node("#segments-definitions");
        // rfm-standard is chosen by default
        waitUntil(() -> defs.getItems().size() == 2 && defs.getSelectionModel().getSelectedIndex() == 0);
        clickOn("#segments-run");

        waitUntil(() -> lookup("#results-view").tryQuery().isPresent());
        TableView<SegmentRow> table = node("#results-table");
        waitUntil(() -> table.getItems().size() == 2);
        // Champions 2 of 5 customers = 40.0 %, revenue 300.00 of 400.00 = 75.0 %
        assertThat(lookup("40.0%").tryQuery()).isPresent();
        assertThat(lookup("75.0%").tryQuery()).isPresent();
        assertThat(lookup("300.00").tryQuery()).isPresent();
        BarChart<?, ?> chart = node("#results-chart");
        assertThat(fx(() -> chart.getData().get(0).getData().size())).isEqualTo(2);
        assertThat(fx(chart::getTitle)).isEqualTo("Customers per segment");

        clickOn("Lost");
        Path out = temp.resolve("lost.xlsx");
        dialogs.answerNextChooser(out);
        clickOn("#results-export");
        waitUntil(() -> !dialogs.infos().isEmpty());
        assertThat(dialogs.infos().get(0).message()).contains("3 members of Lost");

        try (InputStream in = Files.newInputStream(out); Workbook wb = new XSSFWorkbook(in)) {
            Sheet sheet = wb.getSheet("Lost");
            assertThat(sheet).isNotNull();
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("customer_id");
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
            for (int i = 0; i < 3; i++) {
                assertThat(sheet.getRow(i + 1).getCell(0).getStringCellValue())
                        .isEqualTo(FakeServices.MEMBERS.get("Lost").get(i));
            }
        }
    }

    @Test
    void chartTitleAndMenusInChinese() {
        onFx(() -> ctx().prefs().languageProperty().set(com.stratum.ui.i18n.Language.CHINESE));
        clickOn("#nav-segments");
        waitUntil(() -> ((ListView<?>) node("#segments-definitions")).getItems().size() == 2);
        clickOn("#segments-run");
        waitUntil(() -> lookup("#results-chart").tryQuery().isPresent());
        BarChart<?, ?> chart = node("#results-chart");
        assertThat(fx(chart::getTitle)).isEqualTo("各细分群体客户数");
        assertThat(lookup("各细分群体客户数").tryQuery()).isPresent();
        assertThat(lookup("导出成员...").tryQuery()).isPresent();
        assertThat(lookup("文件").tryQuery()).isPresent();
        assertThat(lookup("帮助").tryQuery()).isPresent();
    }
}
