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
    @org.junit.jupiter.api.Disabled("Written against the ui branch's thin Segments view; since the views merge the Segments"
            + " section is the builder (no #segments-definitions). The views helper's SegmentationUiTest replaces it.")
    void firstLaunchToExportedMembers() throws Exception {
        assertThat(ctx().session().workspace().folder()).isEqualTo(home.resolve("workspaces/sample"));
        TableView<DataRow> rows = node("#data-rows");
        waitUntil(() -> ((TableView<?>) node("#data-datasets")).getItems().size() == 2
                && rows.getItems() != null && !rows.getItems().isEmpty() && rows.getItems().get(0).isLoaded());

        clickOn("#nav-segments");
        ListView<?> defs = node("#segments-definitions");
        waitUntil(() -> defs.getSelectionModel().getSelectedItem() != null);
        assertThat(fx(() -> defs.getSelectionModel().getSelectedItem().toString())).contains("rfm-standard");
        clickOn("#segments-run");

        waitUntil(() -> lookup("#segment-table").tryQuery().isPresent() || !dialogs.errors().isEmpty());
        assertThat(dialogs.errors()).isEmpty();
        TableView<SegmentTableRow> table = node("#segment-table");
        waitUntil(() -> !table.getItems().isEmpty());
        SegmentRun run = ctx().session().latestRunProperty().get();
        // Every customer is in exactly one segment, so the table's counts add up to the run's customers.
        long sum = fx(() -> table.getItems().stream().mapToLong(SegmentTableRow::count).sum());
        assertThat(sum).isEqualTo(run.customers()).isPositive();

        // No members list open: File > Export writes every segment, one sheet of members each.
        Path out = temp.resolve("members.xlsx");
        dialogs.answerNextChooser(out);
        clickOn("#results-export");
        waitUntil(() -> !dialogs.infos().isEmpty() || !dialogs.errors().isEmpty());
        assertThat(dialogs.errors()).isEmpty();

        try (InputStream in = Files.newInputStream(out); Workbook wb = new XSSFWorkbook(in)) {
            long members = 0;
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                Sheet s = wb.getSheetAt(i);
                if (s.getRow(0) != null && "Customer".equals(s.getRow(0).getCell(0).getStringCellValue())) {
                    members += s.getLastRowNum(); // header + one row per member
                }
            }
            assertThat(members).as("members over the segment sheets").isEqualTo(run.customers());
        }
    }
}
