package com.stratum.ui.importwizard;

import com.stratum.imports.ImportListener;
import com.stratum.imports.ImportOptions;
import com.stratum.imports.ImportResult;
import com.stratum.imports.Importer;
import com.stratum.ui.i18n.Language;
import com.stratum.ui.session.ImportAction;
import com.stratum.ui.testsupport.StratumAppTest;
import com.stratum.workspace.ColumnRole;
import com.stratum.workspace.DatasetColumn;
import com.stratum.workspace.DatasetInfo;
import com.stratum.workspace.DatasetRepository;
import com.stratum.workspace.Workspace;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The real wizard in the real app (headless): File > Import or a dropped file, through to the report. */
class ImportWizardUiTest extends StratumAppTest {

    private String text(String id) {
        return fx(() -> ((Label) node(id)).getText());
    }

    private boolean enabled(String id) {
        return fx(() -> lookup(id).tryQuery().map(n -> !n.isDisabled() && n.isVisible()).orElse(false));
    }

    private void openDropped(Path file) {
        // what dropping a file on the window does (MainViewModel.importDropped)
        onFx(() -> ImportAction.importFiles(ctx(), List.of(file)));
        waitUntil(() -> lookup("#import-wizard").tryQuery().isPresent());
    }

    @Test
    void ordersWorkbookFromFileImportToTheSavedRejectedRows() throws Exception {
        Path file = WizardFiles.orders(temp.resolve("orders.xlsx"), false);
        dialogs.answerNextChooser(file);
        clickOn("File").clickOn("Import...");
        waitUntil(() -> lookup("#import-wizard").tryQuery().isPresent());

        // step 1: the one sheet, inferred as transactions
        waitUntil(() -> enabled("#wizard-next"));
        TableView<SheetChoice> sheets = node("#wizard-sheets");
        assertThat(fx(() -> sheets.getItems().size())).isEqualTo(1);
        assertThat(fx(() -> ((ComboBox<?>) node("#wizard-kind-0")).getSelectionModel().getSelectedItem()))
                .isEqualTo(com.stratum.workspace.DatasetKind.TRANSACTIONS);
        assertThat(fx(() -> node("#wizard-encoding").getParent().isVisible())).isFalse();
        clickOn("#wizard-next");

        // step 2: the header below the title row, the bad date cell marked with its reason
        waitUntil(() -> text("#wizard-header-row").equals("Header found on row 3"));
        Set<Node> marked = fx(() -> lookup("." + ImportWizardView.REJECTED_CELL).queryAll());
        assertThat(marked).hasSize(1);
        TableCell<?, ?> bad = (TableCell<?, ?>) marked.iterator().next();
        assertThat(fx(bad::getText)).isEqualTo("tomorrow");
        assertThat(fx(() -> bad.getTooltip().getText()))
                .startsWith("Row 6 will be rejected").contains("\"tomorrow\" is not a date");
        assertThat(text("#wizard-preview-rejected")).isEqualTo("1 of the first 5 rows would be rejected.");
        assertThat(text("#wizard-derived-amount")).isEqualTo("Amount = quantity x unit price");

        // change the role of "Channel" (column 6, index 5) to Store with the combo under its header
        clickOn("#wizard-role-5");
        clickOn(lookup(".list-cell").match(n -> "Store".equals(((javafx.scene.control.ListCell<?>) n).getText()))
                .<Node>query());
        waitUntil(() -> lookup("#wizard-role-5").tryQuery()
                .map(n -> ((ComboBox<?>) n).getValue() == ColumnRole.STORE).orElse(false) && enabled("#wizard-next"));

        // step 3 and 4: import, then the report worked out from the file: 5 read, 4 imported, row 6 rejected
        clickOn("#wizard-next");
        waitUntil(() -> lookup("#wizard-report-pane").tryQuery().map(Node::isVisible).orElse(false));
        assertThat(text("#wizard-report-read")).isEqualTo("5");
        assertThat(text("#wizard-report-imported")).isEqualTo("4");
        assertThat(text("#wizard-report-rejected")).isEqualTo("1");
        TableView<RejectedLine> reasons = node("#wizard-report-reasons");
        assertThat(fx(() -> List.copyOf(reasons.getItems()))).singleElement().satisfies(r -> {
            assertThat(r.sheet()).isEqualTo("Orders");
            assertThat(r.row()).isEqualTo(6);
            assertThat(r.column()).isEqualTo("Date");
        });
        assertThat(fx(() -> node("#wizard-report-without-transactions").getParent().isVisible())).isFalse();

        List<DatasetInfo> sets = new DatasetRepository(ctx().session().workspace()).list();
        assertThat(sets).hasSize(1);
        assertThat(sets.get(0).column(ColumnRole.STORE).map(DatasetColumn::header)).contains("Channel");

        // save the rejected rows and read them back
        Path saved = temp.resolve("rejected.xlsx");
        dialogs.answerNextChooser(saved);
        clickOn("#wizard-save-rejected");
        waitUntil(() -> !text("#wizard-saved").isEmpty());
        try (InputStream in = Files.newInputStream(saved); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet s = wb.getSheet("Orders");
            assertThat(s.getLastRowNum()).isEqualTo(1);
            Row r = s.getRow(1);
            assertThat(r.getCell(0).getNumericCellValue()).isEqualTo(6);
            assertThat(r.getCell(1).getStringCellValue()).isEqualTo("Date");
            assertThat(r.getCell(3).getStringCellValue()).isEqualTo("C1");
            assertThat(r.getCell(5).getStringCellValue()).isEqualTo("tomorrow");
        }

        clickOn("#wizard-close");
        waitUntil(() -> lookup("#import-wizard").tryQuery().isEmpty());
    }

