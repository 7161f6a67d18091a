package com.stratum.ui.charts;

import java.util.Arrays;

/**
 * The Pareto (concentration) curve: with customers sorted by value, best first, the share of the
 * total value held by the top share of customers. Points are percentages 0..100 starting at
 * (0, 0). {@code marks} are tier boundaries as customer shares (percent), drawn as vertical lines.
 */
public record ParetoData(double[] customerPct, double[] valuePct, String[] markLabels, double[] markPct) {

    /**
     * The curve of exact values in cents, thinned to about {@code points} points. Customers with a
     * missing value are left out; negative values (net returners) count as they are, so the
     * curve can exceed 100% before it settles at the total.
     */
    public static ParetoData fromCents(long[] cents, java.util.BitSet missing, int points, String[] markLabels,
                                       double[] markPct) {
        long[] v = new long[cents.length];
        int n = 0;
        for (int i = 0; i < cents.length; i++) {
            if (missing == null || !missing.get(i)) {
                v[n++] = cents[i];
            }
        }
        v = Arrays.copyOf(v, n);
        Arrays.sort(v);
        long total = 0;
        for (long c : v) {
            total += c;
        }
        int step = Math.max(1, n / Math.max(1, points));
        int count = n == 0 ? 1 : (n + step - 1) / step + 1;
        double[] xs = new double[count];
        double[] ys = new double[count];
        long running = 0;
        int k = 1;
        for (int i = 0; i < n; i++) {
            running += v[n - 1 - i];
            if ((i + 1) % step == 0 || i == n - 1) {
                xs[k] = 100.0 * (i + 1) / n;
                ys[k] = total == 0 ? 0 : 100.0 * running / total;
                k++;
            }
        }
        return new ParetoData(Arrays.copyOf(xs, k), Arrays.copyOf(ys, k),
                markLabels == null ? new String[0] : markLabels, markPct == null ? new double[0] : markPct);
    }

    /** The curve's value share at a customer share (both percent), read off the polyline. */
    public double valueAt(double customerPercent) {
        for (int i = 1; i < customerPct.length; i++) {
            if (customerPct[i] >= customerPercent) {
                double t = (customerPercent - customerPct[i - 1]) / (customerPct[i] - customerPct[i - 1]);
                return valuePct[i - 1] + t * (valuePct[i] - valuePct[i - 1]);
            }
        }
        return valuePct.length == 0 ? 0 : valuePct[valuePct.length - 1];
    }
}
