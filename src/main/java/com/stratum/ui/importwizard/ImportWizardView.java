package com.stratum.ui.importwizard;

import com.stratum.imports.ImportMode;
import com.stratum.imports.ImportPreview;
import com.stratum.ui.importwizard.ImportWizardViewModel.ImportState;
import com.stratum.ui.importwizard.ImportWizardViewModel.Step;
import com.stratum.workspace.ColumnRole;
import com.stratum.workspace.DataType;
import com.stratum.workspace.DatasetKind;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The wizard's nodes, bound to {@link ImportWizardViewModel}: a step bar, one pane per step and
 * Back / Next / Close buttons. Node ids (``wizard-…``) are what the TestFX tests look up.
 */
public final class ImportWizardView {

    public static final String REJECTED_CELL = "wizard-rejected-cell";

    private final ImportWizardViewModel vm;
    private final WizardTexts t;
    private final Function<ColumnRole, String> roleName;
    private final NumberFormat integers;
    private final BorderPane root = new BorderPane();
    private Runnable onClose = () -> { };
    private Runnable onSaveRejected = () -> { };
    private Runnable onRemoveDuplicated = () -> { };

    /**
     * @param roleName the user's name of a role (null: no role), from the shell's bundle
     */
    public ImportWizardView(ImportWizardViewModel vm, Function<ColumnRole, String> roleName) {
        this.vm = vm;
        this.t = vm.texts();
        this.roleName = roleName;
        this.integers = NumberFormat.getIntegerInstance(t.locale());
        root.setId("import-wizard");
        root.getStyleClass().add("import-wizard");
        root.setTop(header());
        StackPane steps = new StackPane(sheetsPane(), previewPane(), importPane(), reportPane());
        steps.setPadding(new Insets(12, 16, 12, 16));
        root.setCenter(steps);
        root.setBottom(buttons());
    }

    public Parent root() {
        return root;
    }

    public void setOnClose(Runnable r) {
        this.onClose = r;
    }

    /** What "Save rejected rows" does (the window asks for a file, then calls the view model). */
    public void setOnSaveRejected(Runnable r) {
        this.onSaveRejected = r;
    }

    /** What "Replace the other dataset" does (the window calls the view model with its error reporter). */
    public void setOnRemoveDuplicated(Runnable r) {
        this.onRemoveDuplicated = r;
    }

    // ---- header: title and steps

    private Node header() {
        Label title = new Label(t.get("wizard.title", vm.file().getFileName()));
        title.getStyleClass().add("wizard-title");
        HBox stepsBar = new HBox(6);
        stepsBar.setAlignment(Pos.CENTER_LEFT);
        String[] names = {t.get("wizard.step.sheets"), t.get("wizard.step.preview"), t.get("wizard.step.import"),
                t.get("wizard.step.report")};
        for (Step s : Step.values()) {
            Label l = new Label(t.get("wizard.step.number", s.ordinal() + 1, names[s.ordinal()]));
            l.getStyleClass().add("wizard-step");
            Runnable mark = () -> {
                l.getStyleClass().remove("wizard-step-current");
                if (vm.stepProperty().get() == s) {
                    l.getStyleClass().add("wizard-step-current");
                }
            };
            vm.stepProperty().addListener((obs, o, n) -> mark.run());
            mark.run();
            stepsBar.getChildren().add(l);
        }
        VBox box = new VBox(8, title, stepsBar);
        box.getStyleClass().add("wizard-header");
        box.setPadding(new Insets(14, 16, 10, 16));
        return box;
    }

    private void onStep(Node pane, Step step) {
        pane.visibleProperty().bind(vm.stepProperty().isEqualTo(step));
        pane.managedProperty().bind(pane.visibleProperty());
    }

    // ---- step 1

