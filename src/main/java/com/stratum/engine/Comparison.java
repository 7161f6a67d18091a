package com.stratum.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Baseline vs scenario (two runs, two dates, or a definition and its what-if): per-segment size and
 * revenue deltas, the migration matrix and the movers. Customers are matched by id; one present on
 * one side only counts in the {@code (none)} row or column. Segments are matched by name.
 */
public final class Comparison {

    public static final String NONE = "(none)";

    private final List<String> rows;
    private final List<String> columns;
    private final long[][] matrix;
    private final List<SegmentDelta> deltas;
    private final String[] pairIds;
    private final int[] pairFrom;
    private final int[] pairTo;
    private final SegmentLabels baseline;
    private final SegmentLabels scenario;
    /** The scenario row of each baseline row, or null when the rows are the same customers in the same order. */
    private final int[] scenarioRowOf;

    private Comparison(List<String> rows, List<String> columns, long[][] matrix, List<SegmentDelta> deltas,
                       String[] pairIds, int[] pairFrom, int[] pairTo, SegmentLabels baseline, SegmentLabels scenario,
                       int[] scenarioRowOf) {
        this.baseline = baseline;
        this.scenario = scenario;
        this.scenarioRowOf = scenarioRowOf;
        this.rows = rows;
        this.columns = columns;
        this.matrix = matrix;
        this.deltas = deltas;
        this.pairIds = pairIds;
        this.pairFrom = pairFrom;
        this.pairTo = pairTo;
    }

    public static Comparison of(SegmentLabels baseline, SegmentLabels scenario) {
        List<String> rowNames = new ArrayList<>(baseline.segmentNames());
        rowNames.add(NONE);
        List<String> colNames = new ArrayList<>(scenario.segmentNames());
        colNames.add(NONE);
        int noneRow = rowNames.size() - 1;
        int noneCol = colNames.size() - 1;
        long[][] m = new long[rowNames.size()][colNames.size()];

        int nb = baseline.size();
        int ns = scenario.size();
        // a cell moves a customer when its segment names differ (checked once per cell, not per customer)
        boolean[][] moves = new boolean[rowNames.size()][colNames.size()];
        for (int r = 0; r < rowNames.size(); r++) {
            for (int c = 0; c < colNames.size(); c++) {
                moves[r][c] = !rowNames.get(r).equals(colNames.get(c));
            }
        }
        int[] baseSeg = baseline.segmentOfRow();
        int[] scenSeg = scenario.segmentOfRow();
        String[] baseIds = baseline.customerIds();
        // what-if: both sides come from one frame, so row i is the same customer on both sides
        int[] scenarioRowOf = sameIds(baseIds, scenario.customerIds()) ? null : matchIds(baseIds, scenario.customerIds());
        boolean[] scenarioSeen = scenarioRowOf == null ? null : new boolean[ns];
        // movers in primitive arrays: a slider move at a million customers may move many of them
        Movers moved = new Movers();
        for (int i = 0; i < nb; i++) {
            int r = baseSeg[i] < 0 ? noneRow : baseSeg[i];
            int j = scenarioRowOf == null ? i : scenarioRowOf[i];
            int c = noneCol;
            if (j >= 0) {
                if (scenarioSeen != null) {
                    scenarioSeen[j] = true;
                }
                c = scenSeg[j] < 0 ? noneCol : scenSeg[j];
            }
            m[r][c]++;
            if (moves[r][c]) {
                moved.add(baseIds[i], r, c);
            }
        }
        for (int j = 0; scenarioSeen != null && j < ns; j++) {
            if (!scenarioSeen[j]) {
                int c = scenSeg[j] < 0 ? noneCol : scenSeg[j];
                m[noneRow][c]++;
                if (c != noneCol) {
                    moved.add(scenario.customerIds()[j], noneRow, c);
                }
            }
        }
        return new Comparison(List.copyOf(rowNames), List.copyOf(colNames), m, deltas(baseline, scenario),
                java.util.Arrays.copyOf(moved.ids, moved.n), java.util.Arrays.copyOf(moved.from, moved.n),
                java.util.Arrays.copyOf(moved.to, moved.n), baseline, scenario, scenarioRowOf);
    }

    /** A growable list of (customer id, from row, to column) without boxing. */
    private static final class Movers {
        String[] ids = new String[64];
        int[] from = new int[64];
        int[] to = new int[64];
        int n;

        void add(String id, int r, int c) {
            if (n == ids.length) {
                ids = java.util.Arrays.copyOf(ids, n * 2);
                from = java.util.Arrays.copyOf(from, n * 2);
                to = java.util.Arrays.copyOf(to, n * 2);
            }
            ids[n] = id;
            from[n] = r;
            to[n] = c;
            n++;
        }
    }

    /** True when row i is the same customer on both sides for every i. */
    private static boolean sameIds(String[] a, String[] b) {
        if (a == b) {
            return true;
        }
        if (a.length != b.length) {
            return false;
        }
        for (int i = 0; i < a.length; i++) {
            // the same frame hands out the same String objects: identity first, equals only otherwise
            if (a[i] != b[i] && !a[i].equals(b[i])) {
                return false;
            }
        }
        return true;
    }