    @Test
    void aFileThatCannotBeReadShowsWhyAndNoLongerSaysReading() throws Exception {
        Path truncated = temp.resolve("half.xlsx");
        byte[] full = java.nio.file.Files.readAllBytes(WizardFiles.orders(temp.resolve("whole.xlsx"), false));
        java.nio.file.Files.write(truncated, java.util.Arrays.copyOf(full, full.length / 2));
        openDropped(truncated);
        waitUntil(() -> lookup("#wizard-file-error").tryQuery().map(Node::isVisible).orElse(false));
        assertThat(text("#wizard-file-error")).contains("half.xlsx");
        // the sheet table's placeholder follows the error instead of "Reading the file..." for ever
        String placeholder = fx(() -> ((javafx.scene.control.Label) ((javafx.scene.control.TableView<?>)
                node("#wizard-sheets")).getPlaceholder()).getText());
        assertThat(placeholder).isEqualTo("No sheets to show: the file cannot be read.");
        clickOn("#wizard-close");
        waitUntil(() -> lookup("#import-wizard").tryQuery().isEmpty());
    }

    @Test
    void cancelMidImportLeavesTheWorkspaceAsItWas() throws Exception {
        Path earlier = WizardFiles.orders(temp.resolve("orders.xlsx"), false);
        Importer.run(ctx().session().workspace(), earlier, new ImportOptions(), null);
        List<DatasetInfo> before = new DatasetRepository(ctx().session().workspace()).list();
        assertThat(before).hasSize(1);

        Path big = WizardFiles.bigCsv(temp.resolve("big.csv"), 400_000);
        // The import takes about a second now: it is held at its first progress report until the
        // cancel arrives, so the click never comes after the last row (that would test nothing).
        WizardBackend heldAtFirstProgress = new WizardBackend() {
            @Override
            public ImportResult importSheet(Workspace ws, Path file, ImportOptions options, ImportListener listener) {
                return super.importSheet(ws, file, options, new ImportListener() {
                    private boolean held;

                    @Override
                    public void progress(long rowsRead, double fraction) {
                        listener.progress(rowsRead, fraction);
                        if (!held && rowsRead > 0 && fraction < 1.0) {
                            held = true;
                            long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
                            while (!listener.isCancelled() && System.nanoTime() < deadline) {
                                java.util.concurrent.locks.LockSupport.parkNanos(1_000_000);
                            }
                        }
                    }

                    @Override
                    public boolean isCancelled() {
                        return listener.isCancelled();
                    }
                });
            }
        };
        onFx(() -> ImportWizard.show(ctx(), ctx().session().workspace(), big, heldAtFirstProgress));
        waitUntil(() -> lookup("#import-wizard").tryQuery().isPresent());
        waitUntil(() -> enabled("#wizard-next"));
        clickOn("#wizard-next");
        waitUntil(() -> enabled("#wizard-next") && text("#wizard-header-row").equals("Header found on row 1"));
        clickOn("#wizard-next");
        // rows are being read: cancel half-way
        waitUntil(() -> enabled("#wizard-cancel-import") && !text("#wizard-rate").startsWith("0 rows"));
        clickOn("#wizard-cancel-import");
        waitUntil(() -> text("#wizard-import-state").equals("Import cancelled. The workspace is exactly as it was before."));
        assertThat(fx(() -> ((Button) node("#wizard-close")).isDisabled())).isFalse();

        List<DatasetInfo> after = new DatasetRepository(ctx().session().workspace()).list();
        assertThat(after).isEqualTo(before);
        clickOn("#wizard-close");
        waitUntil(() -> lookup("#import-wizard").tryQuery().isEmpty());
    }

