package com.stratum.ui.predictive;

import com.stratum.engine.predictive.ChartSeries;
import com.stratum.engine.predictive.ModelChoice;
import com.stratum.engine.predictive.ModelTimeUnit;
import com.stratum.engine.predictive.PredictiveResult;
import com.stratum.engine.predictive.PurchaseModel;
import com.stratum.ui.AppContext;
import com.stratum.ui.charts.ChartPane;
import com.stratum.ui.charts.ViewTexts;
import com.stratum.ui.shell.SectionView;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import java.text.NumberFormat;
import java.util.function.Function;

/**
 * The Predictive section: the fit's settings and Fit button, the models side by side (the one used
 * marked) and four charts of the chosen model, each exportable as PNG. Built from the view model; no state.
 */
public final class PredictiveView implements SectionView {

    private final PredictiveViewModel vm;
    private final PredictiveTexts t;
    private final ViewTexts chartTexts;
    private final VBox root = new VBox(12);
    private final GridPane charts = new GridPane();

    public PredictiveView(PredictiveViewModel vm, AppContext ctx) {
        this.vm = vm;
        this.t = PredictiveTexts.of(ctx.i18n().locale());
        this.chartTexts = ViewTexts.of(ctx.i18n().locale());
        root.setId("predictive-view");
        root.setPadding(new Insets(16));
        Label title = new Label(t.get("predictive.title"));
        title.getStyleClass().add("title-3");
        Label intro = new Label(t.get("predictive.intro"));
        intro.setWrapText(true);
        intro.getStyleClass().add("text-muted");
        Label error = new Label();
        error.setId("predictive-error");
        error.setWrapText(true);
        error.getStyleClass().add("danger");
        error.textProperty().bind(vm.errorProperty());
        error.visibleProperty().bind(vm.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        Label empty = new Label(t.get("predictive.empty"));
        empty.setId("predictive-empty");
        empty.getStyleClass().add("text-muted");
        empty.visibleProperty().bind(vm.resultProperty().isNull());
        empty.managedProperty().bind(empty.visibleProperty());
        charts.setHgap(12);
        charts.setVgap(12);
        for (int i = 0; i < 2; i++) {
            ColumnConstraints c = new ColumnConstraints();
            c.setPercentWidth(50);
            charts.getColumnConstraints().add(c);
        }
        root.getChildren().addAll(title, intro, settings(), error, fitsTable(), empty, charts);
        vm.resultProperty().addListener((obs, old, now) -> showCharts(now));
        showCharts(vm.resultProperty().get());
    }

    @Override
    public Node node() {
        ScrollPane scroll = new ScrollPane(root);
        scroll.setFitToWidth(true);
        return scroll;
    }

    private Node settings() {
        DatePicker end = new DatePicker();
        end.setId("predictive-calibration-end");
        end.valueProperty().bindBidirectional(vm.calibrationEndProperty());
        ComboBox<ModelTimeUnit> unit = new ComboBox<>();
        unit.setId("predictive-time-unit");
        unit.getItems().setAll(ModelTimeUnit.WEEKS, ModelTimeUnit.DAYS);
        unit.setConverter(converter(u -> u == ModelTimeUnit.DAYS ? t.get("predictive.unit.days") : t.get("predictive.unit.weeks")));
        unit.valueProperty().bindBidirectional(vm.timeUnitProperty());
        ComboBox<ModelChoice> model = new ComboBox<>();
        model.setId("predictive-model");
        model.getItems().setAll(ModelChoice.AUTO, ModelChoice.BGNBD, ModelChoice.PARETO_NBD);
        model.setConverter(converter(m -> switch (m) {
            case BGNBD -> t.get("predictive.model.bgnbd");
            case PARETO_NBD -> t.get("predictive.model.pareto_nbd");
            case AUTO -> t.get("predictive.model.auto");
        }));
        model.valueProperty().bindBidirectional(vm.modelProperty());
        Spinner<Integer> horizon = new Spinner<>(1, 3650, vm.horizonDaysProperty().get(), 30);
        horizon.setId("predictive-horizon");
        horizon.setEditable(true);
        horizon.valueProperty().addListener((obs, o, n) -> vm.horizonDaysProperty().set(n));
        Spinner<Double> discount = doubleSpinner(0, 0.5, vm.monthlyDiscountRateProperty().get(), 0.005, 3);
        discount.setId("predictive-discount");
        discount.valueProperty().addListener((obs, o, n) -> vm.monthlyDiscountRateProperty().set(n));
        Spinner<Double> high = doubleSpinner(0, 1, vm.highRiskBelowProperty().get(), 0.05, 2);
        high.setId("predictive-high-risk");
        high.valueProperty().addListener((obs, o, n) -> vm.highRiskBelowProperty().set(n));
        Spinner<Double> low = doubleSpinner(0, 1, vm.lowRiskFromProperty().get(), 0.05, 2);
        low.setId("predictive-low-risk");
        low.valueProperty().addListener((obs, o, n) -> vm.lowRiskFromProperty().set(n));

        Button fit = new Button(t.get("predictive.fit"));
        fit.setId("predictive-fit");
        fit.getStyleClass().add("accent");
        fit.setDefaultButton(true);
        fit.disableProperty().bind(vm.canFitProperty().not());
        fit.setOnAction(e -> {
            // a typed date or number counts even when its field still has the focus
            end.commitValue();
            horizon.commitValue();
            discount.commitValue();
            high.commitValue();
            low.commitValue();
            vm.fit();
        });
        Button cancel = new Button(t.get("predictive.cancel"));
        cancel.setId("predictive-cancel");
        cancel.visibleProperty().bind(vm.runningProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.setOnAction(e -> vm.cancel());
        ProgressBar bar = new ProgressBar();
        bar.setId("predictive-progress");
        bar.progressProperty().bind(vm.progressProperty());
        bar.visibleProperty().bind(vm.runningProperty());
        bar.managedProperty().bind(bar.visibleProperty());
        Label stage = new Label();
        stage.textProperty().bind(vm.stageProperty());

        FlowPane fields = new FlowPane(16, 8,
                field(t.get("predictive.calibrationEnd"), end),
                field(t.get("predictive.timeUnit"), unit),
                field(t.get("predictive.model"), model),
                field(t.get("predictive.horizonDays"), horizon),
                field(t.get("predictive.discountMonthly"), discount),
                field(t.get("predictive.highRiskBelow"), high),
                field(t.get("predictive.lowRiskFrom"), low));
        HBox actions = new HBox(8, fit, cancel, bar, stage);
        actions.setAlignment(Pos.CENTER_LEFT);
        return new VBox(8, fields, actions);
    }

    private static Node field(String label, Node control) {
        Label l = new Label(label);
        l.setLabelFor(control);
        return new VBox(4, l, control);
    }

    private Spinner<Double> doubleSpinner(double min, double max, double value, double step, int decimals) {
        SpinnerValueFactory.DoubleSpinnerValueFactory f = new SpinnerValueFactory.DoubleSpinnerValueFactory(min, max, value, step);
        NumberFormat nf = NumberFormat.getNumberInstance(t.locale());
        nf.setMinimumFractionDigits(decimals);
        nf.setMaximumFractionDigits(decimals);
        f.setConverter(new StringConverter<>() {
            @Override
            public String toString(Double v) {
                return v == null ? "" : nf.format(v);
            }

            @Override
            public Double fromString(String s) {
                try {
                    return nf.parse(s.strip()).doubleValue();
                } catch (java.text.ParseException e) {
                    return f.getValue();
                }
            }
        });
        Spinner<Double> s = new Spinner<>(f);
        s.setEditable(true);
        s.setPrefWidth(110);
        return s;
    }

    private static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T v) {
                return v == null ? "" : text.apply(v);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }

    private Node fitsTable() {
        TableView<PredictiveViewModel.FitRow> table = new TableView<>(vm.fits());
        table.setId("predictive-fits");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setFixedCellSize(28);
        table.prefHeightProperty().set(28 * 4 + 32);
        table.setPlaceholder(new Label(t.get("predictive.fits.none")));
        table.getColumns().add(column(t.get("predictive.fits.model"), PredictiveViewModel.FitRow::model, 135));
        table.getColumns().add(column(t.get("predictive.fits.parameters"), PredictiveViewModel.FitRow::parameters, 330));
        table.getColumns().add(column(t.get("predictive.fits.logLikelihood"), PredictiveViewModel.FitRow::logLikelihood, 100));
        table.getColumns().add(column(t.get("predictive.fits.holdout"), PredictiveViewModel.FitRow::holdout, 150));
        table.getColumns().add(column(t.get("predictive.fits.status"), PredictiveViewModel.FitRow::status, 210));
        table.setRowFactory(tv -> new TableRow<>() {
            @Override
            protected void updateItem(PredictiveViewModel.FitRow item, boolean empty) {
                super.updateItem(item, empty);
                setStyle(!empty && item != null && item.chosen() ? "-fx-font-weight: bold;" : "");
            }
        });
        return table;
    }

    private static TableColumn<PredictiveViewModel.FitRow, String> column(String title,
            Function<PredictiveViewModel.FitRow, String> value, double width) {
        TableColumn<PredictiveViewModel.FitRow, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        // never narrower than its header ("Log-likelihood", "Holdout: expected vs actual")
        double header = com.stratum.ui.charts.ChartText.headerWidth(title);
        c.setPrefWidth(Math.max(width, header));
        c.setMinWidth(Math.min(header, 220));
        c.setSortable(false);
        return c;
    }

    private void showCharts(PredictiveResult r) {
        charts.getChildren().clear();
        if (r == null) {
            return;
        }
        PurchaseModel m = r.model();
        String modelName = PredictiveViewModel.modelName(t, m.key());
        charts.add(card(t.get("predictive.chart.frequency.title", modelName), frequencyChart(r.calibrationFrequency(m), modelName),
                "predictive-frequency"), 0, 0);
        charts.add(card(t.get("predictive.chart.tracking.title", modelName), trackingChart(r.cumulativeTracking(m), modelName),
                "predictive-tracking"), 1, 0);
        ChartSeries.HoldoutByFrequency h = r.holdoutByFrequency(m);
        Node holdout = h == null ? new Label(t.get("predictive.chart.holdout.none")) : holdoutChart(h, modelName);
        charts.add(card(t.get("predictive.chart.holdout.title", modelName), holdout, "predictive-holdout"), 0, 1);
        ChartSeries.PAliveGrid grid = r.pAliveGrid(m, PAliveHeatMap.MAX_FREQUENCY, PAliveHeatMap.RECENCY_STEPS);
        charts.add(card(t.get("predictive.chart.palive.title", modelName), PAliveHeatMap.create(grid, r.summary().unit(), t),
                "predictive-palive"), 1, 1);
    }

    private Node card(String title, Node chart, String stem) {
        ChartPane pane = new ChartPane(title, chart, chartTexts, stem);
        pane.setId("chart-" + stem);
        pane.setPrefHeight(340);
        pane.setMinHeight(300);
        return pane;
    }

    private Node frequencyChart(ChartSeries.FrequencyComparison f, String modelName) {
        BarChart<String, Number> chart = barChart(t.get("predictive.chart.frequency.x"), t.get("predictive.chart.frequency.y"));
        chart.getData().add(bars(t.get("predictive.series.actual"), f.labels(), f.actual()));
        chart.getData().add(bars(t.get("predictive.series.model", modelName), f.labels(), f.expected()));
        colour(chart);
        return chart;
    }

    private Node holdoutChart(ChartSeries.HoldoutByFrequency h, String modelName) {
        BarChart<String, Number> chart = barChart(t.get("predictive.chart.holdout.x"), t.get("predictive.chart.holdout.y"));
        chart.getData().add(bars(t.get("predictive.series.actual"), h.labels(), h.actualMean()));
        chart.getData().add(bars(t.get("predictive.series.model", modelName), h.labels(), h.expectedMean()));
        colour(chart);
        return chart;
    }

    /** Actual and model bars in two clearly different colours (the theme would paint both alike). */
    private static void colour(BarChart<String, Number> chart) {
        String[] fills = {"#1565C0", "#FB8C00"};
        for (int i = 0; i < chart.getData().size(); i++) {
            String style = "-fx-bar-fill: " + fills[i % fills.length] + ";";
            for (XYChart.Data<String, Number> d : chart.getData().get(i).getData()) {
                if (d.getNode() != null) {
                    d.getNode().setStyle(style);
                }
                d.nodeProperty().addListener((obs, o, n) -> {
                    if (n != null) {
                        n.setStyle(style);
                    }
                });
            }
        }
    }

    private static BarChart<String, Number> barChart(String x, String y) {
        CategoryAxis xAxis = new CategoryAxis();
        xAxis.setLabel(x);
        NumberAxis yAxis = new NumberAxis();
        yAxis.setLabel(y);
        BarChart<String, Number> chart = new BarChart<>(xAxis, yAxis);
        chart.setAnimated(false);
        chart.setBarGap(1);
        chart.setCategoryGap(8);
        return chart;
    }

    private static XYChart.Series<String, Number> bars(String name, String[] labels, double[] values) {
        XYChart.Series<String, Number> s = new XYChart.Series<>();
        s.setName(name);
        for (int i = 0; i < labels.length; i++) {
            s.getData().add(new XYChart.Data<>(labels[i], Double.isNaN(values[i]) ? 0 : values[i]));
        }
        return s;
    }

    /** Weeks since the first purchase on x; the calibration end drawn as a vertical line. */
    private Node trackingChart(ChartSeries.CumulativeTracking c, String modelName) {
        NumberAxis x = new NumberAxis();
        x.setLabel(t.get("predictive.chart.tracking.x"));
        x.setForceZeroInRange(true);
        NumberAxis y = new NumberAxis();
        y.setLabel(t.get("predictive.chart.tracking.y"));
        LineChart<Number, Number> chart = new LineChart<>(x, y);
        chart.setAnimated(false);
        chart.setCreateSymbols(false);
        XYChart.Series<Number, Number> actual = new XYChart.Series<>();
        actual.setName(t.get("predictive.series.actual"));
        XYChart.Series<Number, Number> expected = new XYChart.Series<>();
        expected.setName(t.get("predictive.series.model", modelName));
        double max = 0;
        for (int k = 0; k < c.actual().length; k++) {
            actual.getData().add(new XYChart.Data<>(k + 1, c.actual()[k]));
            expected.getData().add(new XYChart.Data<>(k + 1, c.expected()[k]));
            max = Math.max(max, Math.max(c.actual()[k], c.expected()[k]));
        }
        XYChart.Series<Number, Number> marker = new XYChart.Series<>();
        String endDate = c.calibrationEndWeek() < c.weekEnd().length
                ? c.weekEnd()[c.calibrationEndWeek()].toString() : "";
        marker.setName(t.get("predictive.series.calibrationEnd", endDate));
        marker.getData().add(new XYChart.Data<>(c.calibrationEndWeek() + 1, 0));
        marker.getData().add(new XYChart.Data<>(c.calibrationEndWeek() + 1, max));
        chart.getData().add(actual);
        chart.getData().add(expected);
        chart.getData().add(marker);
        return chart;
    }
}