    /** For each baseline row, the scenario row with the same customer id, or -1. */
    private static int[] matchIds(String[] a, String[] b) {
        int[] out = new int[a.length];
        Map<String, Integer> index = new HashMap<>(b.length * 2);
        for (int j = 0; j < b.length; j++) {
            index.put(b[j], j);
        }
        for (int i = 0; i < a.length; i++) {
            Integer j = index.get(a[i]);
            out[i] = j == null ? -1 : j;
        }
        return out;
    }

    private static List<SegmentDelta> deltas(SegmentLabels baseline, SegmentLabels scenario) {
        Map<String, long[]> base = totals(baseline);
        Map<String, long[]> scen = totals(scenario);
        List<String> names = new ArrayList<>(base.keySet());
        for (String s : scen.keySet()) {
            if (!names.contains(s)) {
                names.add(s);
            }
        }
        List<SegmentDelta> out = new ArrayList<>();
        for (String s : names) {
            long[] b = base.getOrDefault(s, new long[2]);
            long[] c = scen.getOrDefault(s, new long[2]);
            out.add(new SegmentDelta(s, b[0], c[0], c[0] - b[0], pct(c[0] - b[0], b[0]),
                    b[1], c[1], c[1] - b[1], pct(c[1] - b[1], b[1])));
        }
        return out;
    }

    /** Per segment name (in segment order): {count, revenue cents}. */
    private static Map<String, long[]> totals(SegmentLabels l) {
        Map<String, long[]> out = new LinkedHashMap<>();
        for (String s : l.segmentNames()) {
            out.putIfAbsent(s, new long[2]);
        }
        long[][] bySeg = new long[l.segmentNames().size()][2];
        for (int i = 0; i < l.size(); i++) {
            int s = l.segmentOfRow()[i];
            if (s >= 0) {
                bySeg[s][0]++;
                bySeg[s][1] += l.revenueCents() == null ? 0 : l.revenueCents()[i];
            }
        }
        for (int s = 0; s < bySeg.length; s++) {
            long[] t = out.get(l.segmentNames().get(s));
            t[0] += bySeg[s][0];
            t[1] += bySeg[s][1];
        }
        return out;
    }

    private static Double pct(long diff, long base) {
        return base == 0 ? null : diff * 100.0 / base;
    }

    /** Row labels: the baseline's segments, then {@code (none)}. */
    public List<String> rowSegments() {
        return rows;
    }

    /** Column labels: the scenario's segments, then {@code (none)}. */
    public List<String> columnSegments() {
        return columns;
    }

    /** {@code matrix()[row][column]} = customers in baseline segment row and scenario segment column. */
    public long[][] matrix() {
        long[][] copy = new long[matrix.length][];
        for (int i = 0; i < matrix.length; i++) {
            copy[i] = matrix[i].clone();
        }
        return copy;
    }

    public long count(String fromSegment, String toSegment) {
        return matrix[rows.indexOf(fromSegment)][columns.indexOf(toSegment)];
    }

    public List<SegmentDelta> deltas() {
        return deltas;
    }

    /** Customers whose segment name changed (including to or from {@code (none)}), in baseline order. */
    public List<Mover> movers() {
        List<Mover> out = new ArrayList<>(pairIds.length);
        for (int p = 0; p < pairIds.length; p++) {
            out.add(new Mover(pairIds[p], rows.get(pairFrom[p]), columns.get(pairTo[p])));
        }
        return out;
    }

    public int moverCount() {
        return pairIds.length;
    }

    /**
     * Every customer id in one cell of the matrix, those who stayed included (a click on a flow band):
     * baseline order, then customers present in the scenario only.
     */
    public List<String> customers(String fromSegment, String toSegment) {
        int r = rows.indexOf(fromSegment);
        int c = columns.indexOf(toSegment);
        int noneRow = rows.size() - 1;
        int noneCol = columns.size() - 1;
        List<String> out = new ArrayList<>();
        if (r < 0 || c < 0) {
            return out;
        }
        boolean[] seen = new boolean[scenario.size()];
        for (int i = 0; i < baseline.size(); i++) {
            int j = scenarioRowOf == null ? i : scenarioRowOf[i];
            if (j >= 0) {
                seen[j] = true;
            }
            int row = baseline.segmentOfRow()[i] < 0 ? noneRow : baseline.segmentOfRow()[i];
            int col = j < 0 || scenario.segmentOfRow()[j] < 0 ? noneCol : scenario.segmentOfRow()[j];
            if (row == r && col == c) {
                out.add(baseline.customerIds()[i]);
            }
        }
        if (r == noneRow) {
            for (int j = 0; j < scenario.size(); j++) {
                int col = scenario.segmentOfRow()[j] < 0 ? noneCol : scenario.segmentOfRow()[j];
                if (!seen[j] && col == c) {
                    out.add(scenario.customerIds()[j]);
                }
            }
        }
        return out;
    }

    /** The customer ids in one off-diagonal cell (click on the heat map). */
    public List<String> movers(String fromSegment, String toSegment) {
        int r = rows.indexOf(fromSegment);
        int c = columns.indexOf(toSegment);
        List<String> out = new ArrayList<>();
        for (int p = 0; p < pairIds.length; p++) {
            if (pairFrom[p] == r && pairTo[p] == c) {
                out.add(pairIds[p]);
            }
        }
        return out;
    }
}
