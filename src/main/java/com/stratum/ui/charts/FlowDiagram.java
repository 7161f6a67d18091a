package com.stratum.ui.charts;

import javafx.scene.Cursor;
import javafx.scene.Group;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.ClosePath;
import javafx.scene.shape.CubicCurveTo;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

import java.text.NumberFormat;
import java.util.Locale;

/**
 * A two-column flow (Sankey) diagram of a migration matrix, drawn with plain JavaFX shapes: "from"
 * segments on the left, "to" segments on the right, one band per matrix cell whose thickness is
 * proportional to the customers moving, coloured by the source segment. Each node is labelled with
 * its name and count. Clicking a band reports its cell (e.g. to list those customers). The geometry
 * is {@link FlowDiagramLayout}'s; this class only draws it and redraws on resize.
 */
public final class FlowDiagram extends Region {

    /** A band was clicked: matrix row and column. */
    @FunctionalInterface
    public interface BandListener {
        void bandClicked(int from, int to);
    }

    private static final double NODE_WIDTH = 14;
    private static final double GAP = 8;
    private static final double PADDING = 10;
    private static final double BAND_OPACITY = 0.45;
    /** Vertical room of one label line. */
    private static final double LINE = 15;

    private final String[] fromNames;
    private final String[] toNames;
    private final String[] fromColours;
    private final String[] toColours;
    private final long[][] matrix;
    private final NumberFormat counts;
    private final BandListener listener;
    private final Group drawing = new Group();

    /**
     * @param fromColours colours of the left segments (bands take their source's colour)
     * @param toColours   colours of the right segments
     * @param listener    called when a band is clicked, or null
     */
    public FlowDiagram(String[] fromNames, String[] toNames, String[] fromColours, String[] toColours,
                       long[][] matrix, Locale locale, BandListener listener) {
        this.fromNames = fromNames.clone();
        this.toNames = toNames.clone();
        this.fromColours = fromColours == null ? null : fromColours.clone();
        this.toColours = toColours == null ? null : toColours.clone();
        this.matrix = matrix;
        this.counts = NumberFormat.getIntegerInstance(locale);
        this.listener = listener;
        getStyleClass().add("flow-diagram");
        getChildren().add(drawing);
        setMinSize(360, 220);
        setPrefSize(720, 420);
    }

    @Override
    protected void layoutChildren() {
        draw(getWidth(), getHeight());
    }

    private void draw(double width, double height) {
        drawing.getChildren().clear();
        double top = PADDING;
        double h = height - 2 * PADDING;
        // room for the widest label on each side, but never more than a third of the width
        double labelWidth = Math.min(Math.max(widest(fromNames), widest(toNames)) + 12, width / 3);
        double x0 = PADDING + labelWidth;
        double x1 = width - PADDING - labelWidth - NODE_WIDTH;
        if (h <= 0 || x1 <= x0 + NODE_WIDTH) {
            return;
        }
        FlowDiagramLayout layout = FlowDiagramLayout.of(matrix, h, GAP);
        double from = x0 + NODE_WIDTH;
        double mid = (from + x1) / 2;
        for (FlowDiagramLayout.Band b : layout.bands()) {
            drawing.getChildren().add(band(b, from, x1, mid, top));
        }
        // small neighbouring nodes would print their labels on top of each other: push each label
        // down to at least one line below the previous one
        double last = Double.NEGATIVE_INFINITY;
        for (FlowDiagramLayout.Node n : layout.left()) {
            drawing.getChildren().add(node(x0, top + n.y(), n.height(), Palette.fx(fromColours, n.index())));
            last = Math.max(top + n.y() + n.height() / 2, last + LINE);
            drawing.getChildren().add(label(fromNames[n.index()], n.count(), x0 - 6, last, true));
        }
        last = Double.NEGATIVE_INFINITY;
        for (FlowDiagramLayout.Node n : layout.right()) {
            drawing.getChildren().add(node(x1, top + n.y(), n.height(), Palette.fx(toColours, n.index())));
            last = Math.max(top + n.y() + n.height() / 2, last + LINE);
            drawing.getChildren().add(label(toNames[n.index()], n.count(), x1 + NODE_WIDTH + 6, last, false));
        }
    }

    private Path band(FlowDiagramLayout.Band b, double from, double to, double mid, double top) {
        double a = top + b.y0();
        double c = top + b.y1();
        double t = Math.max(b.thickness(), 0.5); // a one-customer band stays visible and clickable
        Path p = new Path(new MoveTo(from, a), new CubicCurveTo(mid, a, mid, c, to, c), new LineTo(to, c + t),
                new CubicCurveTo(mid, c + t, mid, a + t, from, a + t), new ClosePath());
        Color colour = Palette.fx(fromColours, b.from());
        p.setFill(colour.deriveColor(0, 1, 1, BAND_OPACITY));
        p.setStroke(null);
        p.getStyleClass().add("flow-band");
        p.setId("flow-band-" + b.from() + "-" + b.to());
        p.setOnMouseEntered(e -> p.setFill(colour.deriveColor(0, 1, 1, 0.8)));
        p.setOnMouseExited(e -> p.setFill(colour.deriveColor(0, 1, 1, BAND_OPACITY)));
        Tooltip.install(p, new Tooltip(fromNames[b.from()] + " → " + toNames[b.to()] + ": " + counts.format(b.count())));
        if (listener != null) {
            p.setCursor(Cursor.HAND);
            p.setOnMouseClicked(e -> listener.bandClicked(b.from(), b.to()));
        }
        return p;
    }

    private double widest(String[] names) {
        double w = 0;
        for (String n : names) {
            w = Math.max(w, label(n, 9_999_999, 0, 0, false).getLayoutBounds().getWidth());
        }
        return w;
    }

    private static Rectangle node(double x, double y, double height, Color colour) {
        Rectangle r = new Rectangle(x, y, NODE_WIDTH, Math.max(height, 1));
        r.setFill(colour);
        r.getStyleClass().add("flow-node");
        return r;
    }

    private Text label(String name, long count, double x, double y, boolean alignRight) {
        Text t = new Text(name + "  " + counts.format(count));
        t.getStyleClass().add("flow-label");
        t.setFont(Font.font(12));
        t.setWrappingWidth(0);
        double w = t.getLayoutBounds().getWidth();
        t.setTextAlignment(alignRight ? TextAlignment.RIGHT : TextAlignment.LEFT);
        t.setX(alignRight ? x - w : x);
        t.setY(y + t.getLayoutBounds().getHeight() / 4);
        return t;
    }
}