    private Node sheetsPane() {
        Label intro = new Label(t.get("wizard.sheets.intro"));
        intro.setWrapText(true);
        Label error = new Label();
        error.setId("wizard-file-error");
        error.getStyleClass().add("wizard-error");
        error.setWrapText(true);
        error.textProperty().bind(vm.fileErrorProperty());
        error.visibleProperty().bind(vm.fileErrorProperty().isNotNull());
        error.managedProperty().bind(error.visibleProperty());

        ComboBox<String> encoding = new ComboBox<>();
        encoding.setId("wizard-encoding");
        List<String> choices = new ArrayList<>();
        choices.add(null);
        choices.addAll(ImportWizardViewModel.ENCODINGS);
        encoding.setItems(FXCollections.observableArrayList(choices));
        StringConverter<String> encName = new StringConverter<>() {
            @Override
            public String toString(String e) {
                return e == null ? t.get("wizard.encoding.detected", vm.detectedEncodingProperty().get() == null
                        ? "" : vm.detectedEncodingProperty().get()) : e;
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        };
        encoding.setConverter(encName);
        encoding.setButtonCell(textCell(encName));
        encoding.setCellFactory(lv -> textCell(encName));
        encoding.setValue(vm.encodingProperty().get());
        encoding.valueProperty().addListener((obs, o, n) -> vm.encodingProperty().set(n));
        vm.detectedEncodingProperty().addListener((obs, o, n) -> {
            encoding.setButtonCell(textCell(encName));
        });
        HBox encodingRow = new HBox(8, new Label(t.get("wizard.encoding")), encoding);
        encodingRow.setAlignment(Pos.CENTER_LEFT);
        encodingRow.visibleProperty().bind(vm.textFileProperty());
        encodingRow.managedProperty().bind(encodingRow.visibleProperty());

        TableView<SheetChoice> table = new TableView<>(vm.sheets());
        table.setId("wizard-sheets");
        table.setEditable(true);
        // "Reading the file..." while it is read; once the file is refused the error above says why
        Label placeholder = new Label();
        placeholder.textProperty().bind(Bindings.when(vm.fileErrorProperty().isNotNull())
                .then(t.get("wizard.sheets.unreadable")).otherwise(t.get("wizard.sheets.loading")));
        table.setPlaceholder(placeholder);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<SheetChoice, Boolean> pick = new TableColumn<>(t.get("wizard.sheets.import"));
        pick.setCellValueFactory(c -> c.getValue().selectedProperty());
        pick.setCellFactory(CheckBoxTableCell.forTableColumn(pick));
        pick.setEditable(true);
        pick.setPrefWidth(70);
        pick.setMaxWidth(90);
        TableColumn<SheetChoice, String> name = new TableColumn<>(t.get("wizard.sheets.sheet"));
        name.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        name.setPrefWidth(180);
        name.setMaxWidth(300);
        TableColumn<SheetChoice, SheetChoice> kind = new TableColumn<>(t.get("wizard.sheets.kind"));
        kind.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        kind.setCellFactory(c -> new KindCell());
        kind.setPrefWidth(170);
        kind.setMaxWidth(220);
        TableColumn<SheetChoice, SheetChoice> status = new TableColumn<>(t.get("wizard.sheets.status"));
        status.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        status.setCellFactory(c -> new StatusCell());
        table.getColumns().setAll(List.of(pick, name, kind, status));
        VBox.setVgrow(table, Priority.ALWAYS);

        ToggleGroup modes = new ToggleGroup();
        RadioButton replace = new RadioButton(t.get("wizard.mode.replace"));
        replace.setId("wizard-replace");
        replace.setToggleGroup(modes);
        RadioButton append = new RadioButton(t.get("wizard.mode.append"));
        append.setId("wizard-append");
        append.setToggleGroup(modes);
        (vm.modeProperty().get() == ImportMode.APPEND ? append : replace).setSelected(true);
        modes.selectedToggleProperty().addListener((obs, o, n) ->
                vm.modeProperty().set(n == append ? ImportMode.APPEND : ImportMode.REPLACE));
        Label before = new Label(t.get("wizard.mode.question"));
        before.setWrapText(true);
        VBox modeBox = new VBox(6, before, replace, append);
        modeBox.setId("wizard-mode");
        modeBox.getStyleClass().add("wizard-notice");
        modeBox.visibleProperty().bind(vm.importedBeforeProperty());
        modeBox.managedProperty().bind(modeBox.visibleProperty());

        ProgressIndicator busy = new ProgressIndicator();
        busy.setMaxSize(28, 28);
        busy.visibleProperty().bind(vm.loadingProperty());
        busy.managedProperty().bind(busy.visibleProperty());

        VBox pane = new VBox(10, intro, error, busy, encodingRow, table, modeBox);
        pane.setId("wizard-sheets-pane");
        onStep(pane, Step.SHEETS);
        return pane;
    }

    private static <T> ListCell<T> textCell(StringConverter<T> conv) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : conv.toString(item));
            }
        };
    }

    private String kindName(DatasetKind k) {
        if (k == null) {
            return t.get("wizard.kind.unknown");
        }
        return k == DatasetKind.TRANSACTIONS ? t.get("wizard.kind.transactions") : t.get("wizard.kind.customers");
    }

    /** A combo per sheet: transactions or customers, bound to the sheet's kind. */
    private final class KindCell extends TableCell<SheetChoice, SheetChoice> {
        private final ComboBox<DatasetKind> combo = new ComboBox<>(
                FXCollections.observableArrayList(DatasetKind.TRANSACTIONS, DatasetKind.CUSTOMERS));
        private ObjectProperty<DatasetKind> bound;

        KindCell() {
            StringConverter<DatasetKind> conv = new StringConverter<>() {
                @Override
                public String toString(DatasetKind k) {
                    return kindName(k);
                }

                @Override
                public DatasetKind fromString(String s) {
                    return null;
                }
            };
            combo.setConverter(conv);
            combo.setButtonCell(textCell(conv));
            combo.setCellFactory(lv -> textCell(conv));
            combo.setMaxWidth(Double.MAX_VALUE);
        }

        @Override
        protected void updateItem(SheetChoice item, boolean empty) {
            super.updateItem(item, empty);
            if (bound != null) {
                combo.valueProperty().unbindBidirectional(bound);
                bound = null;
            }
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            combo.setId("wizard-kind-" + getIndex());
            bound = item.kindProperty();
            combo.valueProperty().bindBidirectional(bound);
            setGraphic(combo);
        }
    }

    /** Loading, the header row found, what stops the import, or an earlier import of the sheet. */
    private final class StatusCell extends TableCell<SheetChoice, SheetChoice> {
        private SheetChoice watched;
        private final javafx.beans.InvalidationListener refresh = o -> show();

        @Override
        protected void updateItem(SheetChoice item, boolean empty) {
            super.updateItem(item, empty);
            if (watched != null) {
                watched.previewProperty().removeListener(refresh);
                watched.loadingProperty().removeListener(refresh);
                watched.problems().removeListener(refresh);
            }
            watched = empty ? null : item;
            if (watched != null) {
                watched.previewProperty().addListener(refresh);
                watched.loadingProperty().addListener(refresh);
                watched.problems().addListener(refresh);
            }
            show();
        }

        private void show() {
            getStyleClass().remove("wizard-problem");
            if (watched == null) {
                setText(null);
                return;
            }
            ImportPreview p = watched.preview();
            String text;
            if (watched.loadingProperty().get() && p == null) {
                text = t.get("wizard.sheets.reading");
            } else if (!watched.problems().isEmpty()) {
                text = watched.problems().get(0);
                getStyleClass().add("wizard-problem");
            } else if (p == null) {
                text = "";
            } else {
                text = p.headerRowNumber() > 0
                        ? t.get("wizard.sheets.ready", p.headerRowNumber(), p.columns().size())
                        : t.get("wizard.sheets.readyNoHeader", p.columns().size());
            }
            if (!watched.earlierImports().isEmpty()) {
                text = text + "  " + t.get("wizard.sheets.importedBefore");
            }
            setText(text);
            setTooltip(text.isEmpty() ? null : new Tooltip(text));
        }
    }

    // ---- step 2

    private Node previewPane() {
        ComboBox<SheetChoice> sheet = new ComboBox<>(vm.chosenSheets());
        sheet.setId("wizard-preview-sheet");
        sheet.valueProperty().bindBidirectional(vm.previewSheetProperty());
        HBox sheetRow = new HBox(8, new Label(t.get("wizard.preview.sheet")), sheet);
        sheetRow.setAlignment(Pos.CENTER_LEFT);
        sheetRow.visibleProperty().bind(Bindings.size(vm.chosenSheets()).greaterThan(1));
        sheetRow.managedProperty().bind(sheetRow.visibleProperty());

        Label headerInfo = new Label();
        headerInfo.setId("wizard-header-row");
        Label kindInfo = new Label();
        kindInfo.setId("wizard-preview-kind");
        Label rejectedInfo = new Label();
        rejectedInfo.setId("wizard-preview-rejected");
        rejectedInfo.setWrapText(true);
        VBox problems = new VBox(4);
        problems.setId("wizard-problems");

        TableView<ImportPreview.Row> table = new TableView<>();
        table.setId("wizard-preview");
        table.getStyleClass().add("dense");
        table.setPlaceholder(new Label(t.get("wizard.preview.empty")));
        VBox.setVgrow(table, Priority.ALWAYS);

        Runnable rebuild = () -> {
            SheetChoice s = vm.previewSheetProperty().get();
            ImportPreview p = s == null ? null : s.preview();
            problems.getChildren().clear();
            if (s == null || p == null) {
                table.getColumns().clear();
                table.getItems().clear();
                headerInfo.setText("");
                kindInfo.setText("");
                rejectedInfo.setText("");
                return;
            }
            headerInfo.setText(p.headerRowNumber() > 0 ? t.get("wizard.preview.headerRow", p.headerRowNumber())
                    : t.get("wizard.preview.noHeader"));
            kindInfo.setText(t.get("wizard.preview.kind", kindName(s.kindProperty().get())));
            long bad = p.rows().stream().filter(ImportPreview.Row::rejected).count();
            rejectedInfo.setText(t.get("wizard.preview.rejectedCount", bad, p.rows().size()));
            for (String problem : s.problems()) {
                Label l = new Label(problem);
                l.getStyleClass().add("wizard-error");
                l.setWrapText(true);
                problems.getChildren().add(l);
            }
            List<TableColumn<ImportPreview.Row, ?>> cols = new ArrayList<>();
            TableColumn<ImportPreview.Row, Number> rowNo = new TableColumn<>(t.get("wizard.preview.row"));
            rowNo.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().rowNumber()));
            rowNo.setCellFactory(c -> new RowNumberCell());
            rowNo.setSortable(false);
            rowNo.setPrefWidth(64);
            cols.add(rowNo);
            for (ColumnChoice c : s.columns()) {
                cols.add(previewColumn(c));
            }
            table.getColumns().setAll(cols);
            table.setItems(FXCollections.observableArrayList(p.rows()));
        };
        vm.previewSheetProperty().addListener((obs, o, n) -> {
            rebuild.run();
        });
        javafx.beans.InvalidationListener onPreview = o -> rebuild.run();
        vm.previewSheetProperty().addListener((obs, o, n) -> {
            if (o != null) {
                o.previewProperty().removeListener(onPreview);
            }
            if (n != null) {
                n.previewProperty().addListener(onPreview);
            }
        });
        if (vm.previewSheetProperty().get() != null) {
            vm.previewSheetProperty().get().previewProperty().addListener(onPreview);
        }
        vm.chosenSheets().addListener((ListChangeListener<SheetChoice>) ch -> rebuild.run());
        rebuild.run();

        Label legend = new Label(t.get("wizard.preview.legend"));
        legend.setWrapText(true);
        legend.getStyleClass().add("wizard-muted");
        HBox facts = new HBox(18, headerInfo, kindInfo);
        VBox pane = new VBox(8, sheetRow, facts, problems, table, rejectedInfo, legend);
        pane.setId("wizard-preview-pane");
        onStep(pane, Step.PREVIEW);
        return pane;
    }

    private String typeName(DataType type) {
        return switch (type) {
            case TEXT -> t.get("wizard.type.text");
            case INTEGER -> t.get("wizard.type.integer");
            case DECIMAL -> t.get("wizard.type.decimal");
            case DATE -> t.get("wizard.type.date");
            case TIMESTAMP -> t.get("wizard.type.timestamp");
            case BOOLEAN -> t.get("wizard.type.boolean");
        };
    }

    private TableColumn<ImportPreview.Row, String> previewColumn(ColumnChoice c) {
        TableColumn<ImportPreview.Row, String> col = new TableColumn<>();
        Label header = new Label(c.derived() ? t.get("wizard.preview.derivedHeader") : c.header());
        header.getStyleClass().add("wizard-column-header");
        Label type = new Label(typeName(c.type()));
        type.getStyleClass().add("wizard-muted");
        Node role;
        if (c.derived()) {
            Label derived = new Label(t.get("wizard.preview.derived", roleName.apply(ColumnRole.AMOUNT)));
            derived.setId("wizard-derived-amount");
            derived.getStyleClass().add("wizard-derived");
            role = derived;
        } else {
            List<ColumnRole> roles = new ArrayList<>();
            roles.add(null);
            roles.addAll(List.of(ColumnRole.values()));
            ComboBox<ColumnRole> combo = new ComboBox<>(FXCollections.observableArrayList(roles));
            combo.setId("wizard-role-" + c.index());
            StringConverter<ColumnRole> conv = new StringConverter<>() {
                @Override
                public String toString(ColumnRole r) {
                    return roleName.apply(r);
                }

                @Override
                public ColumnRole fromString(String s) {
                    return null;
                }
            };
            combo.setConverter(conv);
            combo.setButtonCell(textCell(conv));
            combo.setCellFactory(lv -> textCell(conv));
            combo.setValue(c.role());
            combo.valueProperty().addListener((obs, o, n) -> c.roleProperty().set(n));
            combo.setMaxWidth(Double.MAX_VALUE);
            role = combo;
        }
        VBox graphic = new VBox(2, header, type, role);
        graphic.setPadding(new Insets(2));
        col.setGraphic(graphic);
        col.setSortable(false);
        // dates written as text show their reading too ("05.03.2024 → 2024-03-05"): give them room
        int minWidth = c.type() == DataType.TIMESTAMP ? 330 : c.type() == DataType.DATE ? 220 : 160;
        col.setPrefWidth(Math.max(minWidth, Math.min(280, c.header().length() * 9 + 40)));
        int i = c.index();
        col.setCellValueFactory(r -> new ReadOnlyStringWrapper(i < r.getValue().cells().size()
                ? r.getValue().cells().get(i) : null));
        boolean numeric = c.type() == DataType.DECIMAL || c.type() == DataType.INTEGER;
        col.setCellFactory(x -> new PreviewCell(i, numeric));
        return col;
    }

    /** A preview cell; one that would reject its row is marked and says why. */
    private final class PreviewCell extends TableCell<ImportPreview.Row, String> {
        private final int column;
        private final boolean numeric;

        PreviewCell(int column, boolean numeric) {
            this.column = column;
            this.numeric = numeric;
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().remove(REJECTED_CELL);
            setTooltip(null);
            ImportPreview.Row row = empty || getTableRow() == null ? null : getTableRow().getItem();
            if (empty || row == null) {
                setText(null);
                return;
            }
            // a date or a decimal-comma number written as text shows how it will be read, e.g.
            // "05.03.2024 → 2024-03-05", "1.234,50 → 1234.50"
            String readAs = row.readAs(column);
            boolean reread = readAs != null && item != null && !readAs.equals(item.strip());
            setText(reread ? t.get("wizard.preview.readAs", item, readAs) : item);
            if (reread) {
                setTooltip(new Tooltip(t.get(numeric ? "wizard.preview.readAsNumberTip" : "wizard.preview.readAsTip",
                        item, readAs)));
            }
            String reason = row.cellRejection(column);
            if (reason != null) {
                getStyleClass().add(REJECTED_CELL);
                setTooltip(new Tooltip(t.get("wizard.preview.cellRejected", row.rowNumber(), vm.reason(reason))));
            }
        }
    }

    /** The sheet's row number; marked when the row would be rejected for a value outside the columns. */
    private final class RowNumberCell extends TableCell<ImportPreview.Row, Number> {
        @Override
        protected void updateItem(Number item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().remove(REJECTED_CELL);
            setTooltip(null);
            ImportPreview.Row row = empty || getTableRow() == null ? null : getTableRow().getItem();
            if (empty || row == null) {
                setText(null);
                return;
            }
            setText(String.valueOf(item));
            if (row.rejected() && row.cellRejections().isEmpty()) {
                getStyleClass().add(REJECTED_CELL);
                setTooltip(new Tooltip(t.get("wizard.preview.cellRejected", row.rowNumber(),
                        row.rejectedColumn() + ": " + vm.reason(row.rejectReason()))));
            }
        }
    }

    // ---- step 3

    private Node importPane() {
        Label sheet = new Label();
        sheet.setId("wizard-import-sheet");
        sheet.textProperty().bind(vm.currentSheetProperty());
        ProgressBar bar = new ProgressBar();
        bar.setId("wizard-progress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(vm.progressProperty());
        Label rate = new Label();
        rate.setId("wizard-rate");
        rate.textProperty().bind(Bindings.createStringBinding(() -> t.get("wizard.import.rate",
                        integers.format(vm.rowsReadProperty().get()),
                        integers.format(Math.round(vm.rowsPerSecondProperty().get()))),
                vm.rowsReadProperty(), vm.rowsPerSecondProperty()));
        Label state = new Label();
        state.setId("wizard-import-state");
        state.setWrapText(true);
        state.textProperty().bind(Bindings.createStringBinding(() -> switch (vm.stateProperty().get()) {
            case RUNNING -> t.get("wizard.import.running");
            case CANCELLING -> t.get("wizard.import.cancelling");
            case REPORTING -> t.get("wizard.import.reporting");
            case CANCELLED -> t.get("wizard.import.cancelled");
            case FAILED -> t.get("wizard.import.failed", vm.failureProperty().get());
            default -> "";
        }, vm.stateProperty(), vm.failureProperty()));
        vm.stateProperty().addListener((obs, o, n) -> {
            state.getStyleClass().remove("wizard-error");
            if (n == ImportState.FAILED) {
                state.getStyleClass().add("wizard-error");
            }
        });
        Button cancel = new Button(t.get("wizard.import.cancel"));
        cancel.setId("wizard-cancel-import");
        cancel.visibleProperty().bind(vm.stateProperty().isEqualTo(ImportState.RUNNING));
        cancel.setOnAction(e -> vm.cancelImport());
        VBox pane = new VBox(12, sheet, bar, rate, state, cancel);
        pane.setAlignment(Pos.CENTER_LEFT);
        pane.setMaxWidth(640);
        pane.setId("wizard-import-pane");
        onStep(pane, Step.IMPORT);
        return pane;
    }

    // ---- step 4

    private Node reportPane() {
        GridPane totals = new GridPane();
        totals.setHgap(16);
        totals.setVgap(4);
        totals.addRow(0, new Label(t.get("wizard.report.read")), number("wizard-report-read", vm.totalReadProperty()));
        totals.addRow(1, new Label(t.get("wizard.report.imported")),
                number("wizard-report-imported", vm.totalImportedProperty()));
        totals.addRow(2, new Label(t.get("wizard.report.rejected")),
                number("wizard-report-rejected", vm.totalRejectedProperty()));

        Label noTx = new Label();
        noTx.setId("wizard-report-without-transactions");
        noTx.textProperty().bind(Bindings.createStringBinding(() -> withExamples(t.get("wizard.report.withoutTransactions",
                integers.format(vm.customersWithoutTransactionsProperty().get())), vm.withoutTransactionsIds(),
                vm.customersWithoutTransactionsProperty().get()),
                vm.customersWithoutTransactionsProperty(), vm.withoutTransactionsIds()));
        Label unknown = new Label();
        unknown.setId("wizard-report-unknown-customers");
        unknown.textProperty().bind(Bindings.createStringBinding(() -> withExamples(t.get("wizard.report.unknownCustomers",
                integers.format(vm.transactionCustomersUnknownProperty().get())), vm.unknownCustomerIds(),
                vm.transactionCustomersUnknownProperty().get()),
                vm.transactionCustomersUnknownProperty(), vm.unknownCustomerIds()));
        VBox links = new VBox(4, new Label(t.get("wizard.report.links")), noTx, unknown);
        links.getStyleClass().add("wizard-notice");
        links.visibleProperty().bind(vm.customersWithoutTransactionsProperty().greaterThanOrEqualTo(0));
        links.managedProperty().bind(links.visibleProperty());

        Label anonymous = countNote("wizard-report-anonymous", "wizard.report.anonymous", vm.anonymousLinesProperty());
        Label repeated = countNote("wizard-report-repeated", "wizard.report.repeatedCustomers",
                vm.repeatedCustomerRowsProperty());

        Node duplicates = duplicatesNotice();

        TableView<SheetOutcome> perSheet = new TableView<>(vm.outcomes());
        perSheet.setId("wizard-report-sheets");
        perSheet.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        perSheet.setPrefHeight(150);
        perSheet.setMinHeight(110);
        perSheet.getColumns().setAll(List.of(
                textColumn(t.get("wizard.report.sheet"), SheetOutcome::sheet),
                textColumn(t.get("wizard.report.kind"), o -> kindName(o.kind())),
                textColumn(t.get("wizard.report.read"), o -> integers.format(o.rowsRead())),
                textColumn(t.get("wizard.report.imported"), o -> integers.format(o.rowsImported())),
                textColumn(t.get("wizard.report.rejected"), o -> integers.format(o.rowsRejected())),
                textColumn(t.get("wizard.report.replaced"), o -> integers.format(o.replacedDatasets()))));
        // long headers ("Earlier imports replaced") wrap instead of being cut off in a narrow window
        perSheet.getColumns().forEach(ImportWizardView::wrapHeader);

        TableView<RejectedLine> rejected = new TableView<>(vm.rejected());
        rejected.setId("wizard-report-reasons");
        rejected.getStyleClass().add("dense");
        rejected.setPlaceholder(new Label(t.get("wizard.report.noRejected")));
        rejected.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<RejectedLine, String> sheetCol = textColumn(t.get("wizard.rejected.sheet"), RejectedLine::sheet);
        TableColumn<RejectedLine, String> rowCol = textColumn(t.get("wizard.rejected.row"), r -> String.valueOf(r.row()));
        TableColumn<RejectedLine, String> colCol = textColumn(t.get("wizard.rejected.column"), RejectedLine::column);
        TableColumn<RejectedLine, String> reasonCol = textColumn(t.get("wizard.rejected.reason"), RejectedLine::reason);
        sheetCol.setPrefWidth(120);
        rowCol.setPrefWidth(60);
        colCol.setPrefWidth(140);
        reasonCol.setPrefWidth(360);
        rejected.getColumns().setAll(List.of(sheetCol, rowCol, colCol, reasonCol));
        VBox.setVgrow(rejected, Priority.ALWAYS);

        Button save = new Button(t.get("wizard.report.saveRejected"));
        save.setId("wizard-save-rejected");
        save.disableProperty().bind(Bindings.isEmpty(vm.rejected()));
        save.setOnAction(e -> onSaveRejected.run());
        Label saved = new Label();
        saved.setId("wizard-saved");
        saved.textProperty().bind(Bindings.createStringBinding(() -> vm.savedToProperty().get() == null ? ""
                : t.get("wizard.report.saved", vm.savedToProperty().get()), vm.savedToProperty()));
        HBox saveRow = new HBox(10, save, saved);
        saveRow.setAlignment(Pos.CENTER_LEFT);

        VBox pane = new VBox(10, totals, anonymous, repeated, duplicates, links, perSheet, new Label(t.get("wizard.report.reasons")), rejected, saveRow);
        pane.setId("wizard-report-pane");
        onStep(pane, Step.REPORT);
        return pane;
    }

    /** A report line about {@code count} things (anonymous lines, repeated rows), shown only when there are any. */
    private Label countNote(String id, String key, javafx.beans.property.LongProperty count) {
        Label note = new Label();
        note.setId(id);
        note.setWrapText(true);
        note.setMinHeight(Region.USE_PREF_SIZE);
        note.textProperty().bind(Bindings.createStringBinding(() -> t.get(key, count.get()), count));
        note.visibleProperty().bind(count.greaterThan(0));
        note.managedProperty().bind(note.visibleProperty());
        return note;
    }

    /** The orders of this import that another dataset already holds, and the offer to replace that dataset. */
    private Node duplicatesNotice() {
        Label warning = new Label();
        warning.setId("wizard-report-duplicates");
        warning.setWrapText(true);
        warning.setMinHeight(Region.USE_PREF_SIZE);
        warning.textProperty().bind(Bindings.createStringBinding(() -> t.get("wizard.report.duplicateOrders",
                integers.format(vm.duplicateOrdersProperty().get()),
                String.join(t.get("wizard.report.datasetSeparator"), vm.duplicateDatasets())),
                vm.duplicateOrdersProperty(), vm.duplicateDatasets()));
        warning.visibleProperty().bind(vm.duplicatesRemovedProperty().not()); // no longer counted twice
        warning.managedProperty().bind(warning.visibleProperty());
        Label hint = new Label();
        hint.setId("wizard-report-duplicate-hint");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        hint.textProperty().bind(Bindings.createStringBinding(() -> t.get(vm.duplicatesRemovedProperty().get()
                ? "wizard.report.duplicatesRemoved" : "wizard.report.duplicateHint"), vm.duplicatesRemovedProperty()));
        Button remove = new Button(t.get("wizard.report.removeDuplicated"));
        remove.setId("wizard-remove-duplicated");
        remove.setOnAction(e -> onRemoveDuplicated.run());
        // shown only when there is another dataset (not from this run) to remove
        remove.visibleProperty().bind(Bindings.createBooleanBinding(vm::canRemoveDuplicated,
                vm.duplicateOrdersProperty(), vm.duplicateDatasets(), vm.duplicatesRemovedProperty()));
        remove.managedProperty().bind(remove.visibleProperty());
        VBox box = new VBox(6, warning, hint, remove);
        box.getStyleClass().add("wizard-notice");
        box.visibleProperty().bind(vm.duplicateOrdersProperty().greaterThan(0));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    /** "Customers without transactions: 12 (for example C9, C12, ...)". */
    private String withExamples(String count, List<String> ids, long total) {
        if (ids.isEmpty()) {
            return count;
        }
        String list = String.join(t.get("wizard.report.idSeparator"), ids) + (total > ids.size() ? t.get("wizard.report.more") : "");
        return t.get("wizard.report.examples", count, list);
    }

    private Label number(String id, javafx.beans.property.LongProperty value) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add("wizard-number");
        l.textProperty().bind(Bindings.createStringBinding(() -> integers.format(value.get()), value));
        return l;
    }

    /** Shows the column's title in a label that wraps within the column's width. */
    private static void wrapHeader(TableColumn<?, ?> c) {
        Label title = new Label(c.getText());
        title.setWrapText(true);
        title.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        title.setAlignment(Pos.CENTER);
        title.setMinHeight(Region.USE_PREF_SIZE);
        title.prefWidthProperty().bind(c.widthProperty().subtract(12));
        c.setGraphic(title);
        c.setText("");
        c.setMinWidth(70);
    }

    private static <S> TableColumn<S, String> textColumn(String title, Function<S, String> value) {
        TableColumn<S, String> c = new TableColumn<>(title);
        c.setCellValueFactory(x -> new ReadOnlyStringWrapper(value.apply(x.getValue())));
        return c;
    }

    // ---- buttons

    private Node buttons() {
        Button back = new Button(t.get("wizard.back"));
        back.setId("wizard-back");
        back.setOnAction(e -> vm.back());
        back.disableProperty().bind(Bindings.createBooleanBinding(() -> {
            Step s = vm.stepProperty().get();
            ImportState st = vm.stateProperty().get();
            return s == Step.SHEETS || s == Step.REPORT
                    || (s == Step.IMPORT && (st == ImportState.RUNNING || st == ImportState.CANCELLING
                            || st == ImportState.REPORTING));
        }, vm.stepProperty(), vm.stateProperty()));

        Button next = new Button();
        next.setId("wizard-next");
        next.setDefaultButton(true);
        next.textProperty().bind(Bindings.createStringBinding(() -> vm.stepProperty().get() == Step.SHEETS
                ? t.get("wizard.next") : t.get("wizard.import"), vm.stepProperty()));
        next.disableProperty().bind(Bindings.createBooleanBinding(() -> switch (vm.stepProperty().get()) {
            case SHEETS -> !vm.canGoToPreviewBinding().get();
            case PREVIEW -> !vm.canImportBinding().get();
            default -> true;
        }, vm.stepProperty(), vm.canGoToPreviewBinding(), vm.canImportBinding()));
        next.visibleProperty().bind(vm.stepProperty().isEqualTo(Step.SHEETS).or(vm.stepProperty().isEqualTo(Step.PREVIEW)));
        next.managedProperty().bind(next.visibleProperty());
        next.setOnAction(e -> vm.next());

        Button close = new Button();
        close.setId("wizard-close");
        close.textProperty().bind(Bindings.createStringBinding(() -> vm.stepProperty().get() == Step.REPORT
                ? t.get("wizard.close") : t.get("wizard.cancel"), vm.stepProperty()));
        close.disableProperty().bind(vm.stateProperty().isEqualTo(ImportState.RUNNING)
                .or(vm.stateProperty().isEqualTo(ImportState.CANCELLING))
                .or(vm.stateProperty().isEqualTo(ImportState.REPORTING)));
        close.setOnAction(e -> onClose.run());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, spacer, back, next, close);
        bar.setPadding(new Insets(10, 16, 14, 16));
        bar.setAlignment(Pos.CENTER_RIGHT);
        bar.getStyleClass().add("wizard-buttons");
        return bar;
    }
}
