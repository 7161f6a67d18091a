package com.stratum.engine;

import com.stratum.engine.definition.ClusteringSpec;
import com.stratum.engine.definition.Condition;
import com.stratum.engine.definition.Criterion;
import com.stratum.engine.definition.Definition;
import com.stratum.engine.definition.DefinitionException;
import com.stratum.engine.definition.RfmDimension;
import com.stratum.engine.definition.RfmScoring;
import com.stratum.engine.definition.SegmentSpec;
import com.stratum.engine.definition.TierLevel;
import com.stratum.engine.definition.TierSpec;
import com.stratum.features.Column;
import com.stratum.features.CustomerFrame;
import com.stratum.features.MoneyColumn;
import com.stratum.features.NumericColumn;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Evaluates definitions over one customer frame: a pure function of (definition, frame), with
 * caches that survive between calls on the same frame so a what-if re-evaluation only redoes what
 * the changed threshold touches. Keep one Evaluator per frame (the UI keeps it while the frame is
 * shown); it is safe to call from several threads.
 */
public final class Evaluator {

    /** The money feature summed as segment revenue. */
    public static final String REVENUE_FEATURE = "monetary";
    public static final String CLUSTER_COLUMN = "cluster";

    private static final String[] PALETTE = {"#1E88E5", "#43A047", "#FB8C00", "#8E24AA", "#E53935", "#00ACC1",
            "#FDD835", "#6D4C41", "#3949AB", "#C0CA33", "#D81B60", "#546E7A"};

    private final CustomerFrame frame;
    private final int n;
    private final FrameCache cache = new FrameCache();

    public Evaluator(CustomerFrame frame) {
        this.frame = frame;
        this.n = frame.size();
    }

    /** One-off evaluation (no cache kept). */
    public static Assignment evaluate(Definition definition, CustomerFrame frame) {
        return new Evaluator(frame).evaluate(definition);
    }

    public CustomerFrame frame() {
        return frame;
    }

    /** The frame's customer ids in row order, copied once per evaluator (callers must not modify it). */
    String[] customerIds() {
        return cache.stable("customer-ids", k -> {
            String[] ids = new String[n];
            for (int i = 0; i < n; i++) {
                ids[i] = frame.customerId(i);
            }
            return ids;
        });
    }

    public Assignment evaluate(Definition def) {
        Map<String, Column> derived = new LinkedHashMap<>();
        List<ScoreBins> bins = new ArrayList<>();
        Map<Column, long[][]> valueBits = new java.util.IdentityHashMap<>();
        if (def.rfm() != null) {
            scoreRfm(def.rfm(), derived, bins, valueBits);
        }
        ClusterResult clusters = null;
        List<SegmentSpec> segments = new ArrayList<>(def.segments());
        if (def.clustering() != null) {
            requireFeatures(def.clustering().features(), "the clustering", derived);
            ClusteringSpec spec = def.clustering();
            // names do not change the fit: renaming clusters must not re-run k-means
            clusters = cache.stable(new ClusterKey(spec.withClusterNames(null)),
                    k -> Clusterer.run(spec, n, name -> resolve(name, Map.of())));
            double[] col = new double[n];
            int[] c = clusters.clusterOfRow();
            for (int i = 0; i < n; i++) {
                col[i] = c[i];
            }
            derived.put(CLUSTER_COLUMN, cache.score(new ClusterColumnKey(clusters), k -> new NumericColumn(CLUSTER_COLUMN, col)));
            if (segments.isEmpty()) {
                segments.addAll(clusterSegments(spec, clusters.k()));
            }
        }
        for (SegmentSpec s : segments) {
            validate(s, derived);
        }
        CriteriaCompiler compiler = new CriteriaCompiler(n, name -> resolve(name, derived), cache, valueBits::get);
        int other = segments.size();
        int[] seg = new int[n];
        java.util.Arrays.fill(seg, other);
        long[] taken = Bitmaps.none(n);
        for (int s = 0; s < segments.size(); s++) {
            long[] m = compiler.evaluate(segments.get(s).criteria());
            for (int w = 0; w < m.length; w++) {
                long free = m[w] & ~taken[w];
                taken[w] |= free;
                int base = w << 6;
                while (free != 0) {
                    seg[base + Long.numberOfTrailingZeros(free)] = s;
                    free &= free - 1;
                }
            }
        }
        segments.add(def.everyoneElse());
        List<TierLevel> tierLevels = List.of();
        int[] tier = new int[n];
        java.util.Arrays.fill(tier, -1);
        if (def.tiers() != null) {
            TierSpec spec = def.tiers();
            requireFeatures(List.of(spec.measure()), "the tiers", derived);
            tierLevels = spec.levels();
            tier = assignTiers(spec, resolve(spec.measure(), derived), seg, segments.size());
        }
        CustomerFrame out = frame;
        for (Column c : derived.values()) {
            out = out.with(c);
        }
        List<SegmentSummary> summary = summarize(segments, seg, tier, tierLevels.size());
        return new Assignment(def, out, segments, seg, tierLevels, tier, new ArrayList<>(derived.keySet()), summary,
                bins, clusters, this::customerIds);
    }

