package com.stratum.ui.history;

import com.stratum.engine.Comparison;
import com.stratum.ui.AppContext;
import com.stratum.ui.charts.ChartPane;
import com.stratum.ui.charts.ChartText;
import com.stratum.ui.charts.FlowDiagram;
import com.stratum.ui.charts.TimeSeriesData;
import com.stratum.ui.charts.HeatMapChart;
import com.stratum.ui.charts.HeatMapData;
import com.stratum.ui.charts.SegmentLegend;
import com.stratum.ui.charts.StackedAreaOverTime;
import com.stratum.ui.charts.ViewStyles;
import com.stratum.ui.charts.ViewTexts;
import com.stratum.ui.results.CellFormat;
import com.stratum.ui.results.SegmentTexts;
import com.stratum.ui.shell.SectionView;
import com.stratum.workspace.DefinitionInfo;
import com.stratum.workspace.RunInfo;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * The History section: the kept runs (select two to see who moved), as-of re-runs of a definition
 * at the quarter ends, the segment sizes over time as stacked areas and the migration between two
 * dates as a heat map.
 */
public final class HistoryView implements SectionView {

    /** Customers present on one side only are drawn grey. */
    private static final String NONE_COLOUR = "#9E9E9E";

    private final HistoryViewModel vm;
    private final ViewTexts texts;
    private final CellFormat format;
    private final SegmentTexts names;
    private final BorderPane root = new BorderPane();
    private final TableView<RunInfo> runs = new TableView<>();
    private final StackPane overTime = new StackPane();
    private final StackPane migration = new StackPane();
    private final StackPane flow = new StackPane();
    private final ComboBox<String> definition = new ComboBox<>();
    private final ComboBox<String> from = new ComboBox<>();
    private final ComboBox<String> to = new ComboBox<>();
    private final Label status = new Label();
    private final Label heading = new Label();
    private ScrollPane scroll;
    private HBox dates;
    /** The two runs the From / To boxes show, or null while they show the dates of the as-of series. */
    private List<RunInfo> runChoices;
    private boolean filling;

    public HistoryView(HistoryViewModel vm, AppContext ctx) {
        this(vm, ViewTexts.of(ctx.i18n().locale()));
    }

