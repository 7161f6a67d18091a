package com.stratum.ui.importwizard;

import com.stratum.imports.ImportMode;
import com.stratum.imports.ImportPreview;
import com.stratum.ui.importwizard.ImportWizardViewModel.ImportState;
import com.stratum.ui.importwizard.ImportWizardViewModel.Step;
import com.stratum.ui.task.CurrentThreadTaskExecutor;
import com.stratum.workspace.ColumnRole;
import com.stratum.workspace.DataType;
import com.stratum.workspace.DatasetColumn;
import com.stratum.workspace.DatasetInfo;
import com.stratum.workspace.DatasetKind;
import com.stratum.workspace.DatasetRepository;
import com.stratum.workspace.Workspace;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The wizard's view model with the real importer on a temporary workspace; every task runs
 * synchronously ({@link CurrentThreadTaskExecutor}), so each call has finished when it returns.
 */
class ImportWizardViewModelTest {

    @TempDir
    Path dir;
    Workspace ws;
    final CurrentThreadTaskExecutor tasks = new CurrentThreadTaskExecutor();
    /** What runs each "FX thread" update; a test may act in it (e.g. cancel once rows are read). */
    Executor ui = Runnable::run;

    @BeforeEach
    void open() {
        ws = Workspace.open(dir.resolve("ws"));
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private ImportWizardViewModel wizard(Path file) {
        ImportWizardViewModel vm = new ImportWizardViewModel(ws, file, new WizardBackend(), tasks,
                r -> ui.execute(r), new WizardTexts(Locale.ENGLISH));
        vm.start();
        return vm;
    }

    /** The orders and customers workbook with both sheets chosen, at the preview step. */
    private ImportWizardViewModel bothSheetsInPreview() throws Exception {
        ImportWizardViewModel vm = wizard(WizardFiles.orders(dir.resolve("both.xlsx"), true));
        vm.sheets().get(1).selectedProperty().set(true);
        vm.next();
        return vm;
    }

    private static ColumnChoice column(SheetChoice s, String header) {
        return s.columns().stream().filter(c -> c.header().equals(header)).findFirst().orElseThrow();
    }

    @Test
    void headerBelowATitleRowTypesRolesAndTheBadDateCell() throws Exception {
        ImportWizardViewModel vm = wizard(WizardFiles.orders(dir.resolve("orders.xlsx"), false));
        assertThat(vm.fileErrorProperty().get()).isNull();
        assertThat(vm.textFileProperty().get()).isFalse();
        assertThat(vm.sheets()).extracting(SheetChoice::name).containsExactly("Orders");
        SheetChoice s = vm.sheets().get(0);
        assertThat(s.isSelected()).isTrue();
        assertThat(s.kindProperty().get()).isEqualTo(DatasetKind.TRANSACTIONS);
        assertThat(vm.canGoToPreviewBinding().get()).isTrue();

        vm.next();
        assertThat(vm.stepProperty().get()).isEqualTo(Step.PREVIEW);
        ImportPreview p = s.preview();
        // title on row 1, blank row 2, header on row 3
        assertThat(p.headerRowNumber()).isEqualTo(3);
        assertThat(s.columns()).extracting(ColumnChoice::header).containsExactly("Customer ID", "Order No", "Date",
                "Quantity", "Unit Price", "Channel", "Amount (quantity x unit price)");
        assertThat(s.columns()).extracting(ColumnChoice::type).containsExactly(DataType.TEXT, DataType.TEXT,
                DataType.DATE, DataType.INTEGER, DataType.DECIMAL, DataType.TEXT, DataType.DECIMAL);
        assertThat(s.columns()).extracting(ColumnChoice::role).containsExactly(ColumnRole.CUSTOMER_ID,
                ColumnRole.ORDER_ID, ColumnRole.DATE, ColumnRole.QUANTITY, ColumnRole.UNIT_PRICE, ColumnRole.CHANNEL,
                ColumnRole.AMOUNT);
        assertThat(s.columns().get(6).derived()).isTrue();
        assertThat(s.problems()).isEmpty();
        // data rows 4..8; row 6 holds the text "tomorrow" in the date column (index 2)
        assertThat(p.rows()).extracting(ImportPreview.Row::rowNumber).containsExactly(4L, 5L, 6L, 7L, 8L);
        ImportPreview.Row bad = p.rows().get(2);
        assertThat(bad.cellRejections()).containsOnlyKeys(2);
        assertThat(bad.cellRejection(2)).contains("\"tomorrow\" is not a date");
        // the derived amount of row 4 is 2 x 5.5
        assertThat(new BigDecimal(p.rows().get(0).cells().get(6))).isEqualByComparingTo("11");
        assertThat(vm.canImportBinding().get()).isTrue();
    }

    @Test
    void aRoleGoesToOneColumnAndMissingRolesStopTheImport() throws Exception {
        ImportWizardViewModel vm = wizard(WizardFiles.orders(dir.resolve("orders.xlsx"), false));
        SheetChoice s = vm.sheets().get(0);
        vm.next();

        // giving "Order No" the customer id role takes it from "Customer ID"
        column(s, "Order No").roleProperty().set(ColumnRole.CUSTOMER_ID);
        assertThat(column(s, "Order No").role()).isEqualTo(ColumnRole.CUSTOMER_ID);
        assertThat(column(s, "Customer ID").role()).isNull();
        assertThat(s.problems()).isEmpty();

        // no column with the customer id role: a problem, and Import is off
        column(s, "Order No").roleProperty().set(null);
        assertThat(s.columns()).extracting(ColumnChoice::role).doesNotContain(ColumnRole.CUSTOMER_ID);
        assertThat(s.problems()).containsExactly(vm.texts().get("wizard.problem.customerId"));
        assertThat(vm.canImportBinding().get()).isFalse();

        // without the unit price there is no amount: the derived column goes and a problem says why
        column(s, "Customer ID").roleProperty().set(ColumnRole.CUSTOMER_ID);
        column(s, "Unit Price").roleProperty().set(null);
        assertThat(s.columns()).noneMatch(ColumnChoice::derived);
        assertThat(s.problems()).containsExactly(vm.texts().get("wizard.problem.amount"));

        column(s, "Unit Price").roleProperty().set(ColumnRole.UNIT_PRICE);
        assertThat(s.problems()).isEmpty();
        assertThat(vm.canImportBinding().get()).isTrue();
    }

    @Test
    void importReportsTheCountsTheRejectedRowAndSavesIt() throws Exception {
        Path file = WizardFiles.orders(dir.resolve("orders.xlsx"), false);
        ImportWizardViewModel vm = wizard(file);
        SheetChoice s = vm.sheets().get(0);
        vm.next();
        column(s, "Channel").roleProperty().set(ColumnRole.STORE);
        List<Boolean> imported = new ArrayList<>();
        vm.setOnImported(() -> imported.add(true));
        vm.next();

        assertThat(vm.stateProperty().get()).isEqualTo(ImportState.DONE);
        assertThat(vm.stepProperty().get()).isEqualTo(Step.REPORT);
        assertThat(imported).containsExactly(true);
        // five data rows, row 6 rejected for its date
        assertThat(vm.totalReadProperty().get()).isEqualTo(5);
        assertThat(vm.totalImportedProperty().get()).isEqualTo(4);
        assertThat(vm.totalRejectedProperty().get()).isEqualTo(1);
        assertThat(vm.rowsReadProperty().get()).isEqualTo(5);
        assertThat(vm.progressProperty().get()).isEqualTo(1.0);
        assertThat(vm.rejected()).hasSize(1);
        RejectedLine line = vm.rejected().get(0);
        assertThat(line.sheet()).isEqualTo("Orders");
        assertThat(line.row()).isEqualTo(6);
        assertThat(line.column()).isEqualTo("Date");
        assertThat(line.reason()).contains("\"tomorrow\" is not a date");
        assertThat(vm.customersWithoutTransactionsProperty().get()).isEqualTo(-1);

        List<DatasetInfo> sets = new DatasetRepository(ws).list();
        assertThat(sets).hasSize(1);
        assertThat(sets.get(0).kind()).isEqualTo(DatasetKind.TRANSACTIONS);
        assertThat(sets.get(0).columns()).extracting(DatasetColumn::header).contains("Channel");
        assertThat(sets.get(0).column(ColumnRole.STORE).map(DatasetColumn::header)).contains("Channel");
        assertThat(sets.get(0).column(ColumnRole.CHANNEL)).isEmpty();

        Path saved = dir.resolve("rejected.xlsx");
        AtomicReference<Path> done = new AtomicReference<>();
        vm.saveRejected(saved, done::set, e -> {
            throw new AssertionError(e);
        });
        assertThat(done.get()).isEqualTo(saved);
        try (InputStream in = Files.newInputStream(saved); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet sheet = wb.getSheet("Orders");
            DataFormatter f = new DataFormatter();
            Row header = sheet.getRow(0);
            List<String> names = new ArrayList<>();
            header.forEach(c -> names.add(f.formatCellValue(c)));
            assertThat(names).containsExactly("Row", "Column", "Reason", "Customer ID", "Order No", "Date", "Quantity",
                    "Unit Price", "Channel");
            Row r = sheet.getRow(1);
            assertThat(r.getCell(0).getNumericCellValue()).isEqualTo(6);
            assertThat(r.getCell(1).getStringCellValue()).isEqualTo("Date");
            assertThat(r.getCell(2).getStringCellValue()).contains("\"tomorrow\" is not a date");
            // the row as it was in the sheet: C1, O3, tomorrow, 1, 3, online
            assertThat(r.getCell(3).getStringCellValue()).isEqualTo("C1");
            assertThat(r.getCell(4).getStringCellValue()).isEqualTo("O3");
            assertThat(r.getCell(5).getStringCellValue()).isEqualTo("tomorrow");
            assertThat(r.getCell(6).getNumericCellValue()).isEqualTo(1);
            assertThat(r.getCell(7).getNumericCellValue()).isEqualTo(3);
            // shown as typed in the sheet ("1", "3"), not in a money format ("1.00"): General
            assertThat(f.formatCellValue(r.getCell(6))).isEqualTo("1");
            assertThat(r.getCell(7).getCellStyle().getDataFormatString()).isEqualTo("General");
            assertThat(r.getCell(8).getStringCellValue()).isEqualTo("online");
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
        }
    }

    @Test
    void twoSheetsImportTogetherAndTheCustomersAreLinked() throws Exception {
        ImportWizardViewModel vm = wizard(WizardFiles.orders(dir.resolve("both.xlsx"), true));
        assertThat(vm.sheets()).extracting(SheetChoice::name).containsExactly("Orders", "Customers");
        SheetChoice customers = vm.sheets().get(1);
        assertThat(customers.kindProperty().get()).isEqualTo(DatasetKind.CUSTOMERS);
        customers.selectedProperty().set(true);
        assertThat(vm.chosenSheets()).hasSize(2);
        vm.next();
        vm.previewSheetProperty().set(customers);
        assertThat(customers.preview().headerRowNumber()).isEqualTo(1);
        vm.next();

        assertThat(vm.stateProperty().get()).isEqualTo(ImportState.DONE);
        assertThat(vm.outcomes()).extracting(SheetOutcome::sheet).containsExactly("Orders", "Customers");
        assertThat(vm.outcomes().get(1).rowsRead()).isEqualTo(3);
        // orders 5 read (4 imported, 1 rejected) + customers 3 read and imported
        assertThat(vm.totalReadProperty().get()).isEqualTo(8);
        assertThat(vm.totalImportedProperty().get()).isEqualTo(7);
        assertThat(vm.totalRejectedProperty().get()).isEqualTo(1);
        // imported order lines hold C1, C2, C3 (row 6 with C1 is rejected; C1 is also on row 4).
        // Customers C1, C2, C9: C9 has no transactions; C3 is in no customers sheet.
        assertThat(vm.customersWithoutTransactionsProperty().get()).isEqualTo(1);
        assertThat(vm.transactionCustomersUnknownProperty().get()).isEqualTo(1);
        assertThat(vm.withoutTransactionsIds()).containsExactly("C9");
        assertThat(vm.unknownCustomerIds()).containsExactly("C3");
    }

    @Test
    void reimportOffersReplaceOrAppend() throws Exception {
        Path file = WizardFiles.orders(dir.resolve("orders.xlsx"), false);
        ImportWizardViewModel first = wizard(file);
        assertThat(first.importedBeforeProperty().get()).isFalse();
        first.next();
        first.next();
        long firstId = new DatasetRepository(ws).list().get(0).id();

        ImportWizardViewModel again = wizard(file);
        assertThat(again.importedBeforeProperty().get()).isTrue();
        assertThat(again.modeProperty().get()).isEqualTo(ImportMode.REPLACE);
        again.next();
        again.next();
        List<DatasetInfo> afterReplace = new DatasetRepository(ws).list();
        assertThat(afterReplace).hasSize(1);
        assertThat(afterReplace.get(0).id()).isNotEqualTo(firstId);
        assertThat(again.outcomes().get(0).replacedDatasets()).isEqualTo(1);

        ImportWizardViewModel append = wizard(file);
        append.modeProperty().set(ImportMode.APPEND);
        append.next();
        append.next();
        assertThat(new DatasetRepository(ws).list()).hasSize(2);
        assertThat(append.outcomes().get(0).replacedDatasets()).isZero();
    }

    @Test
    void cancelMidImportLeavesTheWorkspaceAsBefore() throws Exception {
        // something already in the workspace, which a Replace would remove
        Path orders = WizardFiles.orders(dir.resolve("orders.xlsx"), false);
        ImportWizardViewModel earlier = wizard(orders);
        earlier.next();
        earlier.next();
        String before = snapshot();

        Path big = WizardFiles.bigCsv(dir.resolve("big.csv"), 60_000);
        ImportWizardViewModel vm = wizard(big);
        vm.next();
        // cancel as soon as the first progress arrives, i.e. with rows read but far from the end
        List<Long> seen = new ArrayList<>();
        ui = r -> {
            r.run();
            if (vm.stateProperty().get() == ImportState.RUNNING && vm.rowsReadProperty().get() > 0) {
                seen.add(vm.rowsReadProperty().get());
                vm.cancelImport();
            }
        };
        vm.next();
        assertThat(seen).isNotEmpty();
        assertThat(seen.get(0)).isLessThan(60_000);
        assertThat(vm.stateProperty().get()).isEqualTo(ImportState.CANCELLED);
        assertThat(vm.stepProperty().get()).isEqualTo(Step.IMPORT);
        assertThat(snapshot()).isEqualTo(before);

        // back to the preview, and the import can run again
        ui = Runnable::run;
        vm.back();
        assertThat(vm.stepProperty().get()).isEqualTo(Step.PREVIEW);
    }

    @Test
    void onceTheDataIsInCancelIsRefusedAndTheReportComes() throws Exception {
        // the workbook's two sheets (orders and customers): while the report's links are counted, the
        // rows are already in the workspace, so a cancel must not be accepted (it used to show
        // "Cancelling..." and keep the data anyway)
        ImportWizardViewModel vm = bothSheetsInPreview();
        List<ImportState> states = new ArrayList<>();
        ui = r -> {
            r.run();
            if (vm.stateProperty().get() == ImportState.REPORTING) {
                states.add(ImportState.REPORTING);
                vm.cancelImport();
                states.add(vm.stateProperty().get());
            }
        };
        vm.next();
        assertThat(states).containsExactly(ImportState.REPORTING, ImportState.REPORTING);
        assertThat(vm.stateProperty().get()).isEqualTo(ImportState.DONE);
        assertThat(new DatasetRepository(ws).list()).hasSize(2);
    }

    @Test
    void aCancelAskedForAsTheLastSheetEndsStillUndoesEverything() throws Exception {
        String before = snapshot();
        ImportWizardViewModel vm = bothSheetsInPreview();
        ui = r -> {
            r.run();
            // the last progress of the last sheet: every row read, the report not yet begun
            if (vm.stateProperty().get() == ImportState.RUNNING && vm.progressProperty().get() >= 1.0) {
                vm.cancelImport();
            }
        };
        vm.next();
        assertThat(vm.stateProperty().get()).isEqualTo(ImportState.CANCELLED);
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void cancelInTheSecondSheetRemovesTheFirstSheetToo() throws Exception {
        String before = snapshot();
        ImportWizardViewModel vm = bothSheetsInPreview();
        ui = r -> {
            r.run();
            // the second sheet has started: "Sheet 2 of 2: Customers"
            if (vm.currentSheetProperty().get().startsWith("Sheet 2")) {
                vm.cancelImport();
            }
        };
        vm.next();
        assertThat(vm.stateProperty().get()).isEqualTo(ImportState.CANCELLED);
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void gbkCsvWithChineseHeadersIsDetectedAndTheEncodingCanBeChanged() throws Exception {
        ImportWizardViewModel vm = wizard(WizardFiles.gbkCsv(dir.resolve("订单.csv")));
        assertThat(vm.textFileProperty().get()).isTrue();
        // GBK bytes are not UTF-8; the importer reads them as GB18030, the superset of GBK
        assertThat(vm.detectedEncodingProperty().get()).isEqualTo("GB18030");
        SheetChoice s = vm.sheets().get(0);
        assertThat(s.columns()).extracting(ColumnChoice::header).containsExactly("客户ID", "订单号", "日期", "金额", "渠道");
        assertThat(s.columns()).extracting(ColumnChoice::role).containsExactly(ColumnRole.CUSTOMER_ID,
                ColumnRole.ORDER_ID, ColumnRole.DATE, ColumnRole.AMOUNT, ColumnRole.CHANNEL);

        // read as UTF-8 the headers are garbage: no roles, the sheet cannot be imported
        vm.encodingProperty().set("UTF-8");
        SheetChoice utf8 = vm.sheets().get(0);
        assertThat(utf8.columns()).extracting(ColumnChoice::header).doesNotContain("客户ID");
        assertThat(utf8.problems()).isNotEmpty();
        assertThat(vm.canImportBinding().get()).isFalse();

        vm.encodingProperty().set("GBK");
        SheetChoice gbk = vm.sheets().get(0);
        assertThat(gbk.columns()).extracting(ColumnChoice::header).startsWith("客户ID");
        vm.next();
        vm.next();
        assertThat(vm.stateProperty().get()).isEqualTo(ImportState.DONE);
        assertThat(vm.totalReadProperty().get()).isEqualTo(3);
        assertThat(vm.totalImportedProperty().get()).isEqualTo(3);
        DatasetInfo d = new DatasetRepository(ws).list().get(0);
        assertThat(new DatasetRepository(ws).page(d.id(), 0, 10).rows().get(0)).contains("张三", "线上");
    }

    @Test
    void anUnreadableFileSaysSoAndNamesIt() throws Exception {
        Path junk = dir.resolve("broken.xlsx");
        Files.writeString(junk, "this is not a workbook");
        ImportWizardViewModel vm = wizard(junk);
        assertThat(vm.fileErrorProperty().get()).contains("broken.xlsx");
        assertThat(vm.sheets()).isEmpty();
        assertThat(vm.canGoToPreviewBinding().get()).isFalse();
    }

    /** Datasets (id, name, counts, column roles) and every table in the workspace's schema. */
    private String snapshot() throws Exception {
        StringBuilder b = new StringBuilder();
        for (DatasetInfo d : new DatasetRepository(ws).list()) {
            b.append(d.id()).append(' ').append(d.name()).append(' ').append(d.rowsRead()).append(' ')
                    .append(d.rowsImported()).append(' ').append(d.columns()).append('\n');
        }
        try (Connection c = ws.connect(); ResultSet rs = c.createStatement().executeQuery(
                "SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC' ORDER BY TABLE_NAME")) {
            while (rs.next()) {
                b.append(rs.getString(1)).append('\n');
            }
        }
        try (Connection c = ws.connect(); ResultSet rs = c.createStatement().executeQuery(
                "SELECT COUNT(*) FROM rejected_row")) {
            rs.next();
            b.append("rejected ").append(rs.getLong(1));
        }
        return b.toString();
    }

    @Test
    void theReportCountsAnonymousLines() throws Exception {
        // two of four lines have a blank customer id (one empty, one spaces)
        Path f = dir.resolve("walk-ins.csv");
        Files.writeString(f, "customer id,order id,date,amount\nC1,O1,2024-01-01,10\n,O2,2024-01-02,5\n"
                + "  ,O3,2024-01-03,4\nC2,O4,2024-01-04,1\n");
        ImportWizardViewModel vm = wizard(f);
        vm.next();
        vm.next();
        assertThat(vm.stateProperty().get()).isEqualTo(ImportState.DONE);
        assertThat(vm.totalImportedProperty().get()).isEqualTo(4);
        assertThat(vm.anonymousLinesProperty().get()).isEqualTo(2);
        assertThat(new WizardTexts(Locale.ENGLISH).get("wizard.report.anonymous", 2L))
                .isEqualTo("2 lines without a customer id were imported as anonymous: they count in the revenue"
                        + " totals but not in any customer's measures.");
        assertThat(new WizardTexts(Locale.ENGLISH).get("wizard.report.anonymous", 1L))
                .startsWith("1 line without a customer id was imported as anonymous");
        assertThat(new WizardTexts(Locale.ENGLISH).get("wizard.report.anonymous", 1234L)).startsWith("1,234 lines");
        assertThat(new WizardTexts(Locale.SIMPLIFIED_CHINESE).get("wizard.report.anonymous", 2L))
                .isEqualTo("2 行没有客户ID，已作为匿名行导入：计入收入总额，但不计入任何客户的指标。");
    }

    @Test
    void theSameOrdersFromAnotherFileAreReportedAndTheOtherDatasetCanBeReplaced() throws Exception {
        // orders.xlsx: O1, O2, O4, O5 imported (O3's row is rejected for its date)
        ImportWizardViewModel first = wizard(WizardFiles.orders(dir.resolve("orders.xlsx"), false));
        first.next();
        first.next();
        assertThat(first.duplicateOrdersProperty().get()).isZero();
        long firstId = new DatasetRepository(ws).list().get(0).id();

        // the same orders O1, O2 and O4 from a CSV, plus a new O9: 3 duplicates by hand; no row dropped
        Path csv = dir.resolve("orders.csv");
        Files.writeString(csv, "customer id,order id,date,amount\nC1,O1,2024-03-01,11\nC2,O2,2024-03-02,10\n"
                + "C3,O4,2024-03-04,6\nC4,O9,2024-03-09,1\n");
        ImportWizardViewModel second = wizard(csv);
        second.next();
        second.next();
        assertThat(second.totalReadProperty().get()).isEqualTo(4);
        assertThat(second.totalImportedProperty().get()).isEqualTo(4);
        assertThat(second.duplicateOrdersProperty().get()).isEqualTo(3);
        assertThat(second.duplicateDatasets()).containsExactly(new DatasetRepository(ws).list().get(0).name());
        assertThat(second.canRemoveDuplicated()).isTrue();

        second.removeDuplicatedDatasets(e -> { throw new AssertionError(e); });
        List<DatasetInfo> left = new DatasetRepository(ws).list();
        assertThat(left).hasSize(1);
        assertThat(left.get(0).id()).isNotEqualTo(firstId);
        assertThat(second.duplicatesRemovedProperty().get()).isTrue();
        assertThat(second.canRemoveDuplicated()).isFalse();
    }

    @Test
    void replacingTheEarlierImportOfTheSameFileIsNoDuplicate() throws Exception {
        Path file = WizardFiles.orders(dir.resolve("orders.xlsx"), false);
        ImportWizardViewModel first = wizard(file);
        first.next();
        first.next();
        ImportWizardViewModel again = wizard(file);
        again.next();
        again.next();
        assertThat(again.outcomes().get(0).replacedDatasets()).isEqualTo(1);
        assertThat(again.duplicateOrdersProperty().get()).isZero();

        ImportWizardViewModel append = wizard(file);
        append.modeProperty().set(ImportMode.APPEND);
        append.next();
        append.next();
        // O1, O2, O4, O5 are all in the kept import
        assertThat(append.duplicateOrdersProperty().get()).isEqualTo(4);
    }
}
