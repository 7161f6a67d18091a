package com.stratum.ui.whatif;

import com.stratum.engine.Comparison;
import com.stratum.engine.SegmentDelta;
import com.stratum.ui.AppContext;
import com.stratum.ui.charts.ChartPane;
import com.stratum.ui.charts.ChartText;
import com.stratum.ui.charts.FlowDiagram;
import com.stratum.ui.charts.HeatMapChart;
import com.stratum.ui.charts.HeatMapData;
import com.stratum.ui.charts.SegmentBarChart;
import com.stratum.ui.charts.SegmentValues;
import com.stratum.ui.charts.ViewStyles;
import com.stratum.ui.charts.ViewTexts;
import com.stratum.ui.results.CellFormat;
import com.stratum.ui.shell.SectionView;
import com.stratum.workspace.DefinitionInfo;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.MapChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The What-if section: knobs on the left (every threshold a slider, categorical choices as
 * toggles), on the right the selected scenario against the baseline: the delta table, the size
 * chart with the baseline as ghost bars, the migration matrix (click a cell for the movers) and
 * every scenario side by side.
 */
public final class WhatIfView implements SectionView {

    private final WhatIfViewModel vm;
    private final ViewTexts texts;
    private final CellFormat format;
    private final BorderPane root = new BorderPane();
    private final VBox knobs = new VBox(8);
    private final TableView<SegmentDelta> deltas = new TableView<>();
    private final StackPane sizes = new StackPane();
    private final StackPane matrix = new StackPane();
    private final StackPane flow = new StackPane();
    private final StackPane sideBySide = new StackPane();
    private final ComboBox<String> baseline = new ComboBox<>();
    private final ComboBox<String> scenario = new ComboBox<>();
    private final Label status = new Label();
    private java.util.function.UnaryOperator<String> localName = n -> n;

    public WhatIfView(WhatIfViewModel vm, AppContext ctx) {
        this(vm, ViewTexts.of(ctx.i18n().locale()));
    }

    public WhatIfView(WhatIfViewModel vm, ViewTexts texts) {
        this.vm = vm;
        this.texts = texts;
        this.format = new CellFormat(texts.locale());
        root.setId("whatif-view");
        ViewStyles.apply(root);
        root.setTop(toolbar());
        knobs.setPadding(new Insets(10));
        knobs.setId("whatif-knobs");
        ScrollPane knobScroll = new ScrollPane(knobs);
        knobScroll.setFitToWidth(true);
        knobScroll.setMinWidth(280);
        buildDeltaTable();
        sizes.setMinHeight(340);
        matrix.setMinHeight(300);
        flow.setMinHeight(400);
        VBox charts = new VBox(8, sizes, matrix, flow);
        Label sideTitle = new Label(texts.get("whatif.sideBySide"));
        sideTitle.getStyleClass().add("title-4");
        Button export = new Button(texts.get("whatif.export"));
        export.setId("whatif-export");
        export.setOnAction(e -> vm.export());
        export.disableProperty().bind(vm.currentProperty().isNull().or(vm.baselineAssignmentProperty().isNull())
                .or(vm.exporter().busyProperty()));
        javafx.scene.layout.Region gap = new javafx.scene.layout.Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox head = new HBox(8, status, gap, fixed(export));
        head.setAlignment(Pos.CENTER_LEFT);
        VBox right = new VBox(8, head, deltas, charts, sideTitle, sideBySide);
        right.setPadding(new Insets(10));
        deltas.setPrefHeight(220);
        ScrollPane rightScroll = new ScrollPane(right);
        rightScroll.setFitToWidth(true);
        SplitPane split = new SplitPane(knobScroll, rightScroll);
        split.setDividerPositions(0.25);
        root.setCenter(split);

        vm.scenarios().addListener((ListChangeListener<Scenario>) c -> {
            boolean structural = false;
            while (c.next()) {
                structural |= c.wasAdded() && !c.wasReplaced() || c.wasRemoved() && !c.wasReplaced();
            }
            if (structural) {
                refreshScenarioBox();
                rebuildKnobs();
            }
        });
        vm.selectedProperty().addListener((o, a, b) -> {
            refreshScenarioBox();
            rebuildKnobs();
        });
        vm.currentProperty().addListener((o, a, b) -> showResult(b));
        vm.results().addListener((MapChangeListener<String, ScenarioResult>) c -> rebuildSideBySide());
        vm.baselineAssignmentProperty().addListener((o, a, b) -> rebuildKnobs());
        vm.errorProperty().addListener((o, a, b) -> status.setText(b == null ? "" : texts.get("whatif.error", b)));
        vm.storeProperty().addListener((o, a, b) -> refreshBaselines());
        refreshBaselines();
        refreshScenarioBox();
        rebuildKnobs();
        showResult(vm.currentProperty().get());
    }

