package com.stratum.ui.export;

import com.stratum.ui.data.DataRow;
import com.stratum.ui.service.AppServices;
import com.stratum.ui.testsupport.StratumAppTest;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Export section on the sample workspace (its customers sheet has names, e-mails and phones):
 * run rfm-standard, choose two columns and masking by clicking, export .xlsx, read it back with POI,
 * then open the kept run and find the choice remembered from the workspace.
 */
class ExportSectionUiTest extends StratumAppTest {

    @Override
    protected AppServices services() {
        return null; // the real services
    }

    @Override
    protected List<String> arguments() {
        return List.of(); // first launch: the sample workspace
    }

    @Test
    void chooseColumnsAndMaskingExportAndFindTheChoiceRemembered() throws Exception {
        TableView<DataRow> rows = node("#data-rows");
        waitUntil(() -> ((TableView<?>) node("#data-datasets")).getItems().size() == 2
                && rows.getItems() != null && !rows.getItems().isEmpty() && rows.getItems().get(0).isLoaded());
        clickOn("#nav-segments");
        TextField name = node("#definition-name");
        waitUntil(() -> "rfm-standard".equals(name.getText()));
        waitUntil(() -> ((Label) node("#builder-totals")).getText().contains("customers"));
        clickOn("#builder-run");
        waitUntil(() -> lookup("#segment-table").tryQuery().isPresent());

        clickOn("#nav-export");
        ListView<ExportViewModel.ColumnChoice> columns = node("#export-columns");
        waitUntil(() -> columns.getItems().stream().anyMatch(c -> c.key().equals("email")));
        clickOn("#export-columns-none");
        check(columns, "monetary");
        clickOn("#export-columns-filter").write("mail"); // the personal columns sit at the end: filter
        waitUntil(() -> columns.getItems().size() == 1);
        check(columns, "email");
        onFx(() -> ((javafx.scene.control.TextField) node("#export-columns-filter")).clear());
        clickOn("#export-personal-mask");
        Path out = temp.resolve("masked.xlsx");
        dialogs.answerNextChooser(out);
        clickOn("#export-write");
        waitUntil(() -> ((Label) node("#export-done")).getText().startsWith("Exported 2,000 rows"));

        try (InputStream in = Files.newInputStream(out); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertThat(wb.getSheetName(0)).isEqualTo("Summary");
            assertThat(wb.getAllPictures()).hasSize(2); // sizes and shares
            long members = 0;
            List<String> emails = new ArrayList<>();
            for (int s = 1; s < wb.getNumberOfSheets(); s++) {
                Sheet sheet = wb.getSheetAt(s);
                Row header = sheet.getRow(0);
                assertThat(List.of(header.getCell(0).getStringCellValue(), header.getCell(1).getStringCellValue(),
                        header.getCell(2).getStringCellValue())).containsExactly("Customer ID", "Monetary", "E-mail");
                assertThat(header.getLastCellNum()).isEqualTo((short) 3);
                for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                    members++;
                    if (sheet.getRow(r).getCell(2) != null) {
                        emails.add(sheet.getRow(r).getCell(2).getStringCellValue());
                    }
                }
            }
            assertThat(members).isEqualTo(2000);
            // every e-mail masked: one character, ***, then the domain
            assertThat(emails).isNotEmpty().allMatch(e -> e.matches("^.\\*\\*\\*@[^*]+$"), "masked e-mail");
        }

        // the kept run of the same definition reads the choice back from the workspace
        ComboBox<ExportViewModel.RunChoice> run = node("#export-run");
        waitUntil(() -> run.getItems().size() >= 2);
        clickOn("#export-columns-none"); // forget the choice on screen
        clickOn("#export-personal-keep");
        clickOn("#export-run");
        clickOn(fx(() -> run.getItems().get(1).label()));
        waitUntil(() -> run.getValue() != null && run.getValue().kept() != null && !columns.getItems().isEmpty());
        ExportViewModel vm = ExportViewModel.of(ctx());
        assertThat(fx(vm::chosenColumns)).containsExactly("monetary", "email");
        assertThat(fx(() -> ((RadioButton) node("#export-personal-mask")).isSelected())).isTrue();
        // a kept run says that its stored members, segments and tiers are exported
        assertThat(fx(() -> node("#export-kept-note").isVisible())).isTrue();
        int chosenSegment = fx(() -> vm.segments().size() - 1); // the last segment of the list
        onFx(() -> vm.segmentProperty().set(vm.segments().get(chosenSegment)));
        String englishName = fx(() -> vm.segmentProperty().get().label());

        // switch to Chinese: the section's lists follow at once, the chosen run and segment stay
        clickOn("View").clickOn("Language").clickOn("中文（简体）");
        waitUntil(() -> ((javafx.scene.control.ToggleButton) node("#nav-data")).getText().equals("数据"));
        waitUntil(() -> !vm.segments().isEmpty() && vm.segments().get(0).label().equals("全部分群"));
        assertThat(fx(() -> vm.runProperty().get().kept())).isNotNull();
        assertThat(fx(() -> vm.runProperty().get().label())).contains("第", "版，截至");
        assertThat(fx(() -> vm.segmentProperty().get().index())).isEqualTo(chosenSegment - 1);
        String chineseName = fx(() -> vm.segmentProperty().get().label());
        assertThat(chineseName).isNotEqualTo(englishName);
        // column names follow too: the e-mail column is called by the Chinese role name
        assertThat(fx(() -> vm.columns().stream().filter(c -> c.key().equals("email")).findFirst().orElseThrow()
                .label())).isEqualTo(fx(() -> ctx().i18n().get("role.email"))).isNotEqualTo("E-mail");
        if (lookup("#export-view").tryQuery().isEmpty()) {
            clickOn("#nav-export");
        }
        assertThat(fx(() -> ((Label) node("#export-kept-note")).getText())).startsWith("已保存的运行");

        Path zh = temp.resolve("kept-zh.xlsx");
        dialogs.answerNextChooser(zh);
        clickOn("#export-write");
        waitUntil(() -> ((Label) node("#export-done")).getText().startsWith("已导出"));
        try (InputStream in = Files.newInputStream(zh); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet summary = wb.getSheet("摘要");
            assertThat(summary.getRow(3).getCell(0).getStringCellValue()).isEqualTo("导出的分群");
            assertThat(summary.getRow(3).getCell(1).getStringCellValue()).isEqualTo(chineseName);
            assertThat(wb.getNumberOfSheets()).isEqualTo(2); // the summary and the one segment
            assertThat(wb.getSheetName(1)).isEqualTo(chineseName);
        }
    }

    /** Scrolls the column to view and ticks its check box. */
    private void check(ListView<ExportViewModel.ColumnChoice> list, String key) {
        int index = fx(() -> {
            for (int i = 0; i < list.getItems().size(); i++) {
                if (list.getItems().get(i).key().equals(key)) {
                    return i;
                }
            }
            return -1;
        });
        assertThat(index).as(key).isNotNegative();
        onFx(() -> list.scrollTo(index));
        waitUntil(() -> lookup("#export-col-" + key).tryQuery().isPresent());
        clickOn("#export-col-" + key);
        waitUntil(() -> list.getItems().get(index).chosenProperty().get());
    }
}
