package com.stratum.ui.builder;

import com.stratum.engine.Assignment;
import com.stratum.engine.definition.Definition;
import com.stratum.engine.definition.Direction;
import com.stratum.engine.definition.RfmDimension;
import com.stratum.engine.definition.RfmScoring;
import com.stratum.engine.definition.ScoringMethod;
import com.stratum.ui.charts.ChartText;
import com.stratum.ui.charts.DraggableMarkers;
import com.stratum.ui.charts.HistogramChart;
import com.stratum.ui.charts.ViewTexts;
import com.stratum.ui.results.CellFormat;
import com.stratum.ui.results.FeatureLabels;
import com.stratum.ui.results.SegmentTexts;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.AreaChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.List;

/**
 * The RFM part: per dimension the scoring method and bins, or fixed breakpoints shown on the
 * measure's histogram with a slider per breakpoint (committed on release); below, the grid of
 * recency x frequency scores with the segment most customers of each cell fall into (from the
 * live preview).
 */
final class RfmEditor {

    private final BuilderViewModel vm;
    private final ViewTexts texts;
    private final FeatureLabels labels;
    private final VBox root = new VBox(10);

    RfmEditor(BuilderViewModel vm, ViewTexts texts) {
        this.vm = vm;
        this.texts = texts;
        this.labels = new FeatureLabels(texts);
        root.setPadding(new Insets(12));
        root.setId("rfm-editor");
        vm.definitionProperty().addListener((o, a, b) -> {
            if (a == null || b == null || !java.util.Objects.equals(a.rfm(), b.rfm())) {
                rebuild();
            } else {
                rebuildGrid();
            }
        });
        vm.previewProperty().addListener((o, a, b) -> {
            // quantile cuts come from the preview's scoring: redraw when they move
            if (a == null || b == null || a.assignment() == null || b.assignment() == null
                    || !sameCuts(a.assignment(), b.assignment())) {
                rebuild();
            } else {
                rebuildGrid();
            }
        });
        vm.evaluatorProperty().addListener((o, a, b) -> rebuild());
        rebuild();
    }

    private static boolean sameCuts(Assignment a, Assignment b) {
        if (a.scoreBins().size() != b.scoreBins().size()) {
            return false;
        }
        for (int i = 0; i < a.scoreBins().size(); i++) {
            if (!java.util.Arrays.equals(a.scoreBins().get(i).cuts(), b.scoreBins().get(i).cuts())) {
                return false;
            }
        }
        return true;
    }

    Node node() {
        ScrollPane s = new ScrollPane(root);
        s.setId("rfm-editor-scroll");
        s.setFitToWidth(true);
        return s;
    }

    private final VBox grid = new VBox(6);
    /** The monetary score the grid shows (null: every M score at once). */
    private Integer mLayer;

    private void rebuild() {
        root.getChildren().clear();
        if (vm.definition() == null) {
            return;
        }
        RfmScoring rfm = vm.definition().rfm();
        if (rfm == null) {
            Label none = new Label(texts.get("rfm.none"));
            Button add = new Button(texts.get("rfm.add"));
            add.setId("rfm-add");
            add.setOnAction(e -> vm.setRfm(RfmScoring.quantiles(5)));
            root.getChildren().addAll(none, add);
            return;
        }
        root.getChildren().add(dimension("rfm.recency", RfmScoring.RECENCY_FEATURE, rfm.recency(), rfm::withRecency));
        root.getChildren().add(dimension("rfm.frequency", RfmScoring.FREQUENCY_FEATURE, rfm.frequency(),
                rfm::withFrequency));
        root.getChildren().add(dimension("rfm.monetary", rfm.monetaryFeature(), rfm.monetary(), rfm::withMonetary));
        Label gridTitle = new Label(texts.get("rfm.grid"));
        gridTitle.getStyleClass().add("title-4");
        root.getChildren().addAll(gridTitle, grid);
        rebuildGrid();
    }

