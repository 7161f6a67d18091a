package com.stratum.ui.charts;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.chart.PieChart;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.shape.Circle;

import java.text.NumberFormat;
import java.util.Locale;
import java.util.function.IntConsumer;

/**
 * JavaFX's PieChart with a hole: a circle in the theme's background colour over the centre, and
 * the total written in it. Slices take the segments' colours; clicking one reports its index.
 */
public final class DonutChart extends PieChart {

    private final Circle hole = new Circle();
    private final Label centre = new Label();

    public DonutChart(SegmentValues data, String centreText, Locale locale, IntConsumer onClick) {
        setAnimated(false);
        setLegendVisible(false);
        // no slice labels: in a third of the window they shrink the ring to a dot; the legend beside
        // the charts and each slice's tooltip name the segments
        setLabelsVisible(false);
        setStartAngle(90);
        getStyleClass().add("donut-chart");
        hole.getStyleClass().add("donut-hole");
        hole.setFill(javafx.scene.paint.Color.WHITE); // the stylesheet gives it the theme's background
        centre.getStyleClass().add("donut-centre");
        centre.setText(centreText);
        centre.setMouseTransparent(true);
        hole.setMouseTransparent(true);
        double total = data.total();
        NumberFormat pct = NumberFormat.getPercentInstance(locale);
        pct.setMaximumFractionDigits(1);
        for (int i = 0; i < data.size(); i++) {
            if (data.values()[i] <= 0) {
                continue;
            }
            PieChart.Data d = new PieChart.Data(data.names()[i], data.values()[i]);
            String colour = Palette.css(data.colours(), i);
            String tip = data.names()[i] + ": " + NumberFormat.getNumberInstance(locale).format(data.values()[i])
                    + " (" + pct.format(total > 0 ? data.values()[i] / total : 0) + ")";
            int index = i;
            d.nodeProperty().addListener((obs, old, node) -> decorate(node, colour, tip, index, onClick));
            getData().add(d);
            decorate(d.getNode(), colour, tip, index, onClick);
        }
        getChartChildren().addAll(hole, centre);
    }

    private static void decorate(Node node, String colour, String tip, int index, IntConsumer onClick) {
        if (node == null) {
            return;
        }
        node.setStyle("-fx-pie-color: " + colour + ";" + (onClick != null ? " -fx-cursor: hand;" : ""));
        Tooltip.install(node, new Tooltip(tip));
        if (onClick != null) {
            node.setOnMouseClicked(e -> onClick.accept(index));
        }
    }

    @Override
    protected void layoutChartChildren(double top, double left, double contentWidth, double contentHeight) {
        super.layoutChartChildren(top, left, contentWidth, contentHeight);
        Bounds union = null;
        for (PieChart.Data d : getData()) {
            Node n = d.getNode();
            if (n == null) {
                continue;
            }
            Bounds b = n.getBoundsInParent();
            union = union == null ? b : new javafx.geometry.BoundingBox(Math.min(union.getMinX(), b.getMinX()),
                    Math.min(union.getMinY(), b.getMinY()),
                    Math.max(union.getMaxX(), b.getMaxX()) - Math.min(union.getMinX(), b.getMinX()),
                    Math.max(union.getMaxY(), b.getMaxY()) - Math.min(union.getMinY(), b.getMinY()));
        }
        if (union == null) {
            hole.setRadius(0);
            return;
        }
        double cx = union.getMinX() + union.getWidth() / 2;
        double cy = union.getMinY() + union.getHeight() / 2;
        double r = Math.min(union.getWidth(), union.getHeight()) / 2;
        hole.setCenterX(cx);
        hole.setCenterY(cy);
        hole.setRadius(r * 0.58);
        hole.toFront();
        centre.autosize();
        centre.relocate(cx - centre.getWidth() / 2, cy - centre.getHeight() / 2);
        centre.toFront();
    }
}
