package com.stratum.ui.results;

import com.stratum.ui.service.AppServices;
import com.stratum.ui.service.SegmentRun;
import com.stratum.ui.data.DataRow;
import com.stratum.ui.testsupport.StratumAppTest;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The thin path of issue 3 on the real layers: first launch (no workspace argument, empty data
 * folder) creates the sample workspace and imports both sample workbooks from the class path; Data
 * shows rows; Segments runs rfm-standard; Results shows the table and chart; a segment's members
 * export to .xlsx and are read back with POI.
 */
class SampleWorkspaceUiTest extends StratumAppTest {

    @Override
    protected AppServices services() {
        return null; // the real services
    }

    @Override
    protected List<String> arguments() {
        return List.of();
    }

    @Test
    @SuppressWarnings("unchecked")
    void firstLaunchToExportedMembers() throws Exception {
        assertThat(ctx().session().workspace().folder()).isEqualTo(home.resolve("workspaces/sample"));
        TableView<DataRow> rows = node("#data-rows");
        waitUntil(() -> ((TableView<?>) node("#data-datasets")).getItems().size() == 2
                && rows.getItems() != null && !rows.getItems().isEmpty() && rows.getItems().get(0).isLoaded());

        clickOn("#nav-segments");
        ListView<?> defs = node("#definition-list");
        waitUntil(() -> defs.getItems().stream().anyMatch(d -> d.toString().contains("rfm-standard")));
        onFx(() -> {
            Object rfm = defs.getItems().stream().filter(d -> d.toString().contains("rfm-standard")).findFirst()
                    .orElseThrow();
            ((ListView<Object>) (ListView<?>) defs).getSelectionModel().select(rfm);
        });
        // Run acts once the customers are loaded and the definition evaluated (the totals line shows it).
        waitUntil(() -> {
            javafx.scene.control.Labeled totals = node("#builder-totals");
            String noData = java.util.ResourceBundle.getBundle("com.stratum.i18n.views", java.util.Locale.ENGLISH)
                    .getString("builder.noData");
            return fx(() -> totals.getText() != null && !totals.getText().isBlank()
                    && !totals.getText().equals(noData));
        });
        clickOn("#builder-run");

        waitUntil(() -> lookup("#segment-table").tryQuery().isPresent() || !dialogs.errors().isEmpty());
        assertThat(dialogs.errors()).isEmpty();
        TableView<SegmentRow> table = node("#segment-table");
        waitUntil(() -> table.getItems() != null && !table.getItems().isEmpty());
        SegmentRun run = ctx().session().latestRunProperty().get();
        assertThat(run.definitionName()).isEqualTo("rfm-standard");
        // Every customer is in exactly one segment, so the table's counts add up to the run's customers.
        long sum = fx(() -> table.getItems().stream().mapToLong(SegmentRow::count).sum());
        assertThat(sum).isEqualTo(run.customers()).isPositive();

        Path out = temp.resolve("members.xlsx");
        dialogs.answerNextChooser(out);
        clickOn("#results-export");
        waitUntil(() -> Files.exists(out) || !dialogs.errors().isEmpty());
        assertThat(dialogs.errors()).isEmpty();
        waitUntil(() -> Files.exists(out) && out.toFile().length() > 0);

        // One sheet per segment after the summary: together they list every customer once.
        try (InputStream in = Files.newInputStream(out); Workbook wb = new XSSFWorkbook(in)) {
            long members = 0;
            for (int i = 1; i < wb.getNumberOfSheets(); i++) {
                Sheet s = wb.getSheetAt(i);
                assertThat(s.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Customer ID");
                members += s.getLastRowNum(); // header + one row per member
            }
            assertThat(members).isEqualTo(run.customers());
        }
    }
}
