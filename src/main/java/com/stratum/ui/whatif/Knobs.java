package com.stratum.ui.whatif;

import com.stratum.engine.definition.ClusteringSpec;
import com.stratum.engine.definition.Condition;
import com.stratum.engine.definition.Criterion;
import com.stratum.engine.definition.Definition;
import com.stratum.engine.definition.Group;
import com.stratum.engine.definition.Operator;
import com.stratum.engine.definition.RfmDimension;
import com.stratum.engine.definition.RfmScoring;
import com.stratum.engine.definition.ScoringMethod;
import com.stratum.engine.definition.SegmentSpec;
import com.stratum.engine.definition.TierMethod;
import com.stratum.engine.definition.TierSpec;
import com.stratum.ui.builder.CriteriaPath;
import com.stratum.ui.builder.CriteriaTrees;
import com.stratum.ui.builder.FieldStats;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Finds every threshold of a definition that a what-if can move (sliders) and every categorical
 * choice (toggles). Slider ranges come from the features' real distributions.
 */
public final class Knobs {

    /** Display texts the knobs need (the view supplies them from the bundle). */
    public interface Labels {
        String feature(String key);

        String segment(SegmentSpec s);

        String operator(Operator op);

        String text(String key, Object... args);

        /** A tier level's name in the window's language. */
        default String tierLevel(com.stratum.engine.definition.TierLevel level) {
            return level.name();
        }

        /** True when the feature is an amount of money (its knobs show 2 decimals). */
        default boolean money(String feature) {
            return false;
        }
    }

    private Knobs() {
    }

    public static List<Knob> sliders(Definition d, Function<String, Optional<FieldStats>> stats, Labels labels) {
        List<Knob> out = new ArrayList<>();
        for (int s = 0; s < d.segments().size(); s++) {
            SegmentSpec spec = d.segments().get(s);
            if (spec.criteria() == null) {
                continue;
            }
            Group root = CriteriaTrees.root(spec.criteria());
            collect(root, CriteriaPath.ROOT, s, labels.segment(spec), stats, labels, out);
        }
        RfmScoring rfm = d.rfm();
        if (rfm != null) {
            String group = labels.text("whatif.rfm");
            rfmKnobs(out, group, "r", RfmScoring.RECENCY_FEATURE, rfm.recency(), stats, labels,
                    (def, dim) -> def.withRfm(def.rfm().withRecency(dim)), def -> def.rfm().recency());
            rfmKnobs(out, group, "f", RfmScoring.FREQUENCY_FEATURE, rfm.frequency(), stats, labels,
                    (def, dim) -> def.withRfm(def.rfm().withFrequency(dim)), def -> def.rfm().frequency());
            rfmKnobs(out, group, "m", rfm.monetaryFeature(), rfm.monetary(), stats, labels,
                    (def, dim) -> def.withRfm(def.rfm().withMonetary(dim)), def -> def.rfm().monetary());
        }
        TierSpec tiers = d.tiers();
        if (tiers != null) {
            String group = labels.text("whatif.tiers");
            FieldStats st = stats.apply(tiers.measure()).orElse(null);
            for (int i = 0; i < tiers.cuts().size(); i++) {
                int index = i;
                String label = labels.text("whatif.tierCut", labels.tierLevel(tiers.levels().get(i)),
                        labels.tierLevel(tiers.levels().get(i + 1)));
                if (tiers.method() == TierMethod.THRESHOLDS) {
                    double lo = st == null ? 0 : Math.min(st.min(), tiers.cuts().get(i));
                    double hi = st == null ? tiers.cuts().get(i) * 2 + 1 : Math.max(st.max(), tiers.cuts().get(i));
                    out.add(new Knob("tier-" + i, group, label, tiers.cuts().get(i), lo, hi, false,
                            (def, v) -> def.withTiers(def.tiers().withCut(index, v))));
                } else {
                    // the boundary as the Pareto curve shows it: cumulative percent, top tier first
                    String unit = labels.text(tiers.method() == TierMethod.QUANTILES ? "whatif.tierUnitCustomers"
                            : "whatif.tierUnitValue");
                    out.add(new Knob("tier-" + i, group, label + " " + unit, boundary(tiers.cuts(), i) * 100, 0, 100,
                            false, (def, v) -> def.withTiers(moveBoundary(def.tiers(), index, v / 100)), true,
                            "tier", false));
                }
            }
        }
        ClusteringSpec c = d.clustering();
        if (c != null && c.k() != null) {
            out.add(new Knob("k", labels.text("whatif.clustering"), labels.text("whatif.k"), c.k(), 2, 12, true,
                    (def, v) -> def.withClustering(def.clustering().withK((int) Math.round(v)))));
        }
        return out;
    }

