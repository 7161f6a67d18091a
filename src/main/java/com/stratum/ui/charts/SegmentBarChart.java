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

/**
 * One bar per segment in the segment's colour; with a baseline, a translucent "ghost" bar of the
 * baseline value stands beside each (what-if). Clicking a bar reports the segment index.
 */
public final class SegmentBarChart {

    private SegmentBarChart() {
    }

    public static BarChart<String, Number> create(SegmentValues data, ChartText text, String baselineName,
                                                  String scenarioName, Locale locale, IntConsumer onClick) {
        CategoryAxis x = new CategoryAxis();
        x.setLabel(text.xAxis());
        NumberAxis y = new NumberAxis();
        y.setLabel(text.yAxis());
        y.setTickLabelFormatter(new NumberAxis.DefaultFormatter(y) {
            @Override
            public String toString(Number n) {
                return NumberFormat.getNumberInstance(locale).format(n);
            }
        });
        BarChart<String, Number> chart = new BarChart<>(x, y);
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.getStyleClass().add("segment-bar-chart");
        chart.setCategoryGap(data.size() > 8 ? 6 : 16);
        chart.setBarGap(1);
        if (data.baseline() != null) {
            XYChart.Series<String, Number> ghost = new XYChart.Series<>();
            ghost.setName(baselineName);
            for (int i = 0; i < data.size(); i++) {
                XYChart.Data<String, Number> d = new XYChart.Data<>(data.names()[i], data.baseline()[i]);
                style(d, Palette.css(data.colours(), i), true, tip(baselineName, data.names()[i], data.baseline()[i], locale), i, onClick);
                ghost.getData().add(d);
            }
            chart.getData().add(ghost);
        }
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        series.setName(scenarioName);
        for (int i = 0; i < data.size(); i++) {
            XYChart.Data<String, Number> d = new XYChart.Data<>(data.names()[i], data.values()[i]);
            style(d, Palette.css(data.colours(), i), false, tip(scenarioName, data.names()[i], data.values()[i], locale), i, onClick);
            series.getData().add(d);
        }
        chart.getData().add(series);
        return chart;
    }

    private static String tip(String series, String name, double value, Locale locale) {
        String v = NumberFormat.getNumberInstance(locale).format(value);
        return series == null || series.isEmpty() ? name + ": " + v : series + " - " + name + ": " + v;
    }

    private static void style(XYChart.Data<String, Number> d, String colour, boolean ghost, String tip, int index,
                              IntConsumer onClick) {
        d.nodeProperty().addListener((obs, old, node) -> decorate(node, colour, ghost, tip, index, onClick));
        if (d.getNode() != null) {
            decorate(d.getNode(), colour, ghost, tip, index, onClick);
        }
    }

    private static void decorate(Node node, String colour, boolean ghost, String tip, int index, IntConsumer onClick) {
        if (node == null) {
            return;
        }
        node.setStyle(ghost
                ? "-fx-bar-fill: transparent; -fx-border-color: " + colour + "; -fx-border-width: 1.5; -fx-border-style: segments(4, 3);"
                        + " -fx-background-color: " + colour + "33;"
                : "-fx-bar-fill: " + colour + ";");
        // BarChart resets the bar's style classes after creating it, so tests find bars by id
        node.setId((ghost ? "ghost-bar-" : "segment-bar-") + index);
        Tooltip.install(node, new Tooltip(tip));
        if (onClick != null) {
            node.setOnMouseClicked(e -> onClick.accept(index));
            node.setStyle(node.getStyle() + " -fx-cursor: hand;");
        }
    }
}
