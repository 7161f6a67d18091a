package com.stratum.ui.builder;

import com.stratum.engine.definition.Condition;
import com.stratum.engine.definition.Operator;
import com.stratum.ui.charts.HistogramChart;
import com.stratum.ui.charts.ViewTexts;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.CheckComboBox;
import org.controlsfx.control.RangeSlider;

import java.text.NumberFormat;
import java.text.ParseException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The value part of a condition, fitted to the field: a range slider over the real distribution
 * with its histogram behind it and typed min/max (numbers), a checkable list of levels with their
 * counts (categories), a date range (dates), a text box (contains / equals). Each editor calls
 * {@code commit} with the new condition when the user finishes a change (slider released, Enter,
 * focus lost, a box ticked), never on every pixel of a drag.
 */
final class ValueEditors {

    private ValueEditors() {
    }

    static Node create(Condition c, FieldStats stats, ViewTexts texts, Consumer<Condition> commit) {
        Operator op = c.op();
        if (op == Operator.IS_EMPTY || op == Operator.NOT_EMPTY) {
            return new Label();
        }
        if (op == Operator.BETWEEN) {
            return range(c, stats, texts, commit);
        }
        if (op.isNumeric()) {
            return single(c, stats, texts, commit);
        }
        if (op == Operator.IN || op == Operator.NOT_IN) {
            return levels(c, stats, texts, commit);
        }
        if (op == Operator.DATE_BETWEEN) {
            return dates(c, texts, commit);
        }
        if (op == Operator.EQUALS && s(stats) != null && !stats.levels().isEmpty()) {
            return oneLevel(c, stats, texts, commit);
        }
        TextField text = new TextField(c.text() == null ? "" : c.text());
        text.setId("condition-text");
        text.setPromptText(texts.get("builder.textPrompt"));
        Runnable done = () -> commit.accept(new Condition(c.feature(), op, null, null, null, text.getText(), null, null,
                c.negate()));
        text.setOnAction(e -> done.run());
        text.focusedProperty().addListener((o, was, is) -> {
            if (!is && !text.getText().equals(c.text())) {
                done.run();
            }
        });
        return text;
    }

    /**
     * The typed min/max are the condition's values, shown as typed; the slider only mirrors them,
     * its handles pinned at an end when a value lies outside the field's range (a slider clamps
     * whatever it is given, so it never feeds a value back into the boxes or the definition unless
     * the user drags it).
     */
    private static Node range(Condition c, FieldStats s, ViewTexts texts, Consumer<Condition> commit) {
        double[] bounds = sliderBounds(s, c.value(), c.max());
        double lo = bounds[0];
        double hi = bounds[1];
        double[] current = {value(c.value(), lo), value(c.max(), hi)};
        RangeSlider slider = new RangeSlider(lo, hi, lo, hi);
        slider.setId("condition-range");
        // the high handle first: the low one is clamped to whatever the high one is at the time
        slider.setHighValue(clamp(current[1], lo, hi));
        slider.setLowValue(clamp(current[0], lo, hi));
        NumberFormat fmt = format(texts.locale(), s != null && s.money());
        TextField min = numberField(fmt, current[0], "condition-min");
        TextField max = numberField(fmt, current[1], "condition-max");
        slider.lowValueProperty().addListener((o, a, b) -> {
            if (slider.isLowValueChanging()) {
                current[0] = round(b.doubleValue());
                min.setText(fmt.format(current[0]));
            }
        });
        slider.highValueProperty().addListener((o, a, b) -> {
            if (slider.isHighValueChanging()) {
                current[1] = round(b.doubleValue());
                max.setText(fmt.format(current[1]));
            }
        });
        Runnable done = () -> commit.accept(new Condition(c.feature(), Operator.BETWEEN, current[0], current[1],
                null, null, null, null, c.negate()));
        slider.lowValueChangingProperty().addListener((o, was, is) -> {
            if (!is) {
                done.run();
            }
        });
        slider.highValueChangingProperty().addListener((o, was, is) -> {
            if (!is) {
                done.run();
            }
        });
        Runnable typed = () -> {
            Double a = parse(fmt, min.getText());
            Double b = parse(fmt, max.getText());
            if (a != null && b != null && a <= b) {
                commit.accept(new Condition(c.feature(), Operator.BETWEEN, a, b, null, null, null, null, c.negate()));
            }
        };
        min.setOnAction(e -> typed.run());
        max.setOnAction(e -> typed.run());
        return withHistogram(slider, s, min, new Label("–"), max);
    }

