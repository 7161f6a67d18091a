package com.stratum.ui.builder;

import com.stratum.engine.definition.TierLevel;
import com.stratum.engine.definition.TierMethod;
import com.stratum.engine.definition.TierScope;
import com.stratum.engine.definition.TierSpec;
import com.stratum.features.Column;
import com.stratum.features.CustomerFrame;
import com.stratum.features.MoneyColumn;
import com.stratum.ui.charts.ChartText;
import com.stratum.ui.charts.DraggableMarkers;
import com.stratum.ui.charts.ParetoChart;
import com.stratum.ui.charts.ParetoData;
import com.stratum.ui.charts.ViewTexts;
import com.stratum.ui.results.CellFormat;
import com.stratum.ui.results.FeatureLabels;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Tiers inside segments: the measure, the method (thresholds, quantiles, cumulative share) and
 * one slider per cut, shown against the measure's Pareto curve with the cuts marked. A cut is
 * committed (one undoable edit) when its slider is released.
 */
final class TiersEditor {

    private final BuilderViewModel vm;
    private final ViewTexts texts;
    private final FeatureLabels labels;
    private final VBox root = new VBox(10);
    private final com.stratum.ui.results.SegmentTexts tierNames;

    TiersEditor(BuilderViewModel vm, ViewTexts texts) {
        this.vm = vm;
        this.texts = texts;
        this.labels = new FeatureLabels(texts);
        this.tierNames = new com.stratum.ui.results.SegmentTexts(texts.locale());
        root.setPadding(new Insets(12));
        root.setId("tiers-editor");
        vm.definitionProperty().addListener((o, a, b) -> {
            if (a == null || b == null || !java.util.Objects.equals(a.tiers(), b.tiers())) {
                rebuild();
            }
        });
        vm.evaluatorProperty().addListener((o, a, b) -> rebuild());
        rebuild();
    }

    Node node() {
        ScrollPane s = new ScrollPane(root);
        s.setFitToWidth(true);
        return s;
    }

    static TierSpec defaultTiers(String measure, ViewTexts texts) {
        return new TierSpec(measure, TierMethod.QUANTILES, TierScope.PER_SEGMENT, List.of(0.05, 0.15, 0.30),
                List.of(new TierLevel("vip", texts.get("tiers.vip"), "#212121", "tier.vip"),
                        new TierLevel("gold", texts.get("tiers.gold"), "#FFC107", "tier.gold"),
                        new TierLevel("silver", texts.get("tiers.silver"), "#B0BEC5", "tier.silver"),
                        new TierLevel("bronze", texts.get("tiers.bronze"), "#A1887F", "tier.bronze")));
    }

