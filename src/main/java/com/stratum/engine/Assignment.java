package com.stratum.engine;

import com.stratum.engine.definition.Definition;
import com.stratum.engine.definition.SegmentSpec;
import com.stratum.engine.definition.TierLevel;
import com.stratum.features.CategoricalColumn;
import com.stratum.features.Column;
import com.stratum.features.CustomerFrame;
import com.stratum.features.MoneyColumn;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The result of evaluating a definition over a frame: per customer row a segment index (into
 * {@link #segments()}, the last being "everyone else") and a tier index (into {@link #tiers()},
 * -1 for none), the derived score columns, and the per-segment summary. {@link #frame()} is the
 * input frame plus the derived columns ({@code r_score}, {@code f_score}, {@code m_score},
 * {@code rfm_score}, {@code cluster}), so charts and exports read every value from one place.
 */
public final class Assignment {

    private final Definition definition;
    private final CustomerFrame frame;
    private final List<SegmentSpec> segments;
    private final int[] segmentOfRow;
    private final List<TierLevel> tiers;
    private final int[] tierOfRow;
    private final List<String> derivedColumns;
    private final List<SegmentSummary> summary;
    private final List<ScoreBins> scoreBins;
    private final ClusterResult clusters;
    private volatile FeatureMeans means;
    /** The frame's customer ids as one array, shared by every assignment of one evaluator (never modified). */
    private final java.util.function.Supplier<String[]> customerIds;

    Assignment(Definition definition, CustomerFrame frame, List<SegmentSpec> segments, int[] segmentOfRow,
               List<TierLevel> tiers, int[] tierOfRow, List<String> derivedColumns, List<SegmentSummary> summary,
               List<ScoreBins> scoreBins, ClusterResult clusters, java.util.function.Supplier<String[]> customerIds) {
        this.customerIds = customerIds;
        this.definition = definition;
        this.frame = frame;
        this.segments = List.copyOf(segments);
        this.segmentOfRow = segmentOfRow;
        this.tiers = List.copyOf(tiers);
        this.tierOfRow = tierOfRow;
        this.derivedColumns = List.copyOf(derivedColumns);
        this.summary = List.copyOf(summary);
        this.scoreBins = List.copyOf(scoreBins);
        this.clusters = clusters;
    }

    public Definition definition() {
        return definition;
    }

    /** The evaluated frame: the input columns plus the derived score columns. */
    public CustomerFrame frame() {
        return frame;
    }

    public int size() {
        return segmentOfRow.length;
    }

    /** Segments in index order; the last is the catch-all ("everyone else"). */
    public List<SegmentSpec> segments() {
        return segments;
    }

    /** Segment index per customer row (shared array: do not modify). */
    public int[] segmentOfRow() {
        return segmentOfRow;
    }

    public String segmentName(int row) {
        return segments.get(segmentOfRow[row]).name();
    }

    /** Tier levels (top first); empty when the definition has no tiers. */
    public List<TierLevel> tiers() {
        return tiers;
    }

    /** Tier index per customer row, -1 for none (shared array: do not modify). */
    public int[] tierOfRow() {
        return tierOfRow;
    }

    /** The tier name, or null when the customer has none. */
    public String tierName(int row) {
        int t = tierOfRow[row];
        return t < 0 ? null : tiers.get(t).name();
    }

    /** Names of the columns the evaluation added to the frame, e.g. r_score, f_score, m_score, rfm_score. */
    public List<String> derivedColumns() {
        return derivedColumns;
    }

    public List<SegmentSummary> summary() {
        return summary;
    }

    /** How each RFM dimension was scored (cuts, counts, empty scores); empty without RFM. */
    public List<ScoreBins> scoreBins() {
        return scoreBins;
    }

    /** Warnings for the editor, e.g. scores left empty by ties. */
    public List<String> warnings() {
        List<String> out = new ArrayList<>();
        for (ScoreBins b : scoreBins) {
            if (b.warning() != null) {
                out.add(b.warning());
            }
        }
        return out;
    }

    public Optional<ClusterResult> clusters() {
        return Optional.ofNullable(clusters);
    }

    /** Rows of one segment, ascending. */
    public int[] rowsOf(int segment) {
        int c = 0;
        for (int s : segmentOfRow) {
            if (s == segment) {
                c++;
            }
        }
        int[] out = new int[c];
        int j = 0;
        for (int i = 0; i < segmentOfRow.length; i++) {
            if (segmentOfRow[i] == segment) {
                out[j++] = i;
            }
        }
        return out;
    }

    /** The mean of every numeric feature per segment; computed on first use (one pass per feature). */
    public FeatureMeans featureMeans() {
        FeatureMeans m = means;
        if (m == null) {
            m = computeMeans();
            means = m;
        }
        return m;
    }

    private FeatureMeans computeMeans() {
        List<String> names = new ArrayList<>();
        List<Column> cols = new ArrayList<>();
        for (Column c : frame.columns()) {
            if (!(c instanceof CategoricalColumn) && !(c instanceof com.stratum.features.DateColumn)) {
                names.add(c.name());
                cols.add(c);
            }
        }
        int s = segments.size();
        int f = cols.size();
        double[][] out = new double[s][f];
        double[] overall = new double[f];
        int n = size();
        for (int j = 0; j < f; j++) {
            double[] sum = new double[s];
            long[] cnt = new long[s];
            Column col = cols.get(j);
            if (col instanceof MoneyColumn money) {
                long[] cents = money.cents();
                long[] sumC = new long[s];
                for (int i = 0; i < n; i++) {
                    if (!money.isMissing(i)) {
                        sumC[segmentOfRow[i]] += cents[i];
                        cnt[segmentOfRow[i]]++;
                    }
                }
                for (int g = 0; g < s; g++) {
                    sum[g] = sumC[g] / 100.0;
                }
            } else {
                for (int i = 0; i < n; i++) {
                    double v = col.asDouble(i);
                    if (!Double.isNaN(v)) {
                        sum[segmentOfRow[i]] += v;
                        cnt[segmentOfRow[i]]++;
                    }
                }
            }
            double all = 0;
            long allCnt = 0;
            for (int g = 0; g < s; g++) {
                out[g][j] = cnt[g] == 0 ? Double.NaN : sum[g] / cnt[g];
                all += sum[g];
                allCnt += cnt[g];
            }
            overall[j] = allCnt == 0 ? Double.NaN : all / allCnt;
        }
        return new FeatureMeans(names, out, overall);
    }

    /** The plain labels a comparison needs (also what a stored run keeps). */
    public SegmentLabels labels() {
        // one shared array per evaluator: what-if labels of baseline and scenario are then the same rows,
        // which the comparison sees at once (no per-customer id matching, no copy per slider position)
        String[] ids = customerIds.get();
        List<String> names = segments.stream().map(SegmentSpec::name).toList();
        long[] revenue = null;
        Optional<Column> m = frame.find("monetary");
        if (m.isPresent() && m.get() instanceof MoneyColumn money) {
            revenue = money.cents();
        }
        return new SegmentLabels(ids, segmentOfRow, names, revenue);
    }
}