    private Node dimension(String titleKey, String feature, RfmDimension dim,
                           java.util.function.Function<RfmDimension, RfmScoring> with) {
        String dimension = texts.get(titleKey);
        String measure = labels.apply(feature);
        Label title = new Label(dimension.equals(measure) ? dimension : dimension + " · " + measure);
        title.getStyleClass().add("title-4");
        ComboBox<ScoringMethod> method = new ComboBox<>();
        method.getItems().setAll(ScoringMethod.values());
        method.setValue(dim.method());
        method.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(ScoringMethod m) {
                return m == null ? "" : texts.get("rfm.method." + m.name());
            }

            @Override
            public ScoringMethod fromString(String s) {
                return null;
            }
        });
        Spinner<Integer> bins = new Spinner<>(2, 10, dim.bins());
        bins.setPrefWidth(80);
        FieldStats stats = vm.stats(feature).orElse(null);
        method.setOnAction(e -> {
            ScoringMethod m = method.getValue();
            if (m == dim.method()) {
                return;
            }
            RfmDimension next = m == ScoringMethod.BREAKPOINTS
                    ? RfmDimension.breakpoints(evenBreakpoints(stats, dim.bins()), dim.direction())
                    : new RfmDimension(m, dim.bins(), null, dim.direction());
            vm.setRfm(with.apply(next));
        });
        bins.valueProperty().addListener((o, a, b) -> {
            if (dim.method() == ScoringMethod.BREAKPOINTS) {
                vm.setRfm(with.apply(RfmDimension.breakpoints(evenBreakpoints(stats, b), dim.direction())));
            } else {
                vm.setRfm(with.apply(dim.withBins(b)));
            }
        });
        Label direction = new Label(texts.get(dim.direction() == Direction.LOWER_IS_BETTER
                ? "rfm.lowerBetter" : "rfm.higherBetter"));
        direction.getStyleClass().add("text-muted");
        HBox row = new HBox(8, new Label(texts.get("rfm.method")), method, new Label(texts.get("rfm.bins")), bins,
                direction);
        row.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(6, title, row);
        if (stats != null && stats.histogram() != null) {
            AreaChart<Number, Number> h = HistogramChart.create(stats.histogram(),
                    new ChartText("", labels.apply(feature), texts.get("chart.histogram.y")), "#1E88E5");
            h.setPrefHeight(170);
            h.setMinHeight(140);
            double[] cuts = currentCuts(feature, dim);
            Label tail = zoomToBulk(h, stats.histogram(), cuts);
            if (cuts.length > 0) {
                CellFormat f = new CellFormat(texts.locale());
                String[] names = new String[cuts.length];
                for (int i = 0; i < cuts.length; i++) {
                    names[i] = texts.get("rfm.breakpointShort", i + 1);
                }
                DraggableMarkers markers = new DraggableMarkers(h, cuts, names, "#E65100", f::number,
                        (index, value) -> moveBreakpoint(dim, cuts, index, value, integral(feature), with));
                markers.setId("breakpoints-" + feature);
                box.getChildren().add(DraggableMarkers.over(h, markers));
            } else {
                box.getChildren().add(h);
            }
            if (tail != null) {
                box.getChildren().add(tail);
            }
            if (dim.method() == ScoringMethod.BREAKPOINTS) {
                box.getChildren().add(typedBreakpoints(feature, dim, with));
            } else {
                Label hint = new Label(texts.get("rfm.dragHint"));
                hint.getStyleClass().add("text-muted");
                hint.setWrapText(true);
                box.getChildren().add(hint);
            }
        }
        box.getStyleClass().add("segment-card");
        return box;
    }

    /**
     * The cuts to draw: the fixed breakpoints, or (quantile methods) the cuts the live preview's
     * scoring actually used, so the analyst sees where the quantiles fall and can drag from there.
     */
    private double[] currentCuts(String feature, RfmDimension dim) {
        if (dim.method() == ScoringMethod.BREAKPOINTS) {
            return dim.breakpoints().stream().mapToDouble(Double::doubleValue).toArray();
        }
        BuilderPreview p = vm.previewProperty().get();
        if (p == null || p.assignment() == null) {
            return new double[0];
        }
        for (com.stratum.engine.ScoreBins b : p.assignment().scoreBins()) {
            if (b.feature().equals(feature)) {
                return b.cuts().clone();
            }
        }
        return new double[0];
    }

    /**
     * A dragged marker: fixed breakpoints take the new value (2 decimals, kept in order); a
     * quantile dimension becomes fixed breakpoints at its current cuts with the dragged one moved.
     */
    private void moveBreakpoint(RfmDimension dim, double[] cuts, int index, double value, boolean integral,
                                java.util.function.Function<RfmDimension, RfmScoring> with) {
        List<Double> b = new ArrayList<>();
        for (double c : cuts) {
            // a quantile cut c scores x > c higher; on data in cents the same split as breakpoint (x >= c + 0.01)
            // (on whole numbers such as days or orders: x >= floor(c) + 1)
            b.add(dim.method() == ScoringMethod.BREAKPOINTS ? c
                    : integral ? Math.floor(c) + 1 : (Math.floor(c * 100) + 1) / 100.0);
        }
        double lo = index > 0 ? b.get(index - 1) : Double.NEGATIVE_INFINITY;
        double hi = index < b.size() - 1 ? b.get(index + 1) : Double.POSITIVE_INFINITY;
        double v = Math.max(lo, Math.min(hi, integral ? Math.round(value) : Math.round(value * 100) / 100.0));
        if (dim.method() == ScoringMethod.BREAKPOINTS && v == b.get(index)) {
            return;
        }
        b.set(index, v);
        vm.setRfm(with.apply(RfmDimension.breakpoints(b, dim.direction())));
    }

    /**
     * A long tail (money, order counts) squeezes the cuts into the first pixels: the x axis stops at
     * the 99th percentile (or just past the last cut) and a note says so. Null when nothing is left off.
     */
    private Label zoomToBulk(AreaChart<Number, Number> chart, com.stratum.ui.charts.HistogramData h, double[] cuts) {
        long total = 0;
        for (long c : h.counts()) {
            total += c;
        }
        long running = 0;
        double upper = h.max();
        for (int b = 0; b < h.bins(); b++) {
            running += h.counts()[b];
            if (running >= 0.99 * total) {
                upper = h.edges()[b + 1];
                break;
            }
        }
        for (double c : cuts) {
            upper = Math.max(upper, c + (c - h.min()) * 0.15);
        }
        if (upper >= h.max() || total == 0) {
            return null;
        }
        double tick = niceTick((upper - h.min()) / 8);
        upper = Math.min(h.max(), Math.ceil(upper / tick) * tick); // end on a round figure
        if (upper >= h.max()) {
            return null;
        }
        javafx.scene.chart.NumberAxis x = (javafx.scene.chart.NumberAxis) chart.getXAxis();
        x.setAutoRanging(false);
        x.setLowerBound(h.min());
        x.setUpperBound(upper);
        x.setTickUnit(tick);
        Label note = new Label(texts.get("rfm.tailCut", new CellFormat(texts.locale()).number(upper),
                new CellFormat(texts.locale()).number(h.max())));
        note.getStyleClass().add("text-muted");
        note.setWrapText(true);
        return note;
    }

    private static double niceTick(double raw) {
        double p = Math.pow(10, Math.floor(Math.log10(Math.max(raw, 1e-9))));
        double m = raw / p;
        return (m <= 1 ? 1 : m <= 2 ? 2 : m <= 5 ? 5 : 10) * p;
    }

    /** True when every present value of the measure is a whole number (days, orders). */
    private boolean integral(String feature) {
        var frame = vm.fieldFrame();
        if (frame.isEmpty() || frame.get().find(feature).isEmpty()) {
            return false;
        }
        var c = frame.get().column(feature);
        if (c instanceof com.stratum.features.MoneyColumn) {
            return false;
        }
        for (int i = 0; i < c.size(); i++) {
            if (!c.isMissing(i) && c.asDouble(i) != Math.rint(c.asDouble(i))) {
                return false;
            }
        }
        return true;
    }

    /** The breakpoints as typed fields (Enter or leaving the field commits), beside the markers. */
    private Node typedBreakpoints(String feature, RfmDimension dim,
                                  java.util.function.Function<RfmDimension, RfmScoring> with) {
        javafx.scene.layout.FlowPane row = new javafx.scene.layout.FlowPane(8, 6);
        CellFormat f = new CellFormat(texts.locale());
        double[] cuts = dim.breakpoints().stream().mapToDouble(Double::doubleValue).toArray();
        for (int i = 0; i < cuts.length; i++) {
            int index = i;
            javafx.scene.control.TextField field = new javafx.scene.control.TextField(plain(cuts[i]));
            field.setId("breakpoint-" + feature + "-" + i);
            field.setPrefColumnCount(7);
            Runnable commit = () -> {
                try {
                    double v = Double.parseDouble(field.getText().strip().replace(",", ""));
                    moveBreakpoint(dim, cuts, index, v, false, with);
                } catch (NumberFormatException ex) {
                    field.setText(plain(cuts[index]));
                }
            };
            field.setOnAction(e -> commit.run());
            field.focusedProperty().addListener((o, was, is) -> {
                if (!is && !field.getText().equals(plain(cuts[index]))) {
                    commit.run();
                }
            });
            HBox one = new HBox(4, new Label(texts.get("rfm.breakpoint", i + 1)), field);
            one.setAlignment(Pos.CENTER_LEFT);
            row.getChildren().add(one);
        }
        return row;
    }

    private static String plain(double v) {
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    /** Breakpoints splitting the measure's range into equal widths (a starting point to drag from). */
    static List<Double> evenBreakpoints(FieldStats stats, int bins) {
        double lo = stats == null ? 0 : stats.min();
        double hi = stats == null ? 1 : stats.max();
        List<Double> out = new ArrayList<>();
        for (int i = 1; i < bins; i++) {
            out.add(Math.round((lo + (hi - lo) * i / bins) * 100) / 100.0);
        }
        return out;
    }

    /**
     * The score-to-segment grid as an editable table: recency scores across, frequency scores up,
     * one segment picker per cell (optionally per monetary score) with the cell's live customer
     * count underneath. Picking a segment rewrites the rules (one undoable edit, see {@link ScoreGrid}).
     */
    private void rebuildGrid() {
        grid.getChildren().clear();
        Definition d = vm.definition();
        if (d == null || d.rfm() == null) {
            return;
        }
        int rBins = d.rfm().recency().bins();
        int fBins = d.rfm().frequency().bins();
        int mBins = d.rfm().monetary().bins();
        if (mLayer != null && mLayer > mBins) {
            mLayer = null;
        }
        long[][] counts = cellCounts(rBins, fBins);
        SegmentTexts names = new SegmentTexts(texts.locale());

        ComboBox<Integer> layer = new ComboBox<>();
        layer.setId("score-grid-m");
        layer.getItems().add(0);
        for (int m = 1; m <= mBins; m++) {
            layer.getItems().add(m);
        }
        layer.setConverter(converter(m -> m == 0 ? texts.get("rfm.gridAnyM") : texts.get("rfm.gridM", m)));
        layer.setValue(mLayer == null ? 0 : mLayer);
        layer.setOnAction(e -> {
            Integer v = layer.getValue();
            mLayer = v == null || v == 0 ? null : v;
            rebuildGrid();
        });
        Label hint = new Label(texts.get("rfm.gridHint"));
        hint.getStyleClass().add("text-muted");
        hint.setWrapText(true);
        HBox top = new HBox(8, new Label(texts.get("rfm.gridLayer")), layer);
        top.setAlignment(Pos.CENTER_LEFT);

        GridPane g = new GridPane();
        g.setId("score-grid");
        g.setHgap(4);
        g.setVgap(4);
        Label corner = new Label(texts.get("rfm.gridCorner"));
        corner.getStyleClass().add("text-muted");
        corner.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        g.add(corner, 0, 0);
        for (int r = 1; r <= rBins; r++) {
            Label l = new Label(texts.get("rfm.gridRecency", r));
            l.setMaxWidth(Double.MAX_VALUE);
            l.setAlignment(Pos.CENTER);
            g.add(l, r, 0);
        }
        for (int f = fBins; f >= 1; f--) {
            int y = fBins - f + 1;
            g.add(new Label(texts.get("rfm.gridFrequency", f)), 0, y);
            for (int r = 1; r <= rBins; r++) {
                g.add(cell(d, r, f, names, counts == null ? -1 : counts[r - 1][f - 1]), r, y);
            }
        }
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        g.getColumnConstraints().add(labels);
        for (int r = 1; r <= rBins; r++) {
            javafx.scene.layout.ColumnConstraints c = new javafx.scene.layout.ColumnConstraints(110, 150, 240);
            c.setHgrow(javafx.scene.layout.Priority.ALWAYS); // segment names show in full on a wide window
            c.setFillWidth(true);
            g.getColumnConstraints().add(c);
        }
        grid.getChildren().addAll(hint, top, g);
    }

    private Node cell(Definition d, int r, int f, SegmentTexts names, long count) {
        int current = vm.scoreCellSegment(r, f, mLayer);
        ComboBox<Integer> pick = new ComboBox<>();
        pick.setId("score-cell-" + r + "-" + f);
        pick.getItems().add(ScoreGrid.EVERYONE_ELSE);
        for (int s = 0; s < d.segments().size(); s++) {
            pick.getItems().add(s);
        }
        pick.setConverter(converter(s -> segmentName(d, s, names)));
        pick.setCellFactory(l -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(Integer s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : segmentName(d, s, names));
                setGraphic(empty || s == null ? null : swatch(d, s));
            }
        });
        pick.setVisibleRowCount(Math.min(16, pick.getItems().size())); // every segment at a glance
        pick.setPromptText(texts.get("rfm.gridMixed"));
        if (current != ScoreGrid.MIXED) {
            pick.setValue(current);
        }
        pick.setMaxWidth(Double.MAX_VALUE);
        pick.setPrefWidth(150);
        pick.setMinWidth(110);
        pick.setOnAction(e -> {
            Integer chosen = pick.getValue();
            if (chosen != null && chosen != current) {
                vm.assignScoreCell(r, f, mLayer, chosen);
            }
        });
        pick.setTooltip(new javafx.scene.control.Tooltip(texts.get("rfm.gridCellTip", r, f)
                + (current == ScoreGrid.MIXED ? "\n" + texts.get("rfm.gridMixed") : "")));
        Label n = new Label(count < 0 ? "" : texts.get("rfm.gridCount", count));
        n.setId("score-count-" + r + "-" + f);
        n.getStyleClass().add("text-muted");
        VBox box = new VBox(2, pick, n);
        box.setPadding(new Insets(4));
        box.setMaxWidth(Double.MAX_VALUE);
        box.setStyle(current == ScoreGrid.MIXED ? "-fx-background-color: -color-bg-subtle; -fx-background-radius: 4;"
                : "-fx-background-color: " + com.stratum.ui.charts.Palette.css(segment(d, current).colour(),
                current < 0 ? d.segments().size() : current) + "40; -fx-background-radius: 4;");
        return box;
    }

    private static com.stratum.engine.definition.SegmentSpec segment(Definition d, int s) {
        return s == ScoreGrid.EVERYONE_ELSE ? d.everyoneElse() : d.segments().get(s);
    }

    private static String segmentName(Definition d, int s, SegmentTexts names) {
        return s == ScoreGrid.MIXED ? "" : names.name(segment(d, s));
    }

    private static Node swatch(Definition d, int s) {
        javafx.scene.shape.Rectangle r = new javafx.scene.shape.Rectangle(10, 10, com.stratum.ui.charts.Palette.fx(
                segment(d, s).colour(), s < 0 ? d.segments().size() : s));
        r.setArcWidth(3);
        r.setArcHeight(3);
        return r;
    }

    /**
     * Customers per (recency score, frequency score) cell of the live preview, only those with the
     * chosen monetary score when a layer is picked; null before the preview is there.
     */
    private long[][] cellCounts(int rBins, int fBins) {
        BuilderPreview p = vm.previewProperty().get();
        if (p == null || p.assignment() == null) {
            return null;
        }
        Assignment a = p.assignment();
        var r = a.frame().find("r_score");
        var f = a.frame().find("f_score");
        var m = a.frame().find("m_score");
        if (r.isEmpty() || f.isEmpty()) {
            return null;
        }
        long[][] counts = new long[rBins][fBins];
        for (int i = 0; i < a.size(); i++) {
            if (r.get().isMissing(i) || f.get().isMissing(i)) {
                continue;
            }
            if (mLayer != null && (m.isEmpty() || m.get().isMissing(i) || (int) m.get().asDouble(i) != mLayer)) {
                continue;
            }
            int ri = (int) r.get().asDouble(i);
            int fi = (int) f.get().asDouble(i);
            if (ri >= 1 && fi >= 1 && ri <= rBins && fi <= fBins) {
                counts[ri - 1][fi - 1]++;
            }
        }
        return counts;
    }

    private static <T> javafx.util.StringConverter<T> converter(java.util.function.Function<T, String> f) {
        return new javafx.util.StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : f.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }
}
