package com.stratum.ui.charts;

import javafx.scene.chart.AreaChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;

/**
 * A histogram as a stepped area (JavaFX AreaChart): readable at full size with axes and, with
 * {@link #sparkline}, as the small picture behind a range slider.
 */
public final class HistogramChart {

    private HistogramChart() {
    }

    public static AreaChart<Number, Number> create(HistogramData data, ChartText text, String colour) {
        NumberAxis x = new NumberAxis();
        x.setLabel(text.xAxis());
        x.setForceZeroInRange(false);
        NumberAxis y = new NumberAxis();
        y.setLabel(text.yAxis());
        AreaChart<Number, Number> chart = new AreaChart<>(x, y);
        chart.setAnimated(false);
        chart.setCreateSymbols(false);
        chart.setLegendVisible(false);
        XYChart.Series<Number, Number> series = steps(data);
        chart.getData().add(series);
        if (colour != null) {
            series.getNode().lookupAll(".chart-series-area-fill")
                    .forEach(n -> n.setStyle("-fx-fill: " + colour + "55;"));
            series.getNode().lookupAll(".chart-series-area-line")
                    .forEach(n -> n.setStyle("-fx-stroke: " + colour + ";"));
        }
        return chart;
    }

    /** A bare histogram: no axes, no padding, for drawing behind a slider. */
    public static AreaChart<Number, Number> sparkline(HistogramData data) {
        NumberAxis x = new NumberAxis(data.min(), data.max(), (data.max() - data.min()) / 4);
        NumberAxis y = new NumberAxis();
        for (NumberAxis a : new NumberAxis[] {x, y}) {
            a.setTickLabelsVisible(false);
            a.setTickMarkVisible(false);
            a.setMinorTickVisible(false);
            a.setOpacity(0);
            a.setMinSize(0, 0);
            a.setPrefSize(0, 0); // no room for axes: the plot takes the whole sparkline
            a.setMaxSize(0, 0);
        }
        x.setAutoRanging(false);
        AreaChart<Number, Number> chart = new AreaChart<>(x, y);
        chart.setAnimated(false);
        chart.setCreateSymbols(false);
        chart.setLegendVisible(false);
        chart.setHorizontalGridLinesVisible(false);
        chart.setVerticalGridLinesVisible(false);
        chart.setHorizontalZeroLineVisible(false);
        chart.setVerticalZeroLineVisible(false);
        chart.getStyleClass().add("histogram-sparkline");
        chart.setStyle("-fx-padding: 0;");
        chart.setPadding(javafx.geometry.Insets.EMPTY);
        chart.setMouseTransparent(true);
        chart.getData().add(steps(data));
        return chart;
    }

    private static XYChart.Series<Number, Number> steps(HistogramData data) {
        XYChart.Series<Number, Number> s = new XYChart.Series<>();
        for (int b = 0; b < data.bins(); b++) {
            s.getData().add(new XYChart.Data<>(data.edges()[b], data.counts()[b]));
            s.getData().add(new XYChart.Data<>(data.edges()[b + 1], data.counts()[b]));
        }
        return s;
    }
}
