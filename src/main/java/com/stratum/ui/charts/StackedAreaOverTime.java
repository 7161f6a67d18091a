package com.stratum.ui.charts;

import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedAreaChart;
import javafx.scene.chart.XYChart;
import javafx.util.StringConverter;

/** Segment sizes over time as stacked areas in the segments' colours (JavaFX StackedAreaChart). */
public final class StackedAreaOverTime {

    private StackedAreaOverTime() {
    }

    public static StackedAreaChart<Number, Number> create(TimeSeriesData data, ChartText text) {
        int periods = data.periods().length;
        NumberAxis x = new NumberAxis(0, Math.max(1, periods - 1), 1);
        x.setLabel(text.xAxis());
        x.setMinorTickVisible(false);
        x.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number n) {
                int i = (int) Math.round(n.doubleValue());
                return i >= 0 && i < periods && Math.abs(n.doubleValue() - i) < 1e-9 ? data.periods()[i] : "";
            }

            @Override
            public Number fromString(String s) {
                return 0;
            }
        });
        NumberAxis y = new NumberAxis();
        y.setLabel(text.yAxis());
        StackedAreaChart<Number, Number> chart = new StackedAreaChart<>(x, y);
        chart.setAnimated(false);
        chart.setCreateSymbols(true);
        chart.setLegendVisible(false);
        for (int s = 0; s < data.segments().length; s++) {
            XYChart.Series<Number, Number> series = new XYChart.Series<>();
            series.setName(data.segments()[s]);
            for (int p = 0; p < periods; p++) {
                series.getData().add(new XYChart.Data<>(p, data.values()[s][p]));
            }
            chart.getData().add(series);
            String colour = Palette.css(data.colours(), s);
            series.getNode().lookupAll(".chart-series-area-fill").forEach(n -> n.setStyle("-fx-fill: " + colour + "aa;"));
            series.getNode().lookupAll(".chart-series-area-line").forEach(n -> n.setStyle("-fx-stroke: " + colour + ";"));
            for (XYChart.Data<Number, Number> d : series.getData()) {
                if (d.getNode() != null) {
                    d.getNode().setStyle("-fx-background-color: " + colour + ", white;");
                }
            }
        }
        return chart;
    }
}