    private static Node single(Condition c, FieldStats s, ViewTexts texts, Consumer<Condition> commit) {
        double[] bounds = sliderBounds(s, c.value(), c.value());
        double v = value(c.value(), bounds[0]);
        Slider slider = new Slider(bounds[0], bounds[1], clamp(v, bounds[0], bounds[1]));
        slider.setId("condition-slider");
        NumberFormat fmt = format(texts.locale(), s != null && s.money());
        TextField field = numberField(fmt, v, "condition-value");
        slider.valueProperty().addListener((o, a, b) -> {
            if (slider.isValueChanging()) {
                field.setText(fmt.format(round(b.doubleValue())));
            }
        });
        slider.valueChangingProperty().addListener((o, was, is) -> {
            if (!is) {
                commit.accept(c.withValue(round(slider.getValue())));
            }
        });
        field.setOnAction(e -> {
            Double d = parse(fmt, field.getText());
            if (d != null) {
                commit.accept(c.withValue(d));
            }
        });
        return withHistogram(slider, s, field);
    }

    /**
     * The slider spans the field's real distribution (the histogram behind it), not the typed
     * values; without statistics, the values themselves.
     */
    static double[] sliderBounds(FieldStats s, Double a, Double b) {
        double lo;
        double hi;
        if (s != null && !Double.isNaN(s.min())) {
            lo = s.min();
            hi = s.max();
        } else {
            lo = Math.min(0, Math.min(value(a, 0), value(b, 0)));
            hi = Math.max(1, Math.max(value(a, 1), value(b, 1)));
        }
        return new double[] {lo, hi > lo ? hi : lo + 1};
    }

    static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    private static Node withHistogram(javafx.scene.control.Control slider, FieldStats s, Node... fields) {
        StackPane track = new StackPane();
        if (s != null && s.histogram() != null) {
            javafx.scene.layout.Region spark = HistogramChart.sparkline(s.histogram());
            spark.setMinSize(0, 0);
            spark.setPrefHeight(40);
            spark.setMaxHeight(40);
            StackPane.setAlignment(spark, Pos.BOTTOM_CENTER);
            track.getChildren().add(spark);
        }
        StackPane.setAlignment(slider, Pos.BOTTOM_CENTER);
        track.getChildren().add(slider);
        track.setMinWidth(200);
        track.setPrefWidth(320);
        track.setMaxHeight(48);
        track.setPrefHeight(48);
        track.setMaxWidth(420);
        HBox row = new HBox(6, fields);
        row.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(2, track, row);
        HBox.setHgrow(box, Priority.ALWAYS);
        return box;
    }

    private static FieldStats s(FieldStats stats) {
        return stats != null && stats.kind() == FieldKind.CATEGORY ? stats : null;
    }

    /** "Equals" on a category: pick one of its levels (label and count), never type a stored key. */
    private static Node oneLevel(Condition c, FieldStats s, ViewTexts texts, Consumer<Condition> commit) {
        javafx.scene.control.ComboBox<String> box = new javafx.scene.control.ComboBox<>();
        box.setId("condition-level");
        box.getItems().setAll(s.levels());
        if (c.text() != null && !c.text().isEmpty() && !box.getItems().contains(c.text())) {
            box.getItems().add(c.text());
        }
        box.setConverter(levelConverter(c.feature(), s, texts));
        box.setValue(c.text() == null || c.text().isEmpty() ? null : c.text());
        box.setPromptText(texts.get("builder.chooseValues"));
        box.setOnAction(e -> {
            if (box.getValue() != null && !box.getValue().equals(c.text())) {
                commit.accept(new Condition(c.feature(), Operator.EQUALS, null, null, null, box.getValue(), null, null,
                        c.negate()));
            }
        });
        box.setPrefWidth(240);
        return box;
    }