    /** Customers matched by a criteria tree alone (live preview of one segment or condition). */
    public Match preview(Definition def, Criterion criteria) {
        Map<String, Column> derived = new LinkedHashMap<>();
        Map<Column, long[][]> valueBits = new java.util.IdentityHashMap<>();
        if (def != null && def.rfm() != null) {
            scoreRfm(def.rfm(), derived, new ArrayList<>(), valueBits);
        }
        long[] m = new CriteriaCompiler(n, name -> resolve(name, derived), cache, valueBits::get).evaluate(criteria);
        long revenue = 0;
        MoneyColumn money = revenueColumn();
        if (money != null) {
            long[] cents = money.cents();
            for (int w = 0; w < m.length; w++) {
                long bits = m[w];
                while (bits != 0) {
                    revenue += cents[(w << 6) + Long.numberOfTrailingZeros(bits)];
                    bits &= bits - 1;
                }
            }
        }
        return new Match(Bitmaps.cardinality(m), revenue);
    }

    /** A preview count: customers matched and their exact revenue in cents. */
    public record Match(long count, long revenueCents) {
    }

    private void scoreRfm(RfmScoring rfm, Map<String, Column> derived, List<ScoreBins> bins,
                          Map<Column, long[][]> valueBits) {
        requireFeatures(List.of(RfmScoring.RECENCY_FEATURE, RfmScoring.FREQUENCY_FEATURE, rfm.monetaryFeature()),
                "the RFM scoring", Map.of());
        long[] population = cache.stable("rfm-population", k -> {
            long[] p = Bitmaps.none(n);
            Column r = frame.column(RfmScoring.RECENCY_FEATURE);
            for (int i = 0; i < n; i++) {
                if (!r.isMissing(i)) {
                    p[i >>> 6] |= 1L << i;
                }
            }
            return p;
        });
        RfmScorer.Scored r = scoreDimension(RfmScoring.R_SCORE, RfmScoring.RECENCY_FEATURE, rfm.recency(), population);
        RfmScorer.Scored f = scoreDimension(RfmScoring.F_SCORE, RfmScoring.FREQUENCY_FEATURE, rfm.frequency(), population);
        RfmScorer.Scored m = scoreDimension(RfmScoring.M_SCORE, rfm.monetaryFeature(), rfm.monetary(), population);
        derived.put(RfmScoring.R_SCORE, r.column());
        derived.put(RfmScoring.F_SCORE, f.column());
        derived.put(RfmScoring.M_SCORE, m.column());
        derived.put(RfmScoring.RFM_SCORE, cache.score(new CombinedKey(r.column(), f.column(), m.column()), k -> {
            double[] rv = r.column().values();
            double[] fv = f.column().values();
            double[] mv = m.column().values();
            double[] out = new double[n];
            for (int i = 0; i < n; i++) {
                out[i] = rv[i] * 100 + fv[i] * 10 + mv[i];
            }
            return new NumericColumn(RfmScoring.RFM_SCORE, out);
        }));
        bins.add(r.bins());
        bins.add(f.bins());
        bins.add(m.bins());
        valueBits.put(r.column(), r.scoreBits());
        valueBits.put(f.column(), f.scoreBits());
        valueBits.put(m.column(), m.scoreBits());
    }

    private RfmScorer.Scored scoreDimension(String scoreName, String feature, RfmDimension dim, long[] population) {
        double[] values = doubles(feature);
        double[] sorted = cache.stable("sorted-population:" + feature, k -> SortedOrder.sortedValues(values, population));
        return cache.score(new ScoreKey(scoreName, feature, dim),
                k -> RfmScorer.score(scoreName, feature, values, sorted, population, dim));
    }

    /** The feature as doubles in its own unit (money in currency units), NaN when missing. */
    private double[] doubles(String feature) {
        Column col = frame.column(feature);
        if (col instanceof NumericColumn num) {
            return num.values();
        }
        return cache.stable("doubles:" + feature, k -> {
            double[] v = new double[n];
            for (int i = 0; i < n; i++) {
                v[i] = col.asDouble(i);
            }
            return v;
        });
    }

    private int[] assignTiers(TierSpec spec, Column measure, int[] seg, int segmentCount) {
        boolean money = measure instanceof MoneyColumn;
        double[] values = cache.stable("tier-values:" + measure.name() + ":" + System.identityHashCode(measure), k -> {
            double[] v = new double[n];
            if (measure instanceof MoneyColumn mc) {
                long[] cents = mc.cents();
                for (int i = 0; i < n; i++) {
                    v[i] = mc.isMissing(i) ? Double.NaN : cents[i];
                }
            } else {
                for (int i = 0; i < n; i++) {
                    v[i] = measure.asDouble(i);
                }
            }
            return v;
        });
        int[] order = switch (spec.method()) {
            case THRESHOLDS -> null;
            default -> cache.stable("tier-order:" + measure.name() + ":" + System.identityHashCode(measure),
                    k -> SortedOrder.ascending(values));
        };
        int[] safeSeg = seg;
        if (spec.scope() == com.stratum.engine.definition.TierScope.PER_SEGMENT) {
            // unassigned rows (-1) are stratified together with the catch-all
            for (int s : seg) {
                if (s < 0) {
                    safeSeg = seg.clone();
                    for (int i = 0; i < n; i++) {
                        if (safeSeg[i] < 0) {
                            safeSeg[i] = segmentCount - 1;
                        }
                    }
                    break;
                }
            }
        }
        return TierAssigner.assign(spec, values, order == null ? new int[0] : order, money, safeSeg, segmentCount);
    }

