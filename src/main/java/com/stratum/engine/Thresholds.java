package com.stratum.engine;

import com.stratum.engine.definition.ClusteringSpec;
import com.stratum.engine.definition.Condition;
import com.stratum.engine.definition.Criterion;
import com.stratum.engine.definition.Definition;
import com.stratum.engine.definition.Group;
import com.stratum.engine.definition.RfmDimension;
import com.stratum.engine.definition.RfmScoring;
import com.stratum.engine.definition.ScoringMethod;
import com.stratum.engine.definition.SegmentSpec;
import com.stratum.engine.definition.TierSpec;

import java.util.ArrayList;
import java.util.List;

/**
 * Every number of a definition that a what-if slider can move: condition values (and BETWEEN
 * maxima), RFM breakpoints or bin counts, tier cuts, and the k of clustering. {@link #set} returns
 * the definition with one of them changed (definitions are immutable).
 */
public final class Thresholds {

    /** What a threshold is; {@code path} locates it (stable while the definition's shape is unchanged). */
    public enum Kind { CONDITION_VALUE, CONDITION_MAX, RFM_BREAKPOINT, RFM_BINS, TIER_CUT, CLUSTER_K }

    /**
     * One movable number. {@code path}: for conditions the segment index then child indices from the
     * root group; for RFM the dimension (0 recency, 1 frequency, 2 monetary) then the breakpoint index;
     * for tiers the cut index. {@code feature} is what the number is compared with (for the slider's range).
     */
    public record Threshold(Kind kind, List<Integer> path, String label, String feature, double value) {
    }

    private Thresholds() {
    }

    public static List<Threshold> of(Definition d) {
        List<Threshold> out = new ArrayList<>();
        for (int s = 0; s < d.segments().size(); s++) {
            SegmentSpec seg = d.segments().get(s);
            collect(seg.criteria(), new ArrayList<>(List.of(s)), seg.name(), out);
        }
        if (d.rfm() != null) {
            RfmScoring r = d.rfm();
            RfmDimension[] dims = {r.recency(), r.frequency(), r.monetary()};
            String[] features = {RfmScoring.RECENCY_FEATURE, RfmScoring.FREQUENCY_FEATURE, r.monetaryFeature()};
            for (int i = 0; i < 3; i++) {
                RfmDimension dim = dims[i];
                if (dim.method() == ScoringMethod.BREAKPOINTS) {
                    for (int b = 0; b < dim.breakpoints().size(); b++) {
                        out.add(new Threshold(Kind.RFM_BREAKPOINT, List.of(i, b),
                                features[i] + " breakpoint " + (b + 1), features[i], dim.breakpoints().get(b)));
                    }
                } else {
                    out.add(new Threshold(Kind.RFM_BINS, List.of(i), features[i] + " bins", features[i], dim.bins()));
                }
            }
        }
        if (d.tiers() != null) {
            TierSpec t = d.tiers();
            for (int k = 0; k < t.cuts().size(); k++) {
                out.add(new Threshold(Kind.TIER_CUT, List.of(k), t.levels().get(k).name() + " (" + t.method() + ")",
                        t.measure(), t.cuts().get(k)));
            }
        }
        if (d.clustering() != null && d.clustering().k() != null) {
            out.add(new Threshold(Kind.CLUSTER_K, List.of(), "k", null, d.clustering().k()));
        }
        return out;
    }

    private static void collect(Criterion c, List<Integer> path, String segment, List<Threshold> out) {
        if (c instanceof Condition cond) {
            if (cond.op().isNumeric() && cond.value() != null) {
                out.add(new Threshold(Kind.CONDITION_VALUE, List.copyOf(path), segment + ": " + cond.describe(),
                        cond.feature(), cond.value()));
                if (cond.max() != null) {
                    out.add(new Threshold(Kind.CONDITION_MAX, List.copyOf(path), segment + ": " + cond.describe()
                            + " (max)", cond.feature(), cond.max()));
                }
            }
        } else if (c instanceof Group g) {
            for (int i = 0; i < g.children().size(); i++) {
                path.add(i);
                collect(g.children().get(i), path, segment, out);
                path.remove(path.size() - 1);
            }
        }
    }

    /** The definition with {@code t} set to {@code value}. */
    public static Definition set(Definition d, Threshold t, double value) {
        List<Integer> p = t.path();
        return switch (t.kind()) {
            case CONDITION_VALUE, CONDITION_MAX -> d.withSegment(p.get(0), s -> s.withCriteria(
                    rewrite(s.criteria(), p.subList(1, p.size()), t.kind(), value)));
            case RFM_BREAKPOINT, RFM_BINS -> {
                RfmScoring r = d.rfm();
                RfmDimension dim = p.get(0) == 0 ? r.recency() : p.get(0) == 1 ? r.frequency() : r.monetary();
                RfmDimension moved = t.kind() == Kind.RFM_BINS ? dim.withBins((int) Math.round(value))
                        : dim.withBreakpoint(p.get(1), value);
                yield d.withRfm(p.get(0) == 0 ? r.withRecency(moved) : p.get(0) == 1 ? r.withFrequency(moved)
                        : r.withMonetary(moved));
            }
            case TIER_CUT -> d.withTiers(d.tiers().withCut(p.get(0), value));
            case CLUSTER_K -> {
                ClusteringSpec c = d.clustering();
                yield d.withClustering(c.withK((int) Math.round(value)));
            }
        };
    }

    private static Criterion rewrite(Criterion c, List<Integer> path, Kind kind, double value) {
        if (path.isEmpty()) {
            Condition cond = (Condition) c;
            return kind == Kind.CONDITION_MAX ? cond.withMax(value) : cond.withValue(value);
        }
        Group g = (Group) c;
        List<Criterion> children = new ArrayList<>(g.children());
        int i = path.get(0);
        children.set(i, rewrite(children.get(i), path.subList(1, path.size()), kind, value));
        return new Group(g.logic(), g.negate(), children);
    }
}
