package com.stratum.ui.charts;

import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;

/**
 * Cumulative value share against cumulative customer share (JavaFX LineChart), the line of
 * equality for reference, and each tier boundary as a labelled vertical line.
 */
public final class ParetoChart {

    private ParetoChart() {
    }

    public static LineChart<Number, Number> create(ParetoData data, ChartText text, String curveName,
                                                   String equalityName) {
        NumberAxis x = new NumberAxis(0, 100, 10);
        x.setLabel(text.xAxis());
        NumberAxis y = new NumberAxis(0, Math.max(100, Math.ceil(max(data.valuePct()) / 10) * 10), 10);
        y.setLabel(text.yAxis());
        LineChart<Number, Number> chart = new LineChart<>(x, y);
        chart.setAnimated(false);
        chart.setCreateSymbols(false);
        chart.getStyleClass().add("pareto-chart");
        XYChart.Series<Number, Number> curve = new XYChart.Series<>();
        curve.setName(curveName);
        for (int i = 0; i < data.customerPct().length; i++) {
            curve.getData().add(new XYChart.Data<>(data.customerPct()[i], data.valuePct()[i]));
        }
        XYChart.Series<Number, Number> equality = new XYChart.Series<>();
        equality.setName(equalityName);
        equality.getData().add(new XYChart.Data<>(0, 0));
        equality.getData().add(new XYChart.Data<>(100, 100));
        chart.getData().add(curve);
        chart.getData().add(equality);
        for (int m = 0; m < data.markPct().length; m++) {
            XYChart.Series<Number, Number> mark = new XYChart.Series<>();
            double at = data.markPct()[m];
            mark.setName(data.markLabels()[m]);
            mark.getData().add(new XYChart.Data<>(at, 0));
            mark.getData().add(new XYChart.Data<>(at, data.valueAt(at)));
            chart.getData().add(mark);
        }
        equality.getNode().setStyle("-fx-stroke-dash-array: 6 4; -fx-stroke-width: 1; -fx-opacity: 0.6;");
        return chart;
    }

    private static double max(double[] v) {
        double m = 0;
        for (double d : v) {
            m = Math.max(m, d);
        }
        return m;
    }
}