    private MoneyColumn revenueColumn() {
        return frame.find(REVENUE_FEATURE).filter(c -> c instanceof MoneyColumn).map(c -> (MoneyColumn) c).orElse(null);
    }

    private List<SegmentSummary> summarize(List<SegmentSpec> segments, int[] seg, int[] tier, int tierCount) {
        int s = segments.size();
        long[] count = new long[s];
        long[] revenue = new long[s];
        long[][] tiers = new long[s][tierCount];
        MoneyColumn money = revenueColumn();
        long[] cents = money == null ? null : money.cents();
        long total = 0;
        for (int i = 0; i < n; i++) {
            int g = seg[i];
            long c = cents == null ? 0 : cents[i];
            total += c;
            if (g < 0) {
                continue;
            }
            count[g]++;
            revenue[g] += c;
            if (tierCount > 0 && tier[i] >= 0) {
                tiers[g][tier[i]]++;
            }
        }
        List<SegmentSummary> out = new ArrayList<>(s);
        for (int g = 0; g < s; g++) {
            SegmentSpec spec = segments.get(g);
            out.add(new SegmentSummary(g, spec.key(), spec.name(), spec.colour(), count[g],
                    n == 0 ? 0 : (double) count[g] / n, revenue[g], total > 0 ? (double) revenue[g] / total : 0,
                    tiers[g]));
        }
        return out;
    }

    private Column resolve(String name, Map<String, Column> derived) {
        Column c = derived.get(name);
        if (c != null) {
            return c;
        }
        return frame.find(name).orElseThrow(() -> unknown(name, "a condition", derived));
    }

    private void requireFeatures(Collection<String> names, String where, Map<String, Column> derived) {
        for (String name : names) {
            if (!derived.containsKey(name) && frame.find(name).isEmpty()) {
                throw unknown(name, where, derived);
            }
        }
    }

    private void validate(SegmentSpec s, Map<String, Column> derived) {
        List<String> used = new ArrayList<>();
        collect(s.criteria(), used);
        for (String name : used) {
            if (!derived.containsKey(name) && frame.find(name).isEmpty()) {
                throw unknown(name, "segment '" + s.name() + "'", derived);
            }
        }
    }

    private static void collect(Criterion c, List<String> out) {
        if (c instanceof Condition cond) {
            out.add(cond.feature());
        } else if (c instanceof com.stratum.engine.definition.Group g) {
            g.children().forEach(ch -> collect(ch, out));
        }
    }

    private DefinitionException unknown(String name, String where, Map<String, Column> derived) {
        TreeSet<String> known = new TreeSet<>(frame.columnNames());
        known.addAll(derived.keySet());
        String hint = name.startsWith("r_score") || name.startsWith("f_score") || name.startsWith("m_score")
                || name.equals("rfm_score") ? " (score columns exist only when the definition has an RFM part)" : "";
        return new DefinitionException("Unknown feature '" + name + "' in " + where + hint + ". Known features: "
                + String.join(", ", known));
    }

    private static List<SegmentSpec> clusterSegments(ClusteringSpec spec, int k) {
        List<SegmentSpec> out = new ArrayList<>();
        for (int c = 1; c <= k; c++) {
            String name = spec.clusterNames() != null && spec.clusterNames().size() >= c
                    ? spec.clusterNames().get(c - 1) : "Cluster " + c;
            out.add(new SegmentSpec("cluster_" + c, name, PALETTE[(c - 1) % PALETTE.length],
                    "Customers k-means put in cluster " + c + "; see its profile.",
                    "Name this cluster from its profile, then give it a playbook.", null,
                    Condition.eq(CLUSTER_COLUMN, c)));
        }
        return out;
    }

    private record ScoreKey(String score, String feature, RfmDimension dim) {
    }

    private record ClusterKey(ClusteringSpec spec) {
    }

    private record ClusterColumnKey(ClusterResult result) {
        @Override
        public boolean equals(Object o) {
            return o instanceof ClusterColumnKey k && k.result == result;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(result);
        }
    }

    private record CombinedKey(Column r, Column f, Column m) {
        @Override
        public boolean equals(Object o) {
            return o instanceof CombinedKey k && k.r == r && k.f == f && k.m == m;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(r) * 31 * 31 + System.identityHashCode(f) * 31 + System.identityHashCode(m);
        }
    }
}
