package com.stratum.ui.results;

import com.stratum.ui.service.AppServices;
import com.stratum.ui.service.SegmentRun;
import com.stratum.ui.service.SegmentStat;
import com.stratum.ui.data.DataRow;
import com.stratum.ui.testsupport.StratumAppTest;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
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
 * shows rows; the builder opens rfm-standard and runs it; Results shows the table and charts; the biggest segment's members open and
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
    void firstLaunchToExportedMembers() throws Exception {
        assertThat(ctx().session().workspace().folder()).isEqualTo(home.resolve("workspaces/sample"));
        TableView<DataRow> rows = node("#data-rows");
        waitUntil(() -> ((TableView<?>) node("#data-datasets")).getItems().size() == 2
                && rows.getItems() != null && !rows.getItems().isEmpty() && rows.getItems().get(0).isLoaded());

        clickOn("#nav-segments");
        // the builder opens the first definition, rfm-standard, with live counts once customers are loaded
        TextField name = node("#definition-name");
        waitUntil(() -> "rfm-standard".equals(name.getText()));
        waitUntil(() -> ((Label) node("#builder-totals")).getText().contains("customers"));
        clickOn("#builder-run");

        waitUntil(() -> lookup("#segment-table").tryQuery().isPresent() || !dialogs.errors().isEmpty());
        assertThat(dialogs.errors()).isEmpty();
        TableView<SegmentTableRow> table = node("#segment-table");
        waitUntil(() -> !table.getItems().isEmpty());
        SegmentRun run = ctx().session().latestRunProperty().get();
        // Every customer is in exactly one segment, so the table's counts add up to the run's customers.
        long sum = fx(() -> table.getItems().stream().mapToLong(SegmentTableRow::count).sum());
        assertThat(sum).isEqualTo(run.customers()).isPositive();
        assertThat(lookup("#chart-sizes").tryQuery()).isPresent();

        SegmentStat biggest = run.segments().stream().max((a, b) -> Long.compare(a.customers(), b.customers()))
                .orElseThrow();
        int index = run.segments().indexOf(biggest);
        clickOn("#chart-sizes #segment-bar-" + index); // the biggest segment's bar opens its members
        waitUntil(() -> lookup("#members-table").tryQuery().isPresent());

        // a members row opens the customer's profile with their purchase lines from the transactions;
        // the lines (returns negative) net to the customer's monetary
        TableView<Integer> membersTable = node("#members-table");
        int frameRow = fx(() -> membersTable.getItems().get(0));
        javafx.scene.Node firstRow = lookup(n -> n instanceof javafx.scene.control.TableRow<?> r && r.getIndex() == 0
                && r.getTableView() == membersTable).query();
        clickOn(firstRow);
        type(javafx.scene.input.KeyCode.ENTER); // Enter (or a double click) on a row opens the profile
        waitUntil(() -> lookup("#purchase-history").tryQuery().isPresent());
        TableView<PurchaseLine> history = node("#purchase-history");
        waitUntil(() -> !history.getItems().isEmpty());
        long net = fx(() -> history.getItems().stream().mapToLong(PurchaseLine::cents).sum());
        com.stratum.features.MoneyColumn monetary = (com.stratum.features.MoneyColumn)
                ((SegmentResult) run).frame().column("monetary");
        assertThat(net).isEqualTo(monetary.cents()[frameRow]);
        // shares read as percent and derived levels by their labels, never 0.05 or online_only
        javafx.scene.Node profilePane = history.getScene().getRoot();
        assertThat(fx(() -> profilePane.lookupAll(".label").stream()
                .map(n -> ((Label) n).getText()).toList())).noneMatch(t -> t.matches("online_only|offline_only|omni_channel"));
        javafx.stage.Window profile = history.getScene().getWindow();
        type(javafx.scene.input.KeyCode.ESCAPE); // Esc closes the profile (as do Ctrl+W and its Close button)
        waitUntil(() -> !profile.isShowing());

        Path out = temp.resolve("members.xlsx");
        dialogs.answerNextChooser(out);
        clickOn("#results-export"); // opens the Export section on this run with the open segment chosen
        waitUntil(() -> lookup("#export-write").tryQuery().isPresent()
                && !((javafx.scene.control.Button) node("#export-write")).isDisabled());
        clickOn("#export-write");
        waitUntil(() -> ((javafx.scene.control.Label) node("#export-done")).getText().startsWith("Exported")
                || !dialogs.errors().isEmpty());
        assertThat(dialogs.errors()).isEmpty();
        String shownName = com.stratum.ui.i18n.TemplateTexts.segmentName(biggest.i18nKey(), biggest.segment(),
                java.util.Locale.ENGLISH);

        try (InputStream in = Files.newInputStream(out); Workbook wb = new XSSFWorkbook(in)) {
            Sheet members = null;
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                Sheet s = wb.getSheetAt(i);
                if (s.getRow(0) != null && "Customer ID".equals(s.getRow(0).getCell(0).getStringCellValue())) {
                    members = s;
                }
            }
            assertThat(members).as("a sheet of members").isNotNull();
            assertThat(members.getLastRowNum()).isEqualTo(biggest.customers()); // header + one row per member
            assertThat(members.getRow(1).getCell(1).getStringCellValue()).isEqualTo(shownName);
        }

    }
}