    @Test
    void gbkCsvWithChineseHeadersInTheChineseWindow() throws Exception {
        onFx(() -> ctx().prefs().languageProperty().set(Language.CHINESE));
        Path file = WizardFiles.gbkCsv(temp.resolve("订单.csv"));
        openDropped(file);
        waitUntil(() -> enabled("#wizard-next"));
        ComboBox<?> encoding = node("#wizard-encoding");
        assertThat(fx(() -> encoding.getParent().isVisible())).isTrue();
        assertThat(fx(() -> encoding.getButtonCell().getText())).isEqualTo("自动检测（GB18030）");
        clickOn("#wizard-next");
        waitUntil(() -> text("#wizard-header-row").equals("表头位于第 1 行"));
        // the sheet's own Chinese headers, each with the role Stratum found (role names from the ui bundle)
        assertThat(lookup("客户ID").tryQuery()).isPresent();
        assertThat(fx(() -> ((ComboBox<?>) node("#wizard-role-0")).getValue())).isEqualTo(ColumnRole.CUSTOMER_ID);
        assertThat(fx(() -> ((ComboBox<?>) node("#wizard-role-3")).getValue())).isEqualTo(ColumnRole.AMOUNT);
        assertThat(fx(() -> ((ComboBox<?>) node("#wizard-role-3")).getButtonCell().getText())).isEqualTo("金额");
        assertThat(fx(() -> lookup("." + ImportWizardView.REJECTED_CELL).queryAll())).isEmpty();
        clickOn("#wizard-next");
        waitUntil(() -> lookup("#wizard-report-pane").tryQuery().map(Node::isVisible).orElse(false));
        // three lines, none rejected
        assertThat(text("#wizard-report-read")).isEqualTo("3");
        assertThat(text("#wizard-report-imported")).isEqualTo("3");
        assertThat(text("#wizard-report-rejected")).isEqualTo("0");
        assertThat(fx(() -> ((Button) node("#wizard-close")).getText())).isEqualTo("关闭");
        DatasetInfo d = new DatasetRepository(ctx().session().workspace()).list().get(0);
        assertThat(d.columns()).extracting(DatasetColumn::header).startsWith("客户ID", "订单号");
    }

    @Test
    void dottedDatesShowTheirReadingTheDerivedAmountIsChineseAndAnonymousLinesAreReported() throws Exception {
        onFx(() -> ctx().prefs().languageProperty().set(Language.CHINESE));
        // 31.01.2024 can only be day-first, so 05.03.2024 is 5 March; no amount column (quantity x unit price);
        // the third line has no customer id
        Path file = temp.resolve("dots.csv");
        Files.writeString(file, "客户ID,订单号,日期,数量,单价\nC1,X1,31.01.2024,2,5.50\nC2,X2,05.03.2024,1,10\n"
                + ",X3,06.03.2024,3,2\n");
        openDropped(file);
        waitUntil(() -> enabled("#wizard-next"));
        clickOn("#wizard-next");
        waitUntil(() -> text("#wizard-header-row").equals("表头位于第 1 行"));
        waitUntil(() -> lookup("05.03.2024 \u2192 2024-03-05").tryQuery().isPresent());
        assertThat(lookup("金额（数量 × 单价）").tryQuery()).isPresent();
        assertThat(lookup("Amount (quantity x unit price)").tryQuery()).isEmpty();
        clickOn("#wizard-next");
        waitUntil(() -> lookup("#wizard-report-pane").tryQuery().map(Node::isVisible).orElse(false));
        assertThat(text("#wizard-report-anonymous"))
                .isEqualTo("1 行没有客户ID，已作为匿名行导入：计入收入总额，但不计入任何客户的指标。");
        assertThat(fx(() -> node("#wizard-report-duplicates").getParent().isVisible())).isFalse();
        // the stored name stays neutral
        DatasetInfo d = new DatasetRepository(ctx().session().workspace()).list().get(0);
        assertThat(d.columns().get(d.columns().size() - 1).header()).isEqualTo("Amount (quantity x unit price)");
    }
}
