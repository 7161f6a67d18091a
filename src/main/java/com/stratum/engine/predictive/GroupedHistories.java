package com.stratum.engine.predictive;

import java.util.Arrays;

/**
 * Customers with the same (x, t_x, T) grouped with a weight, and the distinct t_x and T values indexed,
 * so that a likelihood evaluation costs one pass over the groups with logarithms looked up per distinct
 * time value and gamma functions computed per distinct x.
 */
final class GroupedHistories {

    final int[] x;
    final int[] txIndex;
    final int[] tIndex;
    final double[] weight;
    final double[] txValues;
    final double[] tValues;
    final boolean[] xPresent;
    final int maxX;

    /** The sorted group keys, for {@link #groupOf}. */
    private final long[] keys;

    private GroupedHistories(int[] x, int[] txIndex, int[] tIndex, double[] weight, double[] txValues,
                             double[] tValues, long[] keys) {
        this.keys = keys;
        this.x = x;
        this.txIndex = txIndex;
        this.tIndex = tIndex;
        this.weight = weight;
        this.txValues = txValues;
        this.tValues = tValues;
        int m = 0;
        for (int v : x) {
            m = Math.max(m, v);
        }
        this.maxX = m;
        this.xPresent = new boolean[m + 1];
        for (int v : x) {
            xPresent[v] = true;
        }
    }

    private ParetoNbdModel.ParetoPairs paretoPairs;

    /** The distinct (x, t_x) and (x, T) pairs, built once. */
    synchronized ParetoNbdModel.ParetoPairs paretoPairs() {
        if (paretoPairs == null) {
            int n = size();
            // key: x, which time array (0 = t_x, 1 = T), index in it
            long[] keys = new long[2 * n];
            for (int i = 0; i < n; i++) {
                keys[2 * i] = ((long) x[i] << 22) | txIndex[i];
                keys[2 * i + 1] = ((long) x[i] << 22) | (1L << 21) | tIndex[i];
            }
            long[] sorted = keys.clone();
            Arrays.sort(sorted);
            int k = 0;
            for (int i = 0; i < sorted.length; i++) {
                if (i == 0 || sorted[i] != sorted[k - 1]) {
                    sorted[k++] = sorted[i];
                }
            }
            long[] distinct = Arrays.copyOf(sorted, k);
            int[] px = new int[k];
            double[] time = new double[k];
            for (int j = 0; j < k; j++) {
                px[j] = (int) (distinct[j] >>> 22);
                int idx = (int) (distinct[j] & ((1 << 21) - 1));
                time[j] = (distinct[j] & (1L << 21)) == 0 ? txValues[idx] : tValues[idx];
            }
            int[] txPair = new int[n];
            int[] tPair = new int[n];
            for (int i = 0; i < n; i++) {
                txPair[i] = Arrays.binarySearch(distinct, keys[2 * i]);
                tPair[i] = Arrays.binarySearch(distinct, keys[2 * i + 1]);
            }
            paretoPairs = new ParetoNbdModel.ParetoPairs(px, time, txPair, tPair);
        }
        return paretoPairs;
    }

    int size() {
        return x.length;
    }

    /** For groups built by {@link #forSummary}: the group of each summary row. */
    int[] customerGroup;

    /** Built once per summary (the fits, the holdout check and the predictions all need it). */
    private static final java.util.Map<CalibrationSummary, GroupedHistories> CACHE =
            java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    /** The groups of a summary's customers, cached while the summary is alive (records of arrays hash by identity). */
    static GroupedHistories forSummary(CalibrationSummary s) {
        GroupedHistories g = CACHE.get(s);
        if (g == null) {
            g = of(s.x(), s.tx(), s.T());
            g.customerGroup = g.groupOf(s.x(), s.tx(), s.T());
            CACHE.put(s, g);
        }
        return g;
    }

    static GroupedHistories of(int[] x, double[] tx, double[] bigT) {
        int n = x.length;
        double[] txValues = distinct(tx);
        double[] tValues = distinct(bigT);
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            long xi = x[i];
            long a = Arrays.binarySearch(txValues, tx[i]);
            long b = Arrays.binarySearch(tValues, bigT[i]);
            keys[i] = (xi << 42) | (a << 21) | b;
        }
        if (txValues.length >= (1 << 21) || tValues.length >= (1 << 21)) {
            throw new IllegalArgumentException("too many distinct times to group");
        }
        Arrays.sort(keys);
        int groups = 0;
        for (int i = 0; i < n; i++) {
            if (i == 0 || keys[i] != keys[i - 1]) {
                groups++;
            }
        }
        long[] distinctKeys = new long[groups];
        int[] gx = new int[groups];
        int[] gtx = new int[groups];
        int[] gt = new int[groups];
        double[] w = new double[groups];
        int g = -1;
        for (int i = 0; i < n; i++) {
            if (i == 0 || keys[i] != keys[i - 1]) {
                g++;
                distinctKeys[g] = keys[i];
                gx[g] = (int) (keys[i] >>> 42);
                gtx[g] = (int) ((keys[i] >>> 21) & ((1 << 21) - 1));
                gt[g] = (int) (keys[i] & ((1 << 21) - 1));
            }
            w[g]++;
        }
        return new GroupedHistories(gx, gtx, gt, w, txValues, tValues, distinctKeys);
    }

    /** The group of each of the given customers (the arrays this was built from). */
    int[] groupOf(int[] x, double[] tx, double[] bigT) {
        int[] out = new int[x.length];
        java.util.stream.IntStream.range(0, x.length).parallel().forEach(i -> {
            long a = Arrays.binarySearch(txValues, tx[i]);
            long b = Arrays.binarySearch(tValues, bigT[i]);
            out[i] = Arrays.binarySearch(keys, ((long) x[i] << 42) | (a << 21) | b);
        });
        return out;
    }

    private static double[] distinct(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        int k = 0;
        for (int i = 0; i < s.length; i++) {
            if (i == 0 || s[i] != s[k - 1]) {
                s[k++] = s[i];
            }
        }
        return Arrays.copyOf(s, k);
    }
}