    /** Boundary {@code index} of share cuts (each tier's width): the cumulative share of the tiers above it and it. */
    static double boundary(List<Double> cuts, int index) {
        double sum = 0;
        for (int i = 0; i <= index; i++) {
            sum += cuts.get(i);
        }
        return sum;
    }

    /**
     * Moves boundary {@code index} to the cumulative share {@code at}, kept between its neighbours
     * (0 above the top, 1 below the last); the tier below gives or takes the difference, so the
     * other boundaries stay where they were. Shares are rounded to 0.1 %.
     */
    static TierSpec moveBoundary(TierSpec t, int index, double at) {
        List<Double> cuts = new ArrayList<>(t.cuts());
        double above = index == 0 ? 0 : boundary(cuts, index - 1);
        double below = index + 1 < cuts.size() ? boundary(cuts, index + 1) : 1;
        double now = Math.round(Math.max(above, Math.min(below, at)) * 1000) / 1000.0;
        cuts.set(index, Math.round((now - above) * 1000) / 1000.0);
        if (index + 1 < cuts.size()) {
            cuts.set(index + 1, Math.round((below - now) * 1000) / 1000.0);
        }
        return new TierSpec(t.measure(), t.method(), t.scope(), cuts, t.levels());
    }

    private static void rfmKnobs(List<Knob> out, String group, String id, String feature, RfmDimension dim,
                                 Function<String, Optional<FieldStats>> stats, Labels labels,
                                 java.util.function.BiFunction<Definition, RfmDimension, Definition> with,
                                 Function<Definition, RfmDimension> current) {
        if (dim.method() == ScoringMethod.BREAKPOINTS) {
            FieldStats st = stats.apply(feature).orElse(null);
            for (int i = 0; i < dim.breakpoints().size(); i++) {
                int index = i;
                double v = dim.breakpoints().get(i);
                Knob knob = new Knob("rfm-" + id + "-" + i, group, labels.text("whatif.breakpoint", labels.feature(feature),
                        i + 1), v, st == null ? Math.min(0, v) : Math.min(st.min(), v),
                        st == null ? v * 2 + 1 : Math.max(st.max(), v), false, (def, x) -> {
                            RfmDimension now = current.apply(def);
                            List<Double> b = new ArrayList<>(now.breakpoints());
                            double lo = index > 0 ? b.get(index - 1) : Double.NEGATIVE_INFINITY;
                            double hi = index < b.size() - 1 ? b.get(index + 1) : Double.POSITIVE_INFINITY;
                            return with.apply(def, now.withBreakpoint(index, Math.max(lo, Math.min(hi, x))));
                        });
                out.add(labels.money(feature) ? knob.asMoney() : knob);
            }
        } else {
            out.add(new Knob("rfm-" + id + "-bins", group, labels.text("whatif.bins", labels.feature(feature)),
                    dim.bins(), 2, 10, true,
                    (def, x) -> with.apply(def, current.apply(def).withBins((int) Math.round(x)))));
        }
    }

