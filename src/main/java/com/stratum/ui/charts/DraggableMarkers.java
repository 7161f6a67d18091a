package com.stratum.ui.charts;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;

/**
 * Vertical markers over a JavaFX XY chart (breakpoints on a histogram, tier cuts on a Pareto curve)
 * that the analyst drags along the x axis. Mouse positions are turned into data values through the
 * chart's own x axis ({@link NumberAxis#getValueForDisplay}); each marker stays between its
 * neighbours and inside the axis range. A drag shows the value as it moves and is handed to
 * {@code onCommit} once, on release, so one drag is one undoable edit. {@link #setValue} does the
 * same without a mouse (keyboard users and tests).
 */
public final class DraggableMarkers extends Pane {

    /** Receives a marker's new value when a drag ends. */
    public interface Commit {
        void committed(int index, double value);
    }

    private final XYChart<Number, Number> chart;
    private final NumberAxis xAxis;
    private final double[] values;
    private final List<Node> markers = new ArrayList<>();
    private final List<Label> labels = new ArrayList<>();
    private final DoubleFunction<String> format;
    private final Commit onCommit;
    private final String[] names;

    /**
     * @param values ascending marker positions in the x axis's unit
     * @param names  a short name per marker shown above its value (may be null)
     */
    public DraggableMarkers(XYChart<Number, Number> chart, double[] values, String[] names, String colour,
                            DoubleFunction<String> format, Commit onCommit) {
        this.chart = chart;
        this.xAxis = (NumberAxis) chart.getXAxis();
        this.values = values.clone();
        this.names = names;
        this.format = format;
        this.onCommit = onCommit;
        setPickOnBounds(false);
        getStyleClass().add("draggable-markers");
        for (int i = 0; i < values.length; i++) {
            markers.add(marker(i, colour));
        }
        xAxis.scaleProperty().addListener((o, a, b) -> position());
        xAxis.lowerBoundProperty().addListener((o, a, b) -> position());
        chart.layoutBoundsProperty().addListener((o, a, b) -> position());
        chart.needsLayoutProperty().addListener((o, a, b) -> {
            if (!b) {
                position();
            }
        });
    }

    /** The chart with the markers laid over it. */
    public static StackPane over(XYChart<Number, Number> chart, DraggableMarkers markers) {
        StackPane p = new StackPane(chart, markers);
        p.getStyleClass().add("chart-with-markers");
        return p;
    }

    public int size() {
        return values.length;
    }

    public double value(int index) {
        return values[index];
    }

    /** Moves a marker (kept between its neighbours) and commits it, as a finished drag would. */
    public void setValue(int index, double value) {
        values[index] = clamp(index, value);
        position();
        onCommit.committed(index, values[index]);
    }

    private Node marker(int index, String colour) {
        Line line = new Line();
        line.setStyle("-fx-stroke: " + colour + "; -fx-stroke-width: 2;");
        line.setMouseTransparent(true);
        Rectangle handle = new Rectangle(10, 10);
        handle.setFill(javafx.scene.paint.Color.TRANSPARENT);
        handle.setCursor(Cursor.H_RESIZE);
        Label label = new Label();
        label.getStyleClass().add("marker-label");
        label.setStyle("-fx-background-color: " + colour + "; -fx-text-fill: white; -fx-padding: 1 4 1 4;"
                + " -fx-background-radius: 3; -fx-font-size: 0.85em;");
        label.setMouseTransparent(true);
        labels.add(label);
        Pane m = new Pane(line, handle, label);
        m.setPickOnBounds(false);
        m.setId("marker-" + index);
        m.setUserData(new Parts(line, handle, label));
        handle.setOnMouseDragged(e -> {
            values[index] = clamp(index, toValue(e.getSceneX(), e.getSceneY()));
            position();
            e.consume();
        });
        handle.setOnMouseReleased(e -> {
            onCommit.committed(index, values[index]);
            e.consume();
        });
        handle.setOnMousePressed(javafx.scene.input.MouseEvent::consume);
        getChildren().add(m);
        return m;
    }

    private record Parts(Line line, Rectangle handle, Label label) {
    }

    private double toValue(double sceneX, double sceneY) {
        Point2D p = xAxis.sceneToLocal(sceneX, sceneY);
        return xAxis.getValueForDisplay(p.getX()).doubleValue();
    }

    private double clamp(int index, double v) {
        double lo = xAxis.getLowerBound();
        double hi = xAxis.getUpperBound();
        if (index > 0) {
            lo = Math.max(lo, values[index - 1]);
        }
        if (index < values.length - 1) {
            hi = Math.min(hi, values[index + 1]);
        }
        return hi < lo ? v : Math.max(lo, Math.min(hi, v));
    }

    /** Puts each marker where its value is on the x axis, spanning the plot area. */
    private void position() {
        Node plot = chart.lookup(".chart-plot-background");
        if (plot == null || getScene() == null) {
            return;
        }
        Bounds area = sceneToLocal(plot.localToScene(plot.getBoundsInLocal()));
        double[] rowEnds = new double[values.length];
        java.util.Arrays.fill(rowEnds, Double.NEGATIVE_INFINITY);
        for (int i = 0; i < values.length; i++) {
            Parts parts = (Parts) markers.get(i).getUserData();
            double v = Math.max(xAxis.getLowerBound(), Math.min(xAxis.getUpperBound(), values[i]));
            double x = sceneToLocal(xAxis.localToScene(xAxis.getDisplayPosition(v), 0)).getX();
            parts.line().setStartX(x);
            parts.line().setEndX(x);
            parts.line().setStartY(area.getMinY());
            parts.line().setEndY(area.getMaxY());
            parts.handle().setX(x - 5);
            parts.handle().setY(area.getMinY());
            parts.handle().setHeight(Math.max(0, area.getHeight()));
            String text = format.apply(values[i]);
            parts.label().setText(names == null || names[i] == null ? text : names[i] + " " + text);
            parts.label().autosize();
            double w = parts.label().getWidth();
            double left = Math.max(area.getMinX(), Math.min(x - w / 2, area.getMaxX() - w));
            int row = 0; // the first row where the label does not cover the one before it
            while (rowEnds[row] + 2 > left && row < rowEnds.length - 1) {
                row++;
            }
            rowEnds[row] = left + w;
            parts.label().relocate(left, area.getMinY() + 2 + row * (parts.label().getHeight() + 2));
        }
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        position();
    }
}