    private void rebuild() {
        root.getChildren().clear();
        if (vm.definition() == null) {
            return;
        }
        TierSpec spec = vm.definition().tiers();
        if (spec == null) {
            Button add = new Button(texts.get("tiers.add"));
            add.setId("tiers-add");
            add.setOnAction(e -> vm.setTiers(defaultTiers("monetary", texts)));
            root.getChildren().addAll(new Label(texts.get("tiers.none")), add);
            return;
        }
        ComboBox<String> measure = new ComboBox<>();
        measure.setId("tiers-measure");
        vm.fieldFrame().ifPresent(f -> f.columns().stream()
                .filter(c -> FieldKind.of(c) == FieldKind.NUMBER).forEach(c -> measure.getItems().add(c.name())));
        measure.setConverter(converter(labels::apply));
        measure.setValue(spec.measure());
        measure.setOnAction(e -> {
            if (measure.getValue() != null && !measure.getValue().equals(spec.measure())) {
                vm.setTiers(new TierSpec(measure.getValue(), spec.method(), spec.scope(), spec.cuts(), spec.levels()));
            }
        });
        ComboBox<TierMethod> method = new ComboBox<>();
        method.setId("tiers-method");
        method.getItems().setAll(TierMethod.values());
        method.setConverter(converter(m -> texts.get("tiers.method." + m.name())));
        method.setValue(spec.method());
        method.setOnAction(e -> {
            TierMethod m = method.getValue();
            if (m != null && m != spec.method()) {
                vm.setTiers(new TierSpec(spec.measure(), m, spec.scope(), defaultCuts(m, spec), spec.levels()));
            }
        });
        ComboBox<TierScope> scope = new ComboBox<>();
        scope.getItems().setAll(TierScope.values());
        scope.setConverter(converter(s -> texts.get("tiers.scope." + s.name())));
        scope.setValue(spec.scope());
        scope.setOnAction(e -> {
            if (scope.getValue() != null && scope.getValue() != spec.scope()) {
                vm.setTiers(new TierSpec(spec.measure(), spec.method(), scope.getValue(), spec.cuts(), spec.levels()));
            }
        });
        Button remove = new Button(texts.get("tiers.remove"));
        remove.setOnAction(e -> vm.setTiers(null));
        HBox measureBox = new HBox(6, new Label(texts.get("tiers.measure")), measure);
        measureBox.setAlignment(Pos.CENTER_LEFT);
        HBox methodBox = new HBox(6, new Label(texts.get("tiers.methodLabel")), method, scope);
        methodBox.setAlignment(Pos.CENTER_LEFT);
        for (javafx.scene.control.Control c : List.of(measure, method, scope, remove)) {
            c.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        javafx.scene.layout.FlowPane row = new javafx.scene.layout.FlowPane(16, 8, measureBox, methodBox, remove);
        row.setAlignment(Pos.CENTER_LEFT);
        root.getChildren().add(row);

        FieldStats stats = vm.stats(spec.measure()).orElse(null);
        CellFormat fmt = new CellFormat(texts.locale());
        // share methods show cumulative boundaries (top 5 %, top 20 %, ...) like the markers on the
        // curve; the spec keeps each tier's width
        List<Double> bounds = TierCuts.boundaries(spec);
        String measureName = labels.apply(spec.measure());
        for (int i = 0; i < spec.cuts().size(); i++) {
            int index = i;
            double lo = spec.method() == TierMethod.THRESHOLDS ? (stats == null ? 0 : stats.min()) : 0;
            double hi = spec.method() == TierMethod.THRESHOLDS ? (stats == null ? 1 : stats.max()) : 1;
            Slider s = new Slider(lo, hi, Math.max(lo, Math.min(hi, bounds.get(i))));
            s.setId("tier-cut-" + i);
            HBox.setHgrow(s, Priority.ALWAYS);
            Label value = new Label(cutText(spec.method(), s.getValue(), fmt, measureName));
            value.setId("tier-cut-text-" + i);
            s.valueProperty().addListener((o, a, b) -> value.setText(cutText(spec.method(), b.doubleValue(), fmt,
                    measureName)));
            Runnable commit = () -> {
                double v = spec.method() == TierMethod.THRESHOLDS ? Math.round(s.getValue() * 100) / 100.0
                        : Math.round(s.getValue() * 1000) / 1000.0;
                if (v != bounds.get(index)) {
                    TierSpec moved = TierCuts.withBoundary(spec, index, v);
                    if (!moved.equals(spec)) {
                        vm.setTiers(moved);
                    }
                }
            };
            s.valueChangingProperty().addListener((o, was, is) -> {
                if (!is) {
                    commit.run();
                }
            });
            s.setOnMouseReleased(e -> commit.run());
            Label name = new Label(texts.get("tiers.cut", tierNames.name(spec.levels().get(i)), tierNames.name(spec.levels().get(i + 1))));
            name.setMinWidth(130); // the sliders line up
            value.setMinWidth(Region.USE_PREF_SIZE);
            value.setAlignment(Pos.CENTER_RIGHT);
            HBox line = new HBox(8, name, s, value);
            line.setAlignment(Pos.CENTER_LEFT);
            root.getChildren().add(line);
        }
        paretoOf(spec).ifPresent(p -> {
            // the curve alone; the tier boundaries are the draggable markers over it
            ParetoData curve = new ParetoData(p.customerPct(), p.valuePct(), new String[0], new double[0]);
            javafx.scene.chart.LineChart<Number, Number> chart = ParetoChart.create(curve,
                    new ChartText("", texts.get("chart.pareto.x"), texts.get("chart.pareto.y")),
                    texts.get("chart.pareto.curve"), texts.get("chart.pareto.equality"));
            chart.setPrefHeight(340);
            String[] names = new String[p.markPct().length];
            for (int i = 0; i < names.length; i++) {
                names[i] = texts.get("tiers.cut", tierNames.name(spec.levels().get(i)), tierNames.name(spec.levels().get(i + 1)));
            }
            // a marker reads like its slider: the share of customers, or of value for cumulative share
            java.util.function.DoubleFunction<String> markText = spec.method() == TierMethod.CUMULATIVE_SHARE
                    ? v -> cutText(spec.method(), Math.min(100, p.valueAt(v)) / 100, fmt, measureName)
                    : spec.method() == TierMethod.QUANTILES ? v -> cutText(spec.method(), v / 100, fmt, measureName)
                    : v -> fmt.percent(v / 100);
            DraggableMarkers markers = new DraggableMarkers(chart, p.markPct(), names, "#6A1B9A",
                    markText, (index, at) -> {
                        TierSpec moved = TierCuts.moveBoundary(spec, index, at, p, sortedValues(spec));
                        if (!moved.equals(spec)) {
                            vm.setTiers(moved);
                        }
                    });
            markers.setId("tier-markers");
            Label hint = new Label(texts.get("tiers.dragHint"));
            hint.getStyleClass().add("text-muted");
            hint.setWrapText(true);
            root.getChildren().addAll(DraggableMarkers.over(chart, markers), hint);
        });
    }

    private String cutText(TierMethod m, double v, CellFormat fmt, String measureName) {
        return switch (m) {
            case THRESHOLDS -> fmt.number(v);
            case QUANTILES -> texts.get("tiers.topCustomers", fmt.percent(v));
            case CUMULATIVE_SHARE -> texts.get("tiers.topValue", fmt.percent(v), measureName);
        };
    }

    private static List<Double> defaultCuts(TierMethod m, TierSpec spec) {
        int n = spec.levels().size() - 1;
        List<Double> out = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            out.add(m == TierMethod.CUMULATIVE_SHARE ? Math.round(0.8 * i / n * 1000) / 1000.0
                    : m == TierMethod.QUANTILES ? Math.round(0.3 * i / n * 1000) / 1000.0 : 0.0);
        }
        return out;
    }