    private static void collect(Criterion node, CriteriaPath path, int segment, String segmentName,
                                Function<String, Optional<FieldStats>> stats, Labels labels, List<Knob> out) {
        if (node instanceof Group g) {
            for (int i = 0; i < g.children().size(); i++) {
                collect(g.children().get(i), path.child(i), segment, segmentName, stats, labels, out);
            }
            return;
        }
        Condition c = (Condition) node;
        if (!c.op().isNumeric() || c.value() == null) {
            return;
        }
        FieldStats st = stats.apply(c.feature()).orElse(null);
        String base = labels.feature(c.feature());
        String id = "s" + segment + path;
        List<Knob> made = new ArrayList<>();
        if (c.op() == Operator.BETWEEN) {
            made.add(knob(id + "-min", segmentName, base + " ≥", c.value(), st, segment, path, Condition::withValue));
            if (c.max() != null) {
                made.add(knob(id + "-max", segmentName, base + " ≤", c.max(), st, segment, path, Condition::withMax));
            }
        } else {
            made.add(knob(id, segmentName, base + " " + labels.operator(c.op()), c.value(), st, segment, path,
                    Condition::withValue));
        }
        boolean money = labels.money(c.feature());
        made.forEach(k -> out.add(money ? k.asMoney() : k));
    }

    private static Knob knob(String id, String group, String label, double value, FieldStats st, int segment,
                             CriteriaPath path, java.util.function.BiFunction<Condition, Double, Condition> set) {
        double lo = st == null ? Math.min(0, value) : Math.min(st.min(), value);
        double hi = st == null ? Math.max(value * 2, value + 1) : Math.max(st.max(), value);
        return new Knob(id, group, label, value, lo, hi, false, (def, v) -> def.withSegment(segment, s -> {
            Group root = CriteriaTrees.root(s.criteria());
            Condition now = (Condition) CriteriaTrees.get(root, path);
            return s.withCriteria(CriteriaTrees.replace(root, path, set.apply(now, v)));
        }));
    }

    public static List<Choice> toggles(Definition d, Function<String, Optional<FieldStats>> stats, Labels labels) {
        List<Choice> out = new ArrayList<>();
        for (int s = 0; s < d.segments().size(); s++) {
            SegmentSpec spec = d.segments().get(s);
            if (spec.criteria() == null) {
                continue;
            }
            collectChoices(CriteriaTrees.root(spec.criteria()), CriteriaPath.ROOT, s, labels.segment(spec), stats,
                    labels, out);
        }
        return out;
    }

    private static void collectChoices(Criterion node, CriteriaPath path, int segment, String segmentName,
                                       Function<String, Optional<FieldStats>> stats, Labels labels, List<Choice> out) {
        if (node instanceof Group g) {
            for (int i = 0; i < g.children().size(); i++) {
                collectChoices(g.children().get(i), path.child(i), segment, segmentName, stats, labels, out);
            }
            return;
        }
        Condition c = (Condition) node;
        if (c.op() != Operator.IN && c.op() != Operator.NOT_IN) {
            return;
        }
        List<String> levels = stats.apply(c.feature()).map(FieldStats::levels)
                .orElse(c.values() == null ? List.of() : c.values());
        String prefix = labels.feature(c.feature()) + " " + labels.operator(c.op()) + ": ";
        for (String level : levels) {
            boolean on = c.values() != null && c.values().contains(level);
            out.add(new Choice("s" + segment + path + "-" + level, segmentName, prefix + level, on,
                    (def, selected) -> def.withSegment(segment, s -> {
                        Group root = CriteriaTrees.root(s.criteria());
                        Condition now = (Condition) CriteriaTrees.get(root, path);
                        List<String> values = new ArrayList<>(now.values() == null ? List.of() : now.values());
                        values.remove(level);
                        if (selected) {
                            values.add(level);
                        }
                        return s.withCriteria(CriteriaTrees.replace(root, path, new Condition(now.feature(), now.op(),
                                null, null, values, null, null, null, now.negate())));
                    })));
        }
    }

}
