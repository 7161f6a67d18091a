package com.stratum.ui.builder;

import com.stratum.engine.Assignment;
import com.stratum.engine.definition.Direction;
import com.stratum.engine.definition.RfmDimension;
import com.stratum.engine.definition.RfmScoring;
import com.stratum.engine.definition.ScoringMethod;
import com.stratum.ui.charts.ChartText;
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
            }
        });
        vm.previewProperty().addListener((o, a, b) -> rebuildGrid());
        vm.evaluatorProperty().addListener((o, a, b) -> rebuild());
        rebuild();
    }

    Node node() {
        ScrollPane s = new ScrollPane(root);
        s.setFitToWidth(true);
        return s;
    }

    private final VBox grid = new VBox(6);

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
        Label title = new Label(texts.get(titleKey) + " · " + labels.apply(feature));
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
            h.setPrefHeight(150);
            h.setMinHeight(120);
            box.getChildren().add(h);
            if (dim.method() == ScoringMethod.BREAKPOINTS) {
                CellFormat f = new CellFormat(texts.locale());
                for (int i = 0; i < dim.breakpoints().size(); i++) {
                    int index = i;
                    Slider s = new Slider(stats.min(), stats.max(), dim.breakpoints().get(i));
                    s.setId("breakpoint-" + feature + "-" + i);
                    Label v = new Label(f.number(s.getValue()));
                    s.valueProperty().addListener((o, a, b) -> v.setText(f.number(b.doubleValue())));
                    s.valueChangingProperty().addListener((o, was, is) -> {
                        if (!is) {
                            commitBreakpoint(dim, index, s.getValue(), with);
                        }
                    });
                    s.setOnMouseReleased(e -> commitBreakpoint(dim, index, s.getValue(), with));
                    HBox.setHgrow(s, javafx.scene.layout.Priority.ALWAYS);
                    HBox line = new HBox(8, new Label(texts.get("rfm.breakpoint", i + 1)), s, v);
                    line.setAlignment(Pos.CENTER_LEFT);
                    box.getChildren().add(line);
                }
            }
        }
        box.getStyleClass().add("segment-card");
        return box;
    }

    private void commitBreakpoint(RfmDimension dim, int index, double value,
                                  java.util.function.Function<RfmDimension, RfmScoring> with) {
        List<Double> b = new ArrayList<>(dim.breakpoints());
        double lo = index > 0 ? b.get(index - 1) : Double.NEGATIVE_INFINITY;
        double hi = index < b.size() - 1 ? b.get(index + 1) : Double.POSITIVE_INFINITY;
        double v = Math.max(lo, Math.min(hi, Math.round(value * 100) / 100.0));
        if (v != b.get(index)) {
            vm.setRfm(with.apply(dim.withBreakpoint(index, v)));
        }
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

    /** Segment most customers of each (frequency, recency) score cell are assigned to. */
    private void rebuildGrid() {
        grid.getChildren().clear();
        BuilderPreview p = vm.previewProperty().get();
        if (p == null || p.assignment() == null) {
            return;
        }
        Assignment a = p.assignment();
        var r = a.frame().find("r_score");
        var f = a.frame().find("f_score");
        if (r.isEmpty() || f.isEmpty()) {
            return;
        }
        int bins = 0;
        for (int i = 0; i < a.size(); i++) {
            if (!r.get().isMissing(i)) {
                bins = Math.max(bins, (int) r.get().asDouble(i));
            }
            if (!f.get().isMissing(i)) {
                bins = Math.max(bins, (int) f.get().asDouble(i));
            }
        }
        if (bins == 0 || bins > 10) {
            return;
        }
        int segs = a.segments().size();
        long[][][] tally = new long[bins][bins][segs];
        for (int i = 0; i < a.size(); i++) {
            if (r.get().isMissing(i) || f.get().isMissing(i)) {
                continue;
            }
            tally[(int) f.get().asDouble(i) - 1][(int) r.get().asDouble(i) - 1][a.segmentOfRow()[i]]++;
        }
        SegmentTexts names = new SegmentTexts(texts.locale());
        GridPane g = new GridPane();
        g.setHgap(2);
        g.setVgap(2);
        g.add(new Label(texts.get("rfm.gridCorner")), 0, 0);
        for (int c = 0; c < bins; c++) {
            g.add(new Label(texts.get("rfm.gridRecency", c + 1)), c + 1, 0);
        }
        for (int row = bins - 1; row >= 0; row--) {
            int y = bins - row;
            g.add(new Label(texts.get("rfm.gridFrequency", row + 1)), 0, y);
            for (int c = 0; c < bins; c++) {
                int best = -1;
                long bestCount = 0;
                for (int s = 0; s < segs; s++) {
                    if (tally[row][c][s] > bestCount) {
                        best = s;
                        bestCount = tally[row][c][s];
                    }
                }
                Label cell = new Label(best < 0 ? "" : names.name(a.segments().get(best)));
                cell.setMinWidth(96);
                cell.setMaxWidth(120);
                cell.setPadding(new Insets(4));
                if (best >= 0) {
                    String colour = com.stratum.ui.charts.Palette.css(
                            new String[] {a.segments().get(best).colour()}, best);
                    cell.setStyle("-fx-background-color: " + colour + "55; -fx-background-radius: 3;");
                }
                g.add(cell, c + 1, y);
            }
        }
        grid.getChildren().add(g);
    }
}
