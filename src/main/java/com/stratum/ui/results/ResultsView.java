package com.stratum.ui.results;

import com.stratum.ui.charts.BoxPlotChart;
import com.stratum.ui.charts.ChartPane;
import com.stratum.ui.charts.ChartText;
import com.stratum.ui.charts.DonutChart;
import com.stratum.ui.charts.HeatMapChart;
import com.stratum.ui.charts.HeatMapData;
import com.stratum.ui.charts.LatestRunner;
import com.stratum.ui.charts.ParetoChart;
import com.stratum.ui.charts.ParetoData;
import com.stratum.ui.charts.ProfileChart;
import com.stratum.ui.charts.ProfileData;
import com.stratum.ui.charts.SegmentBarChart;
import com.stratum.ui.charts.SegmentLegend;
import com.stratum.ui.charts.SegmentScatterChart;
import com.stratum.ui.charts.SegmentValues;
import com.stratum.ui.charts.ViewTexts;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import javafx.util.StringConverter;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

/**
 * The Results section: the segment table above, the charts below in tabs; clicking a bar, slice,
 * heat-map cell or table row opens the segment's members in place of the charts.
 */
public final class ResultsView implements com.stratum.ui.shell.SectionView {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ResultsView.class);

    private final ResultsViewModel vm;
    private final ViewTexts texts;
    private final CellFormat format;
    private final FeatureLabels labels;
    private final java.util.function.Supplier<LatestRunner> runners;
    private final LatestRunner profileRunner;
    private final PurchaseHistory history;
    private final StackPane root = new StackPane();
    private final BorderPane content = new BorderPane();
    private final Label heading = new Label();
    private final Label summary = new Label();
    private final TableView<SegmentTableRow> table = new TableView<>();
    private final TabPane tabs = new TabPane();
    private final StackPane lower = new StackPane();

    /** The Results section of the main window. */
    public ResultsView(ResultsViewModel vm, com.stratum.ui.AppContext ctx) {
        this(vm, ViewTexts.of(ctx.i18n().locale()), () -> LatestRunner.background("results"), null);
    }

    /** @param history the purchase lines for customer profiles; null reads the view model's */
    public ResultsView(ResultsViewModel vm, ViewTexts texts, java.util.function.Supplier<LatestRunner> runners,
                       PurchaseHistory history) {
        this.vm = vm;
        this.texts = texts;
        this.format = new CellFormat(texts.locale());
        this.labels = new FeatureLabels(texts);
        this.runners = runners;
        this.profileRunner = runners.get();
        this.history = history;
        root.setId("results-view");
        com.stratum.ui.charts.ViewStyles.apply(root);
        heading.getStyleClass().add("title-3");
        summary.getStyleClass().add("text-muted");
        javafx.scene.control.Button export = new javafx.scene.control.Button(texts.get("results.export"),
                new org.kordamp.ikonli.javafx.FontIcon(org.kordamp.ikonli.material2.Material2AL.FILE_UPLOAD));
        export.setId("results-export");
        export.setOnAction(e -> vm.export());
        export.disableProperty().bind(vm.exportingProperty());
        javafx.scene.layout.Region spacer = new javafx.scene.layout.Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(8, new VBox(2, heading, summary), spacer, export);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPadding(new Insets(12, 12, 6, 12));
        content.setTop(top);
        buildTable();
        tabs.setId("results-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        lower.getChildren().add(tabs);
        SplitPane split = new SplitPane(table, lower);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.46);
        content.setCenter(split);
        vm.resultProperty().addListener((obs, old, now) -> refresh());
        vm.membersProperty().addListener((obs, old, now) -> showMembers(now));
        refresh();
    }

    @Override
    public Node node() {
        return root;
    }

    private void refresh() {
        root.getChildren().clear();
        if (vm.result() == null) {
            Label empty = new Label(texts.get("results.empty"));
            empty.getStyleClass().add("text-muted");
            empty.setId("results-empty");
            root.getChildren().add(empty);
            return;
        }
        root.getChildren().add(content);
        SegmentResult run = vm.result();
        // a built-in definition by its title in the window's language, as Segments, What-if and History show it
        heading.setText(texts.get("results.heading", texts.definitionTitle(run.definitionName()),
                format.date(run.asOf())));
        root.getProperties().put(com.stratum.ui.charts.ChartPane.FILE_CONTEXT, run.definitionName());
        long customers = run.segmentRows().stream().mapToLong(SegmentRow::count).sum();
        long cents = run.segmentRows().stream().mapToLong(SegmentRow::revenueCents).sum();
        summary.setText(texts.get("results.summary", format.integer(customers), format.cents(cents)));
        table.setItems(vm.table());
        buildTabs();
        showMembers(vm.membersProperty().get());
    }

    private void buildTable() {
        table.setId("segment-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<SegmentTableRow, SegmentTableRow> name = column("results.col.segment");
        name.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        name.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(SegmentTableRow item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setText(null);
                    setGraphic(null);
                } else {
                    setText(item.name());
                    Rectangle swatch = new Rectangle(10, 10, com.stratum.ui.charts.Palette.fx(item.colour(), item.index()));
                    setGraphic(swatch);
                }
            }
        });
        name.setComparator((a, b) -> Integer.compare(a.index(), b.index()));
        name.setPrefWidth(190);
        name.setMinWidth(Math.max(170, name.getMinWidth()));
        table.getColumns().add(name);
        table.getColumns().add(numberColumn("results.col.count", r -> (double) r.count(), v -> format.integer(v.longValue())));
        table.getColumns().add(numberColumn("results.col.share", SegmentTableRow::share, format::percent));
        TableColumn<SegmentTableRow, BigDecimal> revenue = column("results.col.revenue");
        revenue.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().revenue()));
        revenue.setCellFactory(c -> rightAligned(format::money));
        revenue.setMinWidth(Math.max(110, revenue.getMinWidth()));
        revenue.setPrefWidth(120);
        table.getColumns().add(revenue);
        table.getColumns().add(numberColumn("results.col.revenueShare", SegmentTableRow::revenueShare, format::percent));
        table.getColumns().add(numberColumn("results.col.avgRecency", SegmentTableRow::avgRecency, format::average));
        table.getColumns().add(numberColumn("results.col.avgFrequency", SegmentTableRow::avgFrequency, format::average));
        table.getColumns().add(numberColumn("results.col.avgMonetary", SegmentTableRow::avgMonetary,
                v -> format.money(v.doubleValue())));
        TableColumn<SegmentTableRow, String> strategy = column("results.col.strategy");
        strategy.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().strategy()));
        strategy.setPrefWidth(240);
        strategy.setMinWidth(140);
        strategy.setCellFactory(c -> {
            TableCell<SegmentTableRow, String> cell = new TableCell<>() {
                @Override
                protected void updateItem(String item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty ? null : item);
                    setTooltip(empty || item == null || item.isBlank() ? null : new javafx.scene.control.Tooltip(item));
                }
            };
            return cell;
        });
        table.getColumns().add(strategy);
        table.setRowFactory(t -> {
            TableRow<SegmentTableRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && row.getItem() != null) {
                    vm.openMembers(row.getItem().index());
                }
            });
            return row;
        });
    }

    private TableColumn<SegmentTableRow, Double> numberColumn(String key, Function<SegmentTableRow, Double> value,
                                                              Function<Double, String> fmt) {
        TableColumn<SegmentTableRow, Double> col = column(key);
        col.setMinWidth(Math.max(72, col.getMinWidth()));
        col.setPrefWidth(Math.max(96, col.getMinWidth()));
        col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        col.setCellFactory(c -> rightAligned(fmt));
        return col;
    }

    /**
     * A column whose header wraps onto two lines instead of being cut off at 1280x800, with the
     * full header as its tooltip.
     */
    private <T> TableColumn<SegmentTableRow, T> column(String key) {
        TableColumn<SegmentTableRow, T> col = new TableColumn<>();
        String text = texts.get(key);
        Label header = new Label(text) {
            @Override
            protected double computePrefHeight(double width) {
                // the column header asks with no width: answer for the width the label wraps at
                return super.computePrefHeight(width < 0 ? getPrefWidth() : width);
            }
        };
        header.setWrapText(true);
        header.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        header.setAlignment(Pos.CENTER);
        header.setTooltip(new javafx.scene.control.Tooltip(text));
        header.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        header.prefWidthProperty().bind(col.widthProperty().subtract(14));
        header.getStyleClass().add("results-column-header");
        col.setGraphic(header);
        // never narrower than the header's longest word, so a header wraps between words only
        javafx.scene.text.Font bold = javafx.scene.text.Font.font(header.getFont().getFamily(),
                javafx.scene.text.FontWeight.BOLD, header.getFont().getSize());
        double word = 0;
        for (String w : text.split("\\s+")) {
            javafx.scene.text.Text t = new javafx.scene.text.Text(w);
            t.setFont(bold);
            word = Math.max(word, t.getLayoutBounds().getWidth());
        }
        col.setMinWidth(Math.ceil(word * 1.1) + 30);
        return col;
    }

    private static <T> TableCell<SegmentTableRow, T> rightAligned(Function<T, String> fmt) {
        TableCell<SegmentTableRow, T> cell = new TableCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : fmt.apply(item));
            }
        };
        cell.setAlignment(Pos.CENTER_RIGHT);
        return cell;
    }

    private void buildTabs() {
        tabs.getTabs().setAll(
                tab("results.tab.overview", "tab-overview", overview()),
                tab("results.tab.rfm", "tab-rfm", rfm()),
                tab("results.tab.profiles", "tab-profiles", profiles()),
                tab("results.tab.distribution", "tab-distribution", distribution()),
                tab("results.tab.scatter", "tab-scatter", scatter()),
                tab("results.tab.pareto", "tab-pareto", pareto()));
    }

    private Tab tab(String key, String id, Node node) {
        Tab t = new Tab(texts.get(key), node);
        t.setId(id);
        return t;
    }

    private Node overview() {
        SegmentValues sizes = vm.sizes();
        ChartPane bars = new ChartPane(texts.get("chart.sizes.title"),
                SegmentBarChart.create(sizes, ChartText.of(texts, "chart.sizes."), null, null, texts.locale(),
                        vm::openMembers), texts, "segment-sizes");
        bars.setId("chart-sizes");
        DonutChart donut = new DonutChart(sizes, texts.get("chart.shares.centre", format.integer((long) sizes.total())),
                texts.locale(), vm::openMembers);
        ChartPane shares = new ChartPane(texts.get("chart.shares.title"), donut, texts, "segment-shares");
        shares.setId("chart-shares");
        SegmentValues revenue = vm.revenue();
        ChartPane rev = new ChartPane(texts.get("chart.revenue.title"),
                SegmentBarChart.create(revenue, ChartText.of(texts, "chart.revenue."), null, null, texts.locale(),
                        vm::openMembers), texts, "segment-revenue");
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.setPadding(new Insets(8));
        grid.add(bars, 0, 0);
        grid.add(shares, 1, 0);
        grid.add(rev, 2, 0);
        for (ChartPane p : List.of(bars, shares, rev)) {
            GridPane.setHgrow(p, Priority.ALWAYS);
            GridPane.setVgrow(p, Priority.ALWAYS);
            p.setMinWidth(200);
        }
        SegmentLegend legend = new SegmentLegend(sizes.names(), sizes.colours(), vm::openMembers);
        legend.setPadding(new Insets(0, 8, 8, 8));
        VBox box = new VBox(grid, legend);
        VBox.setVgrow(grid, Priority.ALWAYS);
        return box;
    }

    private Node rfm() {
        StackPane holder = new StackPane(new Label(texts.get("results.computing")));
        runners.get().submit(() -> vm.rfmGrid(texts.get("chart.rfm.shade")), grid -> {
            if (grid.isEmpty()) {
                holder.getChildren().setAll(muted("chart.noRfm"));
                return;
            }
            HeatMapData data = grid.get();
            ChartPane pane = new ChartPane(texts.get("chart.rfm.title"), HeatMapChart.create(data,
                    ChartText.of(texts, "chart.rfm."), false, texts.locale(), vm::openScoreCell), texts,
                    "rfm-heat-map");
            pane.setId("chart-rfm");
            holder.getChildren().setAll(pane);
        }, e -> failed(holder, e));
        return holder;
    }

    private Node profiles() {
        List<String> features = vm.numericFeatures().stream()
                .filter(f -> List.of("recency_days", "frequency", "monetary", "avg_order_value", "tenure_days",
                        "return_rate", "online_share", "weekend_share", "brand_loyalty", "category_breadth",
                        "age", "income").contains(f)).toList();
        if (features.isEmpty()) {
            features = vm.numericFeatures().stream().limit(6).toList();
        }
        ProfileData data = vm.profile(features, labels);
        ChartPane pane = new ChartPane(texts.get("chart.profile.title"),
                ProfileChart.create(data, ChartText.of(texts, "chart.profile."), texts.locale(), vm::openMembers),
                texts, "segment-profiles");
        pane.setId("chart-profiles");
        SegmentLegend legend = new SegmentLegend(data.segments(), data.colours(), vm::openMembers);
        VBox box = new VBox(4, pane, legend);
        box.setPadding(new Insets(8));
        VBox.setVgrow(pane, Priority.ALWAYS);
        return box;
    }

    private Node distribution() {
        ComboBox<String> feature = featureBox("distribution-feature", RfmDefaults.MONETARY);
        StackPane holder = new StackPane();
        LatestRunner runner = runners.get();
        Runnable update = () -> {
            String f = feature.getValue();
            runner.submit(() -> vm.distribution(f), stats -> {
                String[] names = vm.sizes().names();
                String[] colours = vm.sizes().colours();
                ChartText text = new ChartText("", texts.get("chart.distribution.x"), labels.apply(f));
                holder.getChildren().setAll(new ChartPane(texts.get("chart.distribution.title"),
                        BoxPlotChart.create(names, colours, stats, text, vm::openMembers), texts,
                        "distribution-" + f));
            }, e -> failed(holder, e));
        };
        feature.valueProperty().addListener((o, a, b) -> update.run());
        update.run();
        return withToolbar(holder, new Label(texts.get("results.feature")), feature);
    }

    private Node scatter() {
        ComboBox<String> x = featureBox("scatter-x", RfmDefaults.FREQUENCY);
        ComboBox<String> y = featureBox("scatter-y", RfmDefaults.MONETARY);
        StackPane holder = new StackPane();
        LatestRunner runner = runners.get();
        Label note = new Label();
        note.getStyleClass().add("text-muted");
        Runnable update = () -> {
            String fx = x.getValue();
            String fy = y.getValue();
            runner.submit(() -> vm.scatter(fx, fy), data -> {
                ChartText text = new ChartText("", labels.apply(fx), labels.apply(fy));
                holder.getChildren().setAll(new ChartPane(texts.get("chart.scatter.title"),
                        SegmentScatterChart.create(data, text, SegmentScatterChart.DEFAULT_MAX_POINTS), texts,
                        "scatter-" + fx + "-" + fy));
                note.setText(data.size() > SegmentScatterChart.DEFAULT_MAX_POINTS
                        ? texts.get("chart.scatter.sampled", format.integer(SegmentScatterChart.DEFAULT_MAX_POINTS),
                        format.integer(data.size())) : "");
            }, e -> failed(holder, e));
        };
        x.valueProperty().addListener((o, a, b) -> update.run());
        y.valueProperty().addListener((o, a, b) -> update.run());
        update.run();
        return withToolbar(holder, new Label(texts.get("results.xFeature")), x,
                new Label(texts.get("results.yFeature")), y, note);
    }

    private Node pareto() {
        StackPane holder = new StackPane(new Label(texts.get("results.computing")));
        runners.get().submit(vm::pareto, data -> {
            if (data.isEmpty()) {
                holder.getChildren().setAll(muted("chart.noMonetary"));
                return;
            }
            ParetoData p = data.get();
            ChartPane pane = new ChartPane(texts.get("chart.pareto.title"), ParetoChart.create(p,
                    ChartText.of(texts, "chart.pareto."), texts.get("chart.pareto.curve"),
                    texts.get("chart.pareto.equality")), texts, "pareto");
            pane.setId("chart-pareto");
            holder.getChildren().setAll(pane);
        }, e -> failed(holder, e));
        return holder;
    }

    private static void failed(StackPane holder, Throwable e) {
        LOG.warn("Chart data failed", e);
        holder.getChildren().setAll(new Label(String.valueOf(e.getMessage())));
    }

    private Label muted(String key) {
        Label l = new Label(texts.get(key));
        l.getStyleClass().add("text-muted");
        return l;
    }

    private ComboBox<String> featureBox(String id, String preferred) {
        ComboBox<String> box = new ComboBox<>();
        box.setId(id);
        box.getItems().setAll(vm.numericFeatures());
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(String key) {
                return key == null ? "" : labels.apply(key);
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        });
        box.setValue(box.getItems().contains(preferred) ? preferred : box.getItems().isEmpty() ? null : box.getItems().get(0));
        return box;
    }

    private static Node withToolbar(Node body, Node... tools) {
        HBox bar = new HBox(8, tools);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 8, 0, 8));
        BorderPane p = new BorderPane(body);
        p.setTop(bar);
        BorderPane.setMargin(body, new Insets(8));
        return p;
    }

    private void showMembers(MembersViewModel members) {
        if (members == null) {
            lower.getChildren().setAll(tabs);
            return;
        }
        MembersView view = new MembersView(members, texts, format, labels, profileRunner,
                history != null ? history : vm.historyProperty().get(),
                () -> vm.membersProperty().set(null));
        lower.getChildren().setAll(view.node());
    }

    /** Feature keys the results prefer for their default pickers. */
    private static final class RfmDefaults {
        static final String FREQUENCY = "frequency";
        static final String MONETARY = "monetary";
    }
}
