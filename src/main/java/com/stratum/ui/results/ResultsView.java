package com.stratum.ui.results;

import com.stratum.ui.AppContext;
import com.stratum.ui.i18n.Localization;
import com.stratum.ui.service.SegmentRun;
import com.stratum.ui.shell.SectionView;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
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
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.function.Function;

/** The Results section: the segment table (count, share, revenue, revenue share) and a bar chart of sizes. */
public final class ResultsView implements SectionView {

    private final VBox root;

    public ResultsView(ResultsViewModel vm, AppContext ctx) {
        Localization i18n = ctx.i18n();
        NumberFormat integers = NumberFormat.getIntegerInstance(i18n.locale());
        NumberFormat money = NumberFormat.getNumberInstance(i18n.locale());
        money.setMinimumFractionDigits(2);
        money.setMaximumFractionDigits(2);
        NumberFormat percent = NumberFormat.getPercentInstance(i18n.locale());
        percent.setMinimumFractionDigits(1);
        percent.setMaximumFractionDigits(1);

        Label title = new Label(i18n.get("results.title"));
        title.getStyleClass().add("section-title");
        Label summary = new Label();
        summary.setId("results-summary");
        summary.getStyleClass().add("text-muted");
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(i18n.locale());
        Runnable fillSummary = () -> {
            SegmentRun run = vm.runProperty().get();
            summary.setText(run == null ? i18n.get("results.none")
                    : i18n.get("results.summary", run.definitionName(), dates.format(run.asOf()),
                    integers.format(run.customers()), money.format(run.revenue())));
        };
        vm.runProperty().addListener((obs, o, n) -> fillSummary.run());
        fillSummary.run();

        Button export = new Button(i18n.get("results.export"), new FontIcon(Material2OutlinedAL.FILE_UPLOAD));
        export.setId("results-export");
        export.setTooltip(new Tooltip(i18n.get("results.export.tooltip")));
        export.disableProperty().bind(vm.selectedProperty().isNull().or(vm.exportingProperty()));
        export.setOnAction(e -> vm.export());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(12, new VBox(4, title, summary), spacer, export);
        header.setAlignment(Pos.CENTER_LEFT);

        TableView<SegmentRow> table = new TableView<>(vm.rows());
        table.setId("results-table");
        table.setPlaceholder(new Label(i18n.get("results.table.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.getColumns().setAll(List.of(
                column(i18n.get("results.col.segment"), SegmentRow::segment, false, 140),
                column(i18n.get("results.col.customers"), r -> integers.format(r.customers()), true, 100),
                column(i18n.get("results.col.share"), r -> percent.format(r.share()), true, 65),
                column(i18n.get("results.col.revenue"), r -> money.format(r.revenue()), true, 115),
                column(i18n.get("results.col.revenueShare"),
                        r -> r.revenueShare() == null ? "" : percent.format(r.revenueShare()), true, 125)));
        table.getSelectionModel().selectedItemProperty().addListener((obs, o, n) -> {
            if (n != null) {
                vm.selectedProperty().set(n);
            }
        });
        vm.selectedProperty().addListener((obs, o, n) -> table.getSelectionModel().select(n));
        table.getSelectionModel().select(vm.selectedProperty().get());

        // Horizontal bars: long segment names stay readable, first segment on top.
        CategoryAxis y = new CategoryAxis();
        y.setLabel(i18n.get("results.chart.segment"));
        NumberAxis x = new NumberAxis();
        x.setLabel(i18n.get("results.chart.customers"));
        x.setMinorTickVisible(false);
        x.setTickLabelFormatter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Number n) {
                // Counts are whole numbers: no tick labels between them.
                return n.doubleValue() == Math.rint(n.doubleValue()) ? integers.format(n.longValue()) : "";
            }

            @Override
            public Number fromString(String s) {
                return null;
            }
        });
        BarChart<Number, String> chart = new BarChart<>(x, y);
        chart.setId("results-chart");
        chart.setTitle(i18n.get("results.chart.title"));
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.setCategoryGap(6);
        Runnable fillChart = () -> {
            XYChart.Series<Number, String> series = new XYChart.Series<>();
            for (int i = vm.rows().size() - 1; i >= 0; i--) {
                SegmentRow r = vm.rows().get(i);
                series.getData().add(new XYChart.Data<>(r.customers(), r.segment()));
            }
            chart.getData().setAll(List.of(series));
        };
        vm.rows().addListener((javafx.collections.ListChangeListener<SegmentRow>) c -> fillChart.run());
        fillChart.run();

        SplitPane split = new SplitPane(table, chart);
        split.setDividerPositions(0.55);
        VBox.setVgrow(split, Priority.ALWAYS);
        root = new VBox(12, header, split);
        root.setId("results-view");
    }

    private static TableColumn<SegmentRow, String> column(String text, Function<SegmentRow, String> value,
                                                          boolean numeric, double minWidth) {
        TableColumn<SegmentRow, String> c = new TableColumn<>(text);
        c.setMinWidth(minWidth);
        c.setPrefWidth(minWidth);
        c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(value.apply(cd.getValue())));
        if (numeric) {
            c.setStyle("-fx-alignment: CENTER-RIGHT;");
            c.setSortable(false);
        }
        return c;
    }

    @Override
    public Node node() {
        return root;
    }
}
