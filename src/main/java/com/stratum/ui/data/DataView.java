package com.stratum.ui.data;

import com.stratum.ui.AppContext;
import com.stratum.ui.i18n.Localization;
import com.stratum.ui.service.DatasetColumn;
import com.stratum.ui.service.DatasetSummary;
import com.stratum.ui.shell.SectionView;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;

import java.text.NumberFormat;

/** The Data section: imported datasets above, the selected dataset's rows (paged from H2) below. */
public final class DataView implements SectionView {

    private static final java.util.Set<String> MONEY_ROLES = java.util.Set.of("amount", "unit_price", "discount");

    private final VBox root;

    public DataView(DataViewModel vm, AppContext ctx) {
        Localization i18n = ctx.i18n();
        Label title = new Label(i18n.get("data.title"));
        title.getStyleClass().add("section-title");
        Button importButton = new Button(i18n.get("data.import"), new FontIcon(Material2OutlinedAL.ADD_CIRCLE_OUTLINE));
        importButton.setId("data-import");
        importButton.setTooltip(new Tooltip(i18n.get("data.import.tooltip")));
        importButton.disableProperty().bind(ctx.session().workspaceProperty().isNull()
                .or(ctx.session().busyProperty()));
        importButton.setOnAction(e -> vm.importFile());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(12, title, spacer, importButton);
        header.setAlignment(Pos.CENTER_LEFT);

        TableView<DatasetSummary> datasets = datasetTable(vm, i18n);
        // While a workspace opens or data is imported (the sample on first launch), say so instead of "no data".
        Label empty = new Label(i18n.get("data.datasets.empty"));
        empty.setWrapText(true);
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(36, 36);
        Label working = new Label(i18n.get("data.datasets.working"));
        VBox busy = new VBox(10, spinner, working);
        busy.setAlignment(Pos.CENTER);
        busy.setId("data-busy");
        Runnable placeholder = () -> datasets.setPlaceholder(ctx.session().busyProperty().get() ? busy : empty);
        ctx.session().busyProperty().addListener((obs, o, n) -> placeholder.run());
        placeholder.run();
        TableView<DataRow> rows = new TableView<>();
        rows.setId("data-rows");
        rows.setPlaceholder(new Label(i18n.get("data.rows.empty")));
        rows.getStyleClass().add("dense");
        CellFormat format = new CellFormat(i18n.locale());
        Runnable rebuild = () -> {
            var cols = new java.util.ArrayList<TableColumn<DataRow, Object>>();
            for (int i = 0; i < vm.columns().size(); i++) {
                cols.add(rowColumn(vm.columns().get(i), i, format, i18n));
            }
            rows.getColumns().setAll(cols);
            // never null: a TableView skin that meets null items throws during layout and stays broken
            PagedRowList shown = vm.rowsProperty().get();
            rows.setItems(shown == null ? javafx.collections.FXCollections.observableArrayList() : shown);
        };
        vm.rowsProperty().addListener((obs, o, n) -> rebuild.run());
        rebuild.run();

        SplitPane split = new SplitPane(datasets, rows);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.3);
        datasets.setMinHeight(150); // header and three datasets (transactions, customers, one more) stay in view
        VBox.setVgrow(split, Priority.ALWAYS);
        root = new VBox(12, header, split);
        root.setId("data-view");
    }

    private static TableView<DatasetSummary> datasetTable(DataViewModel vm, Localization i18n) {
        TableView<DatasetSummary> table = new TableView<>(vm.datasets());
        table.setId("data-datasets");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        NumberFormat nf = NumberFormat.getIntegerInstance(i18n.locale());
        TableColumn<DatasetSummary, String> name = new TableColumn<>(i18n.get("data.col.name"));
        name.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        TableColumn<DatasetSummary, String> kind = new TableColumn<>(i18n.get("data.col.kind"));
        kind.setCellValueFactory(c -> new ReadOnlyStringWrapper(kindText(c.getValue().kind(), i18n)));
        TableColumn<DatasetSummary, String> count = new TableColumn<>(i18n.get("data.col.rows"));
        count.setCellValueFactory(c -> new ReadOnlyStringWrapper(nf.format(c.getValue().rows())));
        count.setStyle("-fx-alignment: CENTER-RIGHT;");
        TableColumn<DatasetSummary, String> rejected = new TableColumn<>(i18n.get("data.col.rejected"));
        rejected.setCellValueFactory(c -> new ReadOnlyStringWrapper(nf.format(c.getValue().rejected())));
        rejected.setStyle("-fx-alignment: CENTER-RIGHT;");
        TableColumn<DatasetSummary, String> source = new TableColumn<>(i18n.get("data.col.source"));
        source.setCellValueFactory(c -> new ReadOnlyStringWrapper(sourceText(c.getValue(), i18n)));
        name.setPrefWidth(200);
        kind.setPrefWidth(110);
        count.setPrefWidth(100);
        rejected.setPrefWidth(100);
        table.getColumns().setAll(java.util.List.of(name, kind, count, rejected, source));
        table.getSelectionModel().selectedItemProperty().addListener((obs, o, n) -> {
            if (n != null) {
                vm.selectedProperty().set(n);
            }
        });
        vm.selectedProperty().addListener((obs, o, n) -> table.getSelectionModel().select(n));
        if (vm.selectedProperty().get() != null) {
            table.getSelectionModel().select(vm.selectedProperty().get());
        }
        return table;
    }

    static String kindText(String kind, Localization i18n) {
        return switch (kind == null ? "" : kind) {
            case "transactions" -> i18n.get("data.kind.transactions");
            case "customers" -> i18n.get("data.kind.customers");
            default -> kind == null ? "" : kind;
        };
    }

    private static String sourceText(DatasetSummary d, Localization i18n) {
        String file = d.sourceFile() == null ? "" : java.nio.file.Path.of(d.sourceFile()).getFileName().toString();
        return d.sheet() == null || d.sheet().isEmpty() ? file : i18n.get("data.source", file, d.sheet());
    }

    /** The sheet's header text; the derived amount's neutral stored name in the window's language. */
    static String headerText(DatasetColumn c, Localization i18n) {
        return com.stratum.imports.ColumnPlan.isDerivedAmount(c.header(), c.role()) ? i18n.get("data.derivedAmount")
                : c.header();
    }

    /** A column whose header shows the sheet's header text and, below it, the role Stratum gave it. */
    private static TableColumn<DataRow, Object> rowColumn(DatasetColumn c, int index, CellFormat format,
                                                         Localization i18n) {
        TableColumn<DataRow, Object> col = new TableColumn<>();
        Label header = new Label(headerText(c, i18n));
        header.getStyleClass().add("column-header-title");
        Label role = new Label(c.role() == null ? i18n.get("role.none") : i18n.get("role." + c.role()));
        role.getStyleClass().add(c.role() == null ? "column-header-role-none" : "column-header-role");
        VBox graphic = new VBox(1, header, role);
        graphic.setAlignment(Pos.CENTER);
        col.setGraphic(graphic);
        col.setId("col-" + c.ordinal());
        col.setSortable(false);
        int minWidth = switch (c.dataType()) {
            case "TIMESTAMP" -> 200;
            case "DATE" -> 130;
            case "TEXT" -> 130;
            default -> 100;
        };
        col.setPrefWidth(Math.max(minWidth, Math.min(260, c.header().length() * 9 + 30)));
        boolean isMoney = c.role() != null && MONEY_ROLES.contains(c.role());
        col.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(cd.getValue().value(index)));
        col.setCellFactory(tc -> new TableCell<>() {
            @Override
            protected void updateItem(Object item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : format.format(item, isMoney));
                setAlignment(!empty && CellFormat.isNumeric(item) ? Pos.CENTER_RIGHT : Pos.CENTER_LEFT);
            }
        });
        return col;
    }

    @Override
    public Node node() {
        return root;
    }
}
