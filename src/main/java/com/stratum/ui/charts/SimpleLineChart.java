package com.stratum.ui.charts;

import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;

/** Lines with point symbols (JavaFX LineChart), e.g. the silhouette by k of clustering. */
public final class SimpleLineChart {

    private SimpleLineChart() {
    }

    public static LineChart<Number, Number> create(ChartText text, LineData... lines) {
        NumberAxis x = new NumberAxis();
        x.setLabel(text.xAxis());
        x.setForceZeroInRange(false);
        NumberAxis y = new NumberAxis();
        y.setLabel(text.yAxis());
        y.setForceZeroInRange(false);
        LineChart<Number, Number> chart = new LineChart<>(x, y);
        chart.setAnimated(false);
        chart.setLegendVisible(lines.length > 1);
        for (LineData l : lines) {
            XYChart.Series<Number, Number> s = new XYChart.Series<>();
            s.setName(l.name());
            for (int i = 0; i < l.x().length; i++) {
                s.getData().add(new XYChart.Data<>(l.x()[i], l.y()[i]));
            }
            chart.getData().add(s);
        }
        return chart;
    }
}
