package com.stratum.ui.charts;

import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Tooltip;

import java.text.NumberFormat;
import java.util.Locale;
import java.util.function.IntConsumer;

/** Grouped bars: for each feature, one bar per segment showing its index against everyone (100). */
public final class ProfileChart {

    private ProfileChart() {
    }

    public static BarChart<String, Number> create(ProfileData data, ChartText text, Locale locale, IntConsumer onClick) {
        CategoryAxis x = new CategoryAxis();
        x.setLabel(text.xAxis());
        NumberAxis y = new NumberAxis();
        y.setLabel(text.yAxis());
        BarChart<String, Number> chart = new BarChart<>(x, y);
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.setBarGap(1);
        chart.setCategoryGap(14);
        NumberFormat fmt = NumberFormat.getNumberInstance(locale);
        fmt.setMaximumFractionDigits(0);
        for (int s = 0; s < data.segments().length; s++) {
            XYChart.Series<String, Number> series = new XYChart.Series<>();
            series.setName(data.segments()[s]);
            String colour = Palette.css(data.colours(), s);
            for (int f = 0; f < data.features().length; f++) {
                double v = data.index()[s][f];
                XYChart.Data<String, Number> d = new XYChart.Data<>(data.features()[f], Double.isNaN(v) ? 0 : v);
                String tip = data.segments()[s] + " / " + data.features()[f] + ": " + (Double.isNaN(v) ? "-" : fmt.format(v));
                int segment = s;
                d.nodeProperty().addListener((obs, old, node) -> decorate(node, colour, tip, segment, onClick));
                series.getData().add(d);
                decorate(d.getNode(), colour, tip, segment, onClick);
            }
            chart.getData().add(series);
        }
        return chart;
    }

    private static void decorate(Node node, String colour, String tip, int segment, IntConsumer onClick) {
        if (node == null) {
            return;
        }
        node.setStyle("-fx-bar-fill: " + colour + ";" + (onClick != null ? " -fx-cursor: hand;" : ""));
        Tooltip.install(node, new Tooltip(tip));
        if (onClick != null) {
            node.setOnMouseClicked(e -> onClick.accept(segment));
        }
    }
}