    /** A level as the analyst reads it: its label (derived levels such as channel kind) and its count. */
    private static javafx.util.StringConverter<String> levelConverter(String feature, FieldStats s, ViewTexts texts) {
        NumberFormat ints = NumberFormat.getIntegerInstance(texts.locale());
        com.stratum.ui.results.CellFormat cells = new com.stratum.ui.results.CellFormat(texts.locale());
        return new javafx.util.StringConverter<>() {
            @Override
            public String toString(String level) {
                if (level == null) {
                    return "";
                }
                int i = s == null ? -1 : s.levels().indexOf(level);
                String label = cells.level(feature, level);
                return i < 0 ? label : label + " (" + ints.format(s.levelCounts()[i]) + ")";
            }

            @Override
            public String fromString(String str) {
                return str;
            }
        };
    }

    private static Node levels(Condition c, FieldStats s, ViewTexts texts, Consumer<Condition> commit) {
        CheckComboBox<String> box = new CheckComboBox<>();
        box.setId("condition-levels");
        List<String> levels = s == null ? (c.values() == null ? List.of() : c.values()) : s.levels();
        box.getItems().setAll(levels);
        box.setConverter(levelConverter(c.feature(), s, texts));
        if (c.values() != null) {
            for (String v : c.values()) {
                box.getCheckModel().check(v);
            }
        }
        box.setTitle(c.values() == null || c.values().isEmpty() ? texts.get("builder.chooseValues") : null);
        box.getCheckModel().getCheckedItems().addListener((ListChangeListener<String>) ch -> {
            List<String> chosen = new ArrayList<>(box.getCheckModel().getCheckedItems());
            commit.accept(new Condition(c.feature(), c.op(), null, null, chosen, null, null, null, c.negate()));
        });
        box.setPrefWidth(240);
        return box;
    }

    private static Node dates(Condition c, ViewTexts texts, Consumer<Condition> commit) {
        DatePicker from = new DatePicker(c.from() == null ? null : LocalDate.parse(c.from()));
        DatePicker to = new DatePicker(c.to() == null ? null : LocalDate.parse(c.to()));
        from.setId("condition-from");
        to.setId("condition-to");
        from.setPromptText(texts.get("builder.dateFrom"));
        to.setPromptText(texts.get("builder.dateTo"));
        Runnable done = () -> commit.accept(Condition.dateBetween(c.feature(), from.getValue(), to.getValue()));
        from.valueProperty().addListener((o, a, b) -> done.run());
        to.valueProperty().addListener((o, a, b) -> done.run());
        HBox row = new HBox(6, from, new Label("–"), to);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static TextField numberField(NumberFormat fmt, double v, String id) {
        TextField f = new TextField(fmt.format(v));
        f.setId(id);
        f.setPrefColumnCount(7);
        return f;
    }

    /** Grouped like every figure in the window; amounts of money always with 2 decimals. */
    static NumberFormat format(Locale locale, boolean money) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMaximumFractionDigits(2);
        if (money) {
            f.setMinimumFractionDigits(2);
        }
        f.setGroupingUsed(true);
        return f;
    }

    private static Double parse(NumberFormat fmt, String text) {
        try {
            return fmt.parse(text.strip()).doubleValue();
        } catch (ParseException e) {
            return null;
        }
    }

    private static double value(Double d, double fallback) {
        return d == null ? fallback : d;
    }

    /** Slider positions to cents: thresholds read as the user sees them. */
    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