    public HistoryView(HistoryViewModel vm, ViewTexts texts) {
        this.vm = vm;
        this.texts = texts;
        this.format = new CellFormat(texts.locale());
        this.names = new SegmentTexts(texts.locale());
        root.setId("history-view");
        ViewStyles.apply(root);
        buildRuns();
        Button compareRuns = new Button(texts.get("history.compareRuns"));
        compareRuns.setId("history-compare-runs");
        compareRuns.setOnAction(e -> {
            List<RunInfo> sel = runs.getSelectionModel().getSelectedItems();
            if (sel.size() == 2) {
                showRunChoices(sel.get(0), sel.get(1));
                vm.compareRuns(sel.get(0).id(), sel.get(1).id());
            }
        });
        compareRuns.setWrapText(true);
        compareRuns.setMaxWidth(Double.MAX_VALUE);
        compareRuns.disableProperty().bind(javafx.beans.binding.Bindings.size(
                runs.getSelectionModel().getSelectedItems()).isNotEqualTo(2));
        Label runsTitle = new Label(texts.get("history.runs"));
        runsTitle.getStyleClass().add("title-4");
        VBox left = new VBox(8, runsTitle, runs, compareRuns);
        VBox.setVgrow(runs, Priority.ALWAYS);
        left.setPadding(new Insets(10));

        definition.setId("history-definition");
        definition.setPromptText(texts.get("history.pickDefinition"));
        Button rerun = new Button(texts.get("history.rerun"));
        rerun.setId("history-rerun");
        rerun.getStyleClass().add("accent");
        rerun.setOnAction(e -> {
            if (definition.getValue() != null) {
                vm.runAsOf(definition.getValue(), vm.quarterEnds());
            }
        });
        from.setId("history-from");
        to.setId("history-to");
        Runnable compare = () -> {
            int a = from.getSelectionModel().getSelectedIndex();
            int b = to.getSelectionModel().getSelectedIndex();
            if (filling || a < 0 || b < 0) {
                return;
            }
            if (runChoices != null) {
                vm.compareRuns(runChoices.get(a).id(), runChoices.get(b).id());
            } else {
                vm.compareDates(a, b);
            }
        };
        from.setOnAction(e -> compare.run());
        to.setOnAction(e -> compare.run());
        Button export = new Button(texts.get("history.export"));
        export.setId("history-export");
        export.setOnAction(e -> vm.export());
        export.disableProperty().bind(vm.migrationProperty().isNull().or(vm.exporter().busyProperty()));
        definition.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(String name) {
                return texts.definitionTitle(name);
            }

            @Override
            public String fromString(String t) {
                return t;
            }
        });
        definition.setPrefWidth(260);
        rerun.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        export.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        from.setPrefWidth(200);
        to.setPrefWidth(200);
        from.setMinWidth(120);
        to.setMinWidth(120);
        HBox bar = new HBox(8, fixedLabel(texts.get("history.definition")), definition, rerun);
        bar.setAlignment(Pos.CENTER_LEFT);
        dates = new HBox(8, fixedLabel(texts.get("history.from")), from, fixedLabel(texts.get("history.to")), to,
                export);
        dates.setAlignment(Pos.CENTER_LEFT);
        overTime.setMinHeight(320);
        migration.setMinHeight(440);
        flow.setMinHeight(440);
        heading.setId("history-comparison-heading");
        heading.getStyleClass().add("title-4");
        heading.setWrapText(true);
        status.setWrapText(true);
        VBox right = new VBox(10, bar, status, overTime, dates, heading, migration, flow);
        right.setPadding(new Insets(10));
        scroll = new ScrollPane(right);
        scroll.setFitToWidth(true);
        SplitPane split = new SplitPane(left, scroll);
        split.setDividerPositions(0.36);
        root.setCenter(split);

        vm.seriesProperty().addListener((o, a, s) -> showSeries(s));
        vm.migrationProperty().addListener((o, a, m) -> showMigration(m));
        vm.errorProperty().addListener((o, a, e) -> status.setText(e == null ? "" : texts.get("history.error", e)));
        rerun.disableProperty().bind(vm.runningProperty().or(definition.valueProperty().isNull()));
        vm.runningProperty().addListener((o, a, busy) -> {
            if (busy) {
                status.setText(texts.get("history.running"));
            } else if (vm.errorProperty().get() == null) {
                status.setText("");
            }
        });
        vm.storeProperty().addListener((o, a, b) -> refreshDefinitions());
        refreshDefinitions();
        showSeries(vm.seriesProperty().get());
        showMigration(vm.migrationProperty().get());
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void onShown() {
        vm.reloadRuns();
        refreshDefinitions();
    }

    private void refreshDefinitions() {
        String keep = definition.getValue();
        List<DefinitionInfo> all = vm.storeProperty().get().list();
        List<String> names = new java.util.ArrayList<>();
        all.stream().filter(d -> !d.builtIn()).forEach(d -> names.add(d.name()));
        all.stream().filter(DefinitionInfo::builtIn).forEach(d -> names.add(d.name()));
        definition.getItems().setAll(names);
        if (keep != null) {
            definition.setValue(keep);
        } else if (!definition.getItems().isEmpty()) {
            definition.setValue(definition.getItems().get(0));
        }
    }

    private void buildRuns() {
        runs.setId("history-runs");
        runs.setItems(vm.runs());
        runs.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        // every column keeps room for its text; a narrow pane scrolls sideways instead of eliding
        runs.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        runs.getColumns().add(col("history.col.definition",
                r -> texts.definitionTitle(r.definitionName()) + " v" + r.definitionVersion(), 210));
        runs.getColumns().add(col("history.col.asOf", r -> format.date(r.asOf()), 125));
        runs.getColumns().add(col("history.col.customers", r -> format.integer(r.customers()), 95));
        runs.getColumns().add(col("history.col.created", r -> r.createdAt() == null ? ""
                : format.date(r.createdAt().toLocalDate()) + " " + r.createdAt().toLocalTime().withSecond(0).withNano(0),
                175));
        Label none = new Label(texts.get("history.noRuns"));
        none.setWrapText(true);
        none.setPadding(new Insets(10));
        runs.setPlaceholder(none);
    }

    private TableColumn<RunInfo, String> col(String key, Function<RunInfo, String> value, double width) {
        TableColumn<RunInfo, String> c = new TableColumn<>(texts.get(key));
        c.setPrefWidth(width);
        c.setMinWidth(width * 0.6);
        c.setCellValueFactory(x -> new ReadOnlyObjectWrapper<>(value.apply(x.getValue())));
        // a narrowed column still tells its whole text on hover
        c.setCellFactory(col -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty || item == null || item.isEmpty() ? null : new javafx.scene.control.Tooltip(item));
            }
        });
        return c;
    }

    private void showSeries(AsOfSeries s) {
        if (s == null) {
            overTime.getChildren().setAll(new Label(texts.get("history.noSeries")));
            return;
        }
        // engine names to this view's language (a live language switch rebuilds the view)
        java.util.function.UnaryOperator<String> shown = names.displayNames(s.segments());
        // dates in the locale's medium style, as everywhere else in the window
        TimeSeriesData sizes = new TimeSeriesData(s.dates().stream().map(format::date).toArray(String[]::new),
                Arrays.stream(s.sizes().segments()).map(shown).toArray(String[]::new), s.sizes().colours(),
                s.sizes().values());
        var chart = StackedAreaOverTime.create(sizes, ChartText.of(texts, "chart.overTime."));
        chart.setPadding(new Insets(10, 48, 10, 10)); // room for the last date's label, centred on the right edge
        // slanted dates fit side by side: upright ones overlap and the axis would drop every other one
        chart.getXAxis().setTickLabelRotation(-30);
        ChartPane pane = new ChartPane(texts.get("chart.overTime.title"), chart, texts, "segments-over-time");
        pane.setId("history-over-time");
        VBox box = new VBox(4, pane, new SegmentLegend(sizes.segments(), sizes.colours(), null));
        VBox.setVgrow(pane, Priority.ALWAYS);
        overTime.getChildren().setAll(box);
        List<String> shownDates = s.dates().stream().map(format::date).toList();
        filling = true;
        runChoices = null;
        from.getItems().setAll(shownDates);
        to.getItems().setAll(shownDates);
        if (shownDates.size() >= 2) {
            from.getSelectionModel().select(0);
            to.getSelectionModel().select(shownDates.size() - 1);
        }
        filling = false;
    }

    /** The From / To boxes list the kept runs and show the two being compared (the older first). */
    private void showRunChoices(RunInfo a, RunInfo b) {
        filling = true;
        runChoices = List.copyOf(vm.runs());
        List<String> labels = runChoices.stream().map(r -> HistoryViewModel.runLabel(texts, r)).toList();
        from.getItems().setAll(labels);
        to.getItems().setAll(labels);
        RunInfo older = a.id() <= b.id() ? a : b;
        RunInfo newer = older == a ? b : a;
        from.getSelectionModel().select(runChoices.indexOf(older));
        to.getSelectionModel().select(runChoices.indexOf(newer));
        filling = false;
    }

    private void showMigration(HistoryViewModel.Migration m) {
        if (m == null) {
            heading.setText("");
            migration.getChildren().clear();
            flow.getChildren().clear();
            return;
        }
        heading.setText(texts.get("history.comparing", m.from(), m.to()));
        // bring the comparison into view: the analyst clicked a button far from it
        javafx.application.Platform.runLater(this::scrollToComparison);
        Comparison cmp = m.comparison();
        java.util.function.UnaryOperator<String> segmentNames = m.names(texts.locale());
        // customers on one side only, in the window's language
        java.util.function.UnaryOperator<String> shown = n -> Comparison.NONE.equals(n)
                ? texts.get("compareExport.none") : segmentNames.apply(n);
        com.stratum.ui.whatif.MigrationGrid grid = com.stratum.ui.whatif.MigrationGrid.of(cmp);
        String[] rows = grid.rows().stream().map(shown).toArray(String[]::new);
        String[] cols = grid.columns().stream().map(shown).toArray(String[]::new);
        long[][] matrix = grid.counts();
        HeatMapData data = HeatMapData.rowShares(rows, cols, matrix, texts.get("chart.migration.shade"));
        ChartPane pane = new ChartPane(texts.get("history.migrationTitle"), HeatMapChart.create(data,
                new ChartText("", texts.get("history.toAxis"), texts.get("history.fromAxis")), true, texts.locale(),
                (r, c) -> showMovers(cmp, grid, r, c, rows, cols)),
                texts, "migration");
        migration.setMinHeight(Math.max(440, 200 + 28 * rows.length));
        pane.setId("history-migration");
        migration.getChildren().setAll(pane);

        FlowDiagram diagram = new FlowDiagram(rows, cols, colours(m, grid.rows()), colours(m, grid.columns()),
                matrix, texts.locale(), (r, c) -> showMovers(cmp, grid, r, c, rows, cols));
        diagram.setId("history-flow-diagram");
        ChartPane flowPane = new ChartPane(texts.get("history.flowTitle"), diagram, texts, "migration-flow");
        flowPane.setId("history-flow");
        flow.getChildren().setAll(flowPane);
    }

    private static Label fixedLabel(String text) {
        Label l = new Label(text);
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }

    private void scrollToComparison() {
        if (scroll == null || scroll.getContent() == null) {
            return;
        }
        scroll.layout();
        double content = scroll.getContent().getBoundsInLocal().getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        if (content > viewport) {
            scroll.setVvalue(Math.min(1, dates.getBoundsInParent().getMinY() / (content - viewport)));
        }
    }

    private static String[] colours(HistoryViewModel.Migration m, List<String> segments) {
        return segments.stream().map(s -> Comparison.NONE.equals(s) ? NONE_COLOUR : m.colour(s)).toArray(String[]::new);
    }

    /** The customers of one matrix cell (a heat-map cell or a flow band), in a small window. */
    private void showMovers(Comparison cmp, com.stratum.ui.whatif.MigrationGrid grid, int row, int col,
                            String[] rows, String[] cols) {
        String fromSegment = grid.rows().get(row);
        String toSegment = grid.columns().get(col);
        ListView<String> list = new ListView<>();
        list.getItems().setAll(cmp.customers(fromSegment, toSegment));
        list.setId("history-movers-list");
        String count = format.integer(cmp.count(fromSegment, toSegment));
        Label title = new Label(fromSegment.equals(toSegment) ? texts.get("history.stayed", count, rows[row])
                : texts.get("history.movers", count, rows[row], cols[col]));
        title.setWrapText(true);
        VBox box = new VBox(8, title, list);
        box.setPadding(new Insets(10));
        VBox.setVgrow(list, Priority.ALWAYS);
        Stage stage = new Stage();
        stage.setTitle(texts.get("history.moversTitle"));
        if (root.getScene() != null) {
            stage.initOwner(root.getScene().getWindow());
        }
        stage.setScene(new javafx.scene.Scene(ViewStyles.apply(box), 420, 480));
        stage.show();
    }
}