    @Override
    public Node node() {
        return root;
    }

    private Node toolbar() {
        baseline.setId("whatif-baseline");
        baseline.setPromptText(texts.get("whatif.pickBaseline"));
        baseline.setOnAction(e -> {
            String name = baseline.getValue();
            if (name != null && (vm.baselineProperty().get() == null || !vm.baselineProperty().get().name().equals(name))) {
                vm.openBaseline(name);
            }
        });
        baseline.setPrefWidth(240);
        baseline.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(String name) {
                return texts.definitionTitle(name);
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        });
        scenario.setId("whatif-scenario");
        scenario.setPrefWidth(160);
        scenario.setOnAction(e -> {
            int i = scenario.getSelectionModel().getSelectedIndex();
            if (i >= 0 && i != vm.selectedProperty().get()) {
                vm.selectedProperty().set(i);
            }
        });
        Button add = new Button(texts.get("whatif.addScenario"));
        add.setId("whatif-add");
        add.setOnAction(e -> vm.addScenario());
        Button rename = new Button(texts.get("whatif.rename"));
        rename.setOnAction(e -> vm.selectedScenario().ifPresent(s -> {
            TextInputDialog d = new TextInputDialog(s.name());
            com.stratum.ui.dialog.DialogStyle.apply(d, texts.get("whatif.rename"));
            d.setGraphic(null);
            if (root.getScene() != null) {
                d.initOwner(root.getScene().getWindow());
            }
            d.showAndWait().ifPresent(vm::renameScenario);
        }));
        Button promote = new Button(texts.get("whatif.promote"));
        promote.setId("whatif-promote");
        promote.getStyleClass().add("accent");
        promote.setOnAction(e -> {
            if (vm.selectedScenario().isPresent() && vm.baselineProperty().get() != null) {
                askPromote();
            }
        });
        // nothing to rename, promote or export before a scenario exists (and, for export, is evaluated)
        javafx.beans.binding.BooleanBinding noScenario = javafx.beans.binding.Bindings.createBooleanBinding(
                () -> vm.selectedScenario().isEmpty() || vm.baselineProperty().get() == null,
                vm.scenarios(), vm.selectedProperty(), vm.baselineProperty());
        add.disableProperty().bind(vm.baselineProperty().isNull());
        rename.disableProperty().bind(noScenario);
        promote.disableProperty().bind(noScenario.or(vm.promotableProperty().not()));
        rename.setId("whatif-rename");
        HBox bar = new HBox(8, fixed(new Label(texts.get("whatif.baseline"))), baseline,
                fixed(new Label(texts.get("whatif.scenario"))), scenario, add, rename, promote);
        bar.getChildren().forEach(n -> {
            if (n instanceof Button b) {
                fixed(b);
            }
        });
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(10, 10, 0, 10));
        return bar;
    }

    /**
     * Promotion asks first: a built-in is never overwritten, so its scenario is saved as a copy under
     * a name the analyst confirms; a saved definition gets its next version after a yes.
     */
    private void askPromote() {
        String scenarioName = vm.selectedScenario().map(Scenario::name).orElse("");
        String baseName = vm.baselineProperty().get().name();
        ButtonType ok = new ButtonType(texts.get("whatif.promoteOk"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(texts.get("whatif.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        java.util.Optional<String> name;
        if (vm.baselineIsBuiltIn()) {
            TextInputDialog d = new TextInputDialog(vm.suggestedCopyName());
            d.setTitle(texts.get("whatif.promote"));
            d.setHeaderText(texts.get("whatif.promoteCopy", texts.definitionTitle(baseName), scenarioName));
            d.setContentText(texts.get("whatif.promoteName"));
            d.getDialogPane().getButtonTypes().setAll(ok, cancel);
            owned(d);
            name = d.showAndWait();
        } else {
            Alert a = new Alert(Alert.AlertType.CONFIRMATION, texts.get("whatif.promoteConfirm", scenarioName,
                    texts.definitionTitle(baseName)), ok, cancel);
            a.setTitle(texts.get("whatif.promote"));
            a.setHeaderText(null);
            owned(a);
            name = a.showAndWait().filter(ok::equals).map(b -> baseName);
        }
        name.ifPresent(n -> {
            try {
                var saved = vm.promote(n);
                status.setText(texts.get("whatif.promoted", texts.definitionTitle(saved.name()), saved.version()));
                refreshBaselines();
            } catch (IllegalArgumentException ex) {
                status.setText(ex.getMessage());
            }
        });
    }

    private void owned(javafx.scene.control.Dialog<?> d) {
        com.stratum.ui.dialog.DialogStyle.style(d.getDialogPane());
        d.setGraphic(null);
        if (root.getScene() != null) {
            d.initOwner(root.getScene().getWindow());
        }
    }

    private void refreshBaselines() {
        // the analyst's own definitions first, then the templates
        List<DefinitionInfo> all = vm.storeProperty().get().list();
        List<String> names = new ArrayList<>();
        all.stream().filter(d -> !d.builtIn()).forEach(d -> names.add(d.name()));
        all.stream().filter(DefinitionInfo::builtIn).forEach(d -> names.add(d.name()));
        baseline.getItems().setAll(names);
        if (vm.baselineProperty().get() != null) {
            baseline.setValue(vm.baselineProperty().get().name());
        }
    }

    private void refreshScenarioBox() {
        List<String> names = vm.scenarios().stream().map(Scenario::name).toList();
        if (!scenario.getItems().equals(names)) {
            scenario.getItems().setAll(names);
        }
        int i = vm.selectedProperty().get();
        if (i >= 0 && i < names.size()) {
            scenario.getSelectionModel().select(i);
        }
    }

    private void rebuildKnobs() {
        knobs.getChildren().clear();
        if (vm.selectedScenario().isEmpty()) {
            Label hint = new Label(texts.get("whatif.noBaseline"));
            hint.setWrapText(true);
            knobs.getChildren().add(hint);
            return;
        }
        String group = null;
        int n = 0;
        Map<String, List<Slider>> chains = new LinkedHashMap<>();
        for (Knob k : vm.knobs()) {
            if (!k.group().equals(group)) {
                group = k.group();
                Label g = new Label(group);
                g.getStyleClass().add("title-4");
                g.setWrapText(true);
                knobs.getChildren().add(g);
            }
            Slider s = new Slider(k.min(), k.max(), k.value());
            s.setId("knob-" + n++);
            s.setUserData(k.id());
            if (k.integer()) {
                s.setMajorTickUnit(1);
                s.setMinorTickCount(0);
                s.setSnapToTicks(true);
            }
            Label value = new Label(knobText(k, k.value()));
            value.setMinWidth(70);
            value.setAlignment(Pos.CENTER_RIGHT);
            if (k.chain() != null) {
                chains.computeIfAbsent(k.chain(), c -> new ArrayList<>()).add(s);
            }
            s.valueProperty().addListener((o, a, b) -> {
                // read the slider again: a neighbour may just have held it back
                double v = s.getValue();
                value.setText(knobText(k, k.integer() ? Math.round(v) : v));
                vm.set(k, v);
            });
            HBox.setHgrow(s, Priority.ALWAYS);
            Label label = new Label(k.label());
            label.setWrapText(true);
            label.setTooltip(new javafx.scene.control.Tooltip(k.label()));
            knobs.getChildren().addAll(label, new HBox(6, s, value));
        }
        chains.values().forEach(WhatIfView::keepOrdered);
        String choiceGroup = null;
        for (Choice c : vm.choices()) {
            if (!c.group().equals(choiceGroup)) {
                choiceGroup = c.group();
                Label g = new Label(choiceGroup + " · " + texts.get("whatif.choices"));
                g.getStyleClass().add("title-4");
                knobs.getChildren().add(g);
            }
            CheckBox box = new CheckBox(c.label());
            box.setSelected(c.selected());
            box.setOnAction(e -> vm.set(c, box.isSelected()));
            knobs.getChildren().add(box);
        }
        if (knobs.getChildren().isEmpty()) {
            Label none = new Label(texts.get("whatif.noKnobs"));
            none.setWrapText(true);
            knobs.getChildren().add(none);
        }
    }

    private static double headerWidth(String text) {
        javafx.scene.text.Text t = new javafx.scene.text.Text(text);
        t.setFont(javafx.scene.text.Font.font(javafx.scene.text.Font.getDefault().getFamily(),
                javafx.scene.text.FontWeight.BOLD, 14));
        return Math.ceil(t.getLayoutBounds().getWidth()) + 28;
    }

    private String knobText(Knob k, double v) {
        return k.percent() ? format.percent(v / 100) : k.money() ? format.money(v) : format.number(v);
    }

    /** Ordered sliders: none can pass its neighbour (the tier boundaries top first, breakpoints ascending). */
    private static void keepOrdered(List<Slider> sliders) {
        for (int i = 0; i + 1 < sliders.size(); i++) {
            Slider upper = sliders.get(i);
            Slider lower = sliders.get(i + 1);
            upper.valueProperty().addListener((o, a, b) -> {
                if (b.doubleValue() > lower.getValue()) {
                    upper.setValue(lower.getValue());
                }
            });
            lower.valueProperty().addListener((o, a, b) -> {
                if (b.doubleValue() < upper.getValue()) {
                    lower.setValue(upper.getValue());
                }
            });
        }
    }

    private void buildDeltaTable() {
        deltas.setId("whatif-deltas");
        Label empty = new Label(texts.get("whatif.noRows"));
        empty.setWrapText(true);
        deltas.setPlaceholder(empty);
        // columns keep room for their figures (money runs to millions); a narrow window scrolls sideways
        deltas.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        TableColumn<SegmentDelta, String> segmentCol = text("whatif.col.segment", d -> localName.apply(d.segment()));
        segmentCol.setPrefWidth(170);
        segmentCol.setMinWidth(120);
        deltas.getColumns().add(segmentCol);
        deltas.getColumns().add(number("whatif.col.baseline", d -> format.integer(d.baselineCount()), null));
        deltas.getColumns().add(number("whatif.col.scenario", d -> format.integer(d.scenarioCount()), null));
        deltas.getColumns().add(number("whatif.col.diff", d -> signed(d.countDiff()), d -> (double) d.countDiff()));
        deltas.getColumns().add(number("whatif.col.pct", d -> pct(d.countPct()), SegmentDelta::countPct));
        deltas.getColumns().add(number("whatif.col.baseRevenue", d -> format.cents(d.baselineRevenueCents()), null));
        deltas.getColumns().add(number("whatif.col.scenRevenue", d -> format.cents(d.scenarioRevenueCents()), null));
        deltas.getColumns().add(number("whatif.col.revenueDiff",
                d -> (d.revenueDiffCents() > 0 ? "+" : "") + format.cents(d.revenueDiffCents()),
                d -> (double) d.revenueDiffCents()));
        deltas.getColumns().add(number("whatif.col.revenuePct", d -> pct(d.revenuePct()), SegmentDelta::revenuePct));
    }

    private String signed(long v) {
        return (v > 0 ? "+" : "") + format.integer(v);
    }

    /** A change in percent (e.g. -43.45) as Results shows shares: one decimal and the locale's % sign. */
    private String pct(Double p) {
        if (p == null) {
            return "–";
        }
        return (p > 0 ? "+" : "") + format.percent(p / 100);
    }

    private TableColumn<SegmentDelta, String> text(String key, Function<SegmentDelta, String> value) {
        TableColumn<SegmentDelta, String> c = new TableColumn<>(texts.get(key));
        c.setCellValueFactory(x -> new ReadOnlyObjectWrapper<>(value.apply(x.getValue())));
        c.setSortable(false);
        return c;
    }

    private TableColumn<SegmentDelta, SegmentDelta> number(String key, Function<SegmentDelta, String> value,
                                                           Function<SegmentDelta, Double> sign) {
        TableColumn<SegmentDelta, SegmentDelta> c = new TableColumn<>(texts.get(key));
        c.setCellValueFactory(x -> new ReadOnlyObjectWrapper<>(x.getValue()));
        c.setSortable(false);
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(SegmentDelta d, boolean empty) {
                super.updateItem(d, empty);
                getStyleClass().removeAll("delta-up", "delta-down");
                if (empty || d == null) {
                    setText(null);
                    return;
                }
                setText(value.apply(d));
                Double s = sign == null ? null : sign.apply(d);
                if (s != null && s > 0) {
                    getStyleClass().add("delta-up");
                } else if (s != null && s < 0) {
                    getStyleClass().add("delta-down");
                }
            }
        });
        c.setStyle("-fx-alignment: CENTER-RIGHT;");
        // room for the header in any language (plus the sort arrow and padding) and for the figures
        double header = headerWidth(c.getText());
        c.setMinWidth(Math.max(80, header));
        c.setPrefWidth(Math.max(key.contains("evenue") ? 130 : 90, header));
        return c;
    }

    private void showResult(ScenarioResult r) {
        if (r == null) {
            deltas.getItems().clear();
            sizes.getChildren().clear();
            matrix.getChildren().clear();
            flow.getChildren().clear();
            return;
        }
        Comparison cmp = r.comparison();
        var segmentTexts = new com.stratum.ui.results.SegmentTexts(texts.locale()).displayNames(r.assignment().segments());
        localName = n -> Comparison.NONE.equals(n) ? texts.get("compareExport.none") : segmentTexts.apply(n);
        deltas.getItems().setAll(cmp.deltas());
        List<SegmentDelta> ds = cmp.deltas();
        String[] names = ds.stream().map(SegmentDelta::segment).toArray(String[]::new);
        String[] colours = colours(r, names);
        names = java.util.Arrays.stream(names).map(localName).toArray(String[]::new);
        SegmentValues values = new SegmentValues(names, colours,
                ds.stream().mapToDouble(SegmentDelta::scenarioCount).toArray(),
                ds.stream().mapToDouble(SegmentDelta::baselineCount).toArray());
        var barChart = SegmentBarChart.create(values, ChartText.of(texts, "chart.sizes."), texts.get("chart.baseline"),
                r.scenario().name(), texts.locale(), null);
        // with many segments the names stand upright from the start, so none is cut ("Loyal Custor")
        barChart.getXAxis().setTickLabelRotation(names.length > 4 ? 90 : 0);
        ChartPane bars = new ChartPane(texts.get("chart.sizes.title"), barChart, texts, "whatif-sizes");
        bars.setId("whatif-sizes");
        sizes.getChildren().setAll(bars);
        java.util.function.UnaryOperator<String> segmentNames = new com.stratum.ui.results.SegmentTexts(texts.locale())
                .displayNames(r.assignment().segments());
        // customers on one side only, in the window's language
        java.util.function.UnaryOperator<String> shown = n -> Comparison.NONE.equals(n)
                ? texts.get("compareExport.none") : segmentNames.apply(n);
        MigrationGrid grid = MigrationGrid.of(cmp);
        HeatMapData data = HeatMapData.rowShares(grid.rows().stream().map(shown).toArray(String[]::new),
                grid.columns().stream().map(shown).toArray(String[]::new), grid.counts(),
                texts.get("chart.migration.shade"));
        ChartPane heat = new ChartPane(texts.get("chart.migration.title"), HeatMapChart.create(data,
                ChartText.of(texts, "chart.migration."), true, texts.locale(),
                (row, col) -> showMovers(cmp, grid.rows().get(row), grid.columns().get(col))),
                texts, "migration-matrix");
        // one row of cells needs ~28 px; upright column names take ~120 px below the grid
        matrix.setMinHeight(Math.max(300, 200 + 28 * grid.rows().size()));
        heat.setId("whatif-matrix");
        matrix.getChildren().setAll(heat);

        String[] rowNames = grid.rows().stream().map(shown).toArray(String[]::new);
        String[] colNames = grid.columns().stream().map(shown).toArray(String[]::new);
        FlowDiagram diagram = new FlowDiagram(rowNames, colNames, segmentColours(r, grid.rows()),
                segmentColours(r, grid.columns()), grid.counts(), texts.locale(),
                (row, col) -> showMovers(cmp, grid.rows().get(row), grid.columns().get(col)));
        diagram.setId("whatif-flow-diagram");
        ChartPane flowPane = new ChartPane(texts.get("whatif.flowTitle"), diagram, texts, "whatif-flow");
        flowPane.setId("whatif-flow");
        flow.getChildren().setAll(flowPane);
    }

    /** Colours by engine segment name (baseline and scenario share them); customers on one side only are grey. */
    private String[] segmentColours(ScenarioResult r, List<String> names) {
        Map<String, String> byName = new LinkedHashMap<>();
        var base = vm.baselineAssignmentProperty().get();
        if (base != null) {
            base.segments().forEach(s -> byName.putIfAbsent(s.name(), s.colour()));
        }
        r.assignment().segments().forEach(s -> byName.putIfAbsent(s.name(), s.colour()));
        byName.put(Comparison.NONE, "#9E9E9E");
        return names.stream().map(byName::get).toArray(String[]::new);
    }

    private static String[] colours(ScenarioResult r, String[] names) {
        Map<String, String> byName = new LinkedHashMap<>();
        r.assignment().segments().forEach(s -> byName.put(s.name(), s.colour()));
        String[] out = new String[names.length];
        for (int i = 0; i < names.length; i++) {
            out[i] = byName.get(names[i]);
        }
        return out;
    }

    private void showMovers(Comparison cmp, String from, String to) {
        List<String> ids = cmp.customers(from, to);
        ListView<String> list = new ListView<>();
        list.getItems().setAll(ids);
        list.setId("movers-list");
        String count = format.integer(cmp.count(from, to));
        Label title = new Label(from.equals(to) ? texts.get("whatif.stayed", count, localName.apply(from))
                : texts.get("whatif.movers", count, localName.apply(from), localName.apply(to)));
        title.setWrapText(true);
        VBox box = new VBox(8, title, list);
        box.setPadding(new Insets(10));
        Stage stage = new Stage();
        stage.setTitle(texts.get("whatif.moversTitle"));
        if (root.getScene() != null) {
            stage.initOwner(root.getScene().getWindow());
        }
        stage.setScene(new javafx.scene.Scene(box, 420, 480));
        stage.show();
    }

    private void rebuildSideBySide() {
        var base = vm.baselineAssignmentProperty().get();
        if (base == null) {
            sideBySide.getChildren().clear();
            return;
        }
        GridPane g = new GridPane();
        g.setHgap(16);
        g.setVgap(4);
        g.setId("whatif-side-by-side");
        List<String> segments = new ArrayList<>();
        base.summary().forEach(s -> segments.add(s.name()));
        g.add(bold(texts.get("whatif.col.segment")), 0, 0);
        g.add(bold(texts.get("chart.baseline")), 1, 0);
        int col = 2;
        for (Scenario s : vm.scenarios()) {
            ScenarioResult r = vm.results().get(s.name());
            g.add(bold(s.name()), col, 0);
            if (r != null) {
                for (SegmentDelta d : r.comparison().deltas()) {
                    if (!segments.contains(d.segment())) {
                        segments.add(d.segment());
                    }
                }
            }
            col++;
        }
        java.util.function.UnaryOperator<String> shown = new com.stratum.ui.results.SegmentTexts(texts.locale())
                .displayNames(base.segments());
        for (int i = 0; i < segments.size(); i++) {
            String seg = segments.get(i);
            g.add(new Label(shown.apply(seg)), 0, i + 1);
            long b = base.summary().stream().filter(x -> x.name().equals(seg)).mapToLong(x -> x.count()).sum();
            g.add(new Label(format.integer(b)), 1, i + 1);
            col = 2;
            for (Scenario s : vm.scenarios()) {
                ScenarioResult r = vm.results().get(s.name());
                String cell = "";
                if (r != null) {
                    for (SegmentDelta d : r.comparison().deltas()) {
                        if (d.segment().equals(seg)) {
                            cell = format.integer(d.scenarioCount()) + " (" + signed(d.countDiff()) + ")";
                        }
                    }
                }
                g.add(new Label(cell), col++, i + 1);
            }
        }
        sideBySide.getChildren().setAll(g);
    }

    /** Keeps a control at its preferred width (labels and buttons must not shrink to "…"). */
    private static <T extends javafx.scene.control.Control> T fixed(T c) {
        c.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return c;
    }

    private static Label bold(String t) {
        Label l = new Label(t);
        l.setStyle("-fx-font-weight: bold;");
        return l;
    }
}