    /**
     * The measure's Pareto curve (everyone, best first) with the cuts placed on it: quantile cuts are
     * customer shares; cumulative-share cuts are value shares read back to the customer share; threshold
     * cuts are the share of customers at or above each threshold.
     */
    private java.util.Optional<ParetoData> paretoOf(TierSpec spec) {
        java.util.Optional<CustomerFrame> frame = vm.fieldFrame();
        if (frame.isEmpty() || frame.get().find(spec.measure()).isEmpty()) {
            return java.util.Optional.empty();
        }
        Column c = frame.get().column(spec.measure());
        long[] cents;
        java.util.BitSet missing = new java.util.BitSet();
        if (c instanceof MoneyColumn m) {
            cents = m.cents();
            missing = m.missing();
        } else {
            cents = new long[c.size()];
            for (int i = 0; i < cents.length; i++) {
                if (c.isMissing(i)) {
                    missing.set(i);
                } else {
                    cents[i] = Math.round(c.asDouble(i) * 100);
                }
            }
        }
        String[] names = new String[spec.cuts().size()];
        double[] marks = new double[names.length];
        double running = 0;
        long[] sorted = null;
        for (int i = 0; i < names.length; i++) {
            names[i] = tierNames.name(spec.levels().get(i));
            double cut = spec.cuts().get(i);
            switch (spec.method()) {
                case QUANTILES -> {
                    running += cut;
                    marks[i] = Math.min(100, running * 100);
                }
                case CUMULATIVE_SHARE -> marks[i] = -cut; // resolved below against the curve
                case THRESHOLDS -> {
                    if (sorted == null) {
                        sorted = present(cents, missing);
                    }
                    long threshold = Math.round(cut * 100);
                    int at = Arrays.binarySearch(sorted, threshold);
                    int below = at >= 0 ? firstIndex(sorted, at) : -at - 1;
                    marks[i] = sorted.length == 0 ? 0 : 100.0 * (sorted.length - below) / sorted.length;
                }
            }
        }
        ParetoData p = ParetoData.fromCents(cents, missing, 400, names, marks);
        if (spec.method() == TierMethod.CUMULATIVE_SHARE) {
            double acc = 0;
            for (int i = 0; i < marks.length; i++) {
                acc += -marks[i];
                marks[i] = customerShareAt(p, Math.min(1, acc) * 100);
            }
            p = new ParetoData(p.customerPct(), p.valuePct(), names, marks);
        }
        return java.util.Optional.of(p);
    }

    /** The measure's present values in cents, ascending (what threshold boundaries read). */
    private long[] sortedValues(TierSpec spec) {
        java.util.Optional<CustomerFrame> frame = vm.fieldFrame();
        if (frame.isEmpty() || frame.get().find(spec.measure()).isEmpty()) {
            return new long[0];
        }
        Column c = frame.get().column(spec.measure());
        if (c instanceof MoneyColumn m) {
            return present(m.cents(), m.missing());
        }
        long[] cents = new long[c.size()];
        java.util.BitSet missing = new java.util.BitSet();
        for (int i = 0; i < cents.length; i++) {
            if (c.isMissing(i)) {
                missing.set(i);
            } else {
                cents[i] = Math.round(c.asDouble(i) * 100);
            }
        }
        return present(cents, missing);
    }

    private static long[] present(long[] cents, java.util.BitSet missing) {
        long[] out = new long[cents.length - missing.cardinality()];
        int k = 0;
        for (int i = 0; i < cents.length; i++) {
            if (!missing.get(i)) {
                out[k++] = cents[i];
            }
        }
        Arrays.sort(out);
        return out;
    }

    private static int firstIndex(long[] sorted, int at) {
        while (at > 0 && sorted[at - 1] == sorted[at]) {
            at--;
        }
        return at;
    }

    private static double customerShareAt(ParetoData p, double valuePct) {
        for (int i = 1; i < p.valuePct().length; i++) {
            if (p.valuePct()[i] >= valuePct) {
                double t = (valuePct - p.valuePct()[i - 1]) / Math.max(1e-12, p.valuePct()[i] - p.valuePct()[i - 1]);
                return p.customerPct()[i - 1] + t * (p.customerPct()[i] - p.customerPct()[i - 1]);
            }
        }
        return 100;
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> f) {
        return new StringConverter<>() {
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
