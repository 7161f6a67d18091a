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

    /**
     * The centre text inside the hole: wrapped to the hole's width, then scaled down until its box
     * fits in the circle (its diagonal no longer than the hole's diameter, less a margin), so the
     * figure never runs over the ring on a small chart.
     */
    private void fitCentre(double cx, double cy, double holeRadius) {
        double diameter = holeRadius * 2 * 0.92;
        centre.setScaleX(1);
        centre.setScaleY(1);
        centre.setWrapText(true);
        centre.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        centre.setAlignment(javafx.geometry.Pos.CENTER);
        // wrap between words only: never narrower than the longest word ("customers" stays whole)
        double longestWord = 0;
        for (String word : String.valueOf(centre.getText()).split("\\s+")) {
            javafx.scene.text.Text t = new javafx.scene.text.Text(word);
            t.setFont(centre.getFont());
            longestWord = Math.max(longestWord, Math.ceil(t.getLayoutBounds().getWidth()) + 2);
        }
        double w = Math.min(centre.prefWidth(-1), Math.max(longestWord, diameter * 0.8));
        double h = centre.prefHeight(w);
        centre.resize(w, h);
        double scale = Math.min(1, diameter / Math.max(1, Math.hypot(w, h)));
        centre.setScaleX(scale);
        centre.setScaleY(scale);
        centre.relocate(cx - w / 2, cy - h / 2);
        centre.setVisible(diameter > 12);
    }

    /** The centre text's scale (1 when it fits at full size). */
    public double centreScale() {
        return centre.getScaleX();
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
        fitCentre(cx, cy, hole.getRadius());
        centre.toFront();
    }
}
