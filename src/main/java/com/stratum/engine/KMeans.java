package com.stratum.engine;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * k-means on a row-major matrix (n rows x d columns, already standardized): k-means++ start from a
 * fixed seed, then Lloyd iterations until no row changes cluster. Deterministic for a given seed.
 */
final class KMeans {

    record Fit(int k, int[] labels, double[] centroids, int iterations, double inertia) {
    }

    private KMeans() {
    }

    static Fit fit(double[] x, int n, int d, int k, long seed, int maxIterations) {
        if (n == 0) {
            return new Fit(k, new int[0], new double[k * d], 0, 0);
        }
        k = Math.min(k, n);
        double[] c = plusPlus(x, n, d, k, new SplittableRandom(seed));
        int[] labels = new int[n];
        Arrays.fill(labels, -1);
        int it = 0;
        boolean changed = true;
        double[] dist = new double[n];
        while (changed && it < maxIterations) {
            changed = false;
            it++;
            for (int i = 0; i < n; i++) {
                int best = 0;
                double bestD = Double.POSITIVE_INFINITY;
                for (int j = 0; j < k; j++) {
                    double s = sq(x, i, c, j, d);
                    if (s < bestD) {
                        bestD = s;
                        best = j;
                    }
                }
                dist[i] = bestD;
                if (labels[i] != best) {
                    labels[i] = best;
                    changed = true;
                }
            }
            double[] sum = new double[k * d];
            int[] cnt = new int[k];
            for (int i = 0; i < n; i++) {
                int j = labels[i];
                cnt[j]++;
                for (int f = 0; f < d; f++) {
                    sum[j * d + f] += x[i * d + f];
                }
            }
            for (int j = 0; j < k; j++) {
                if (cnt[j] == 0) {
                    // an emptied cluster restarts at the row farthest from its centre
                    int far = 0;
                    for (int i = 1; i < n; i++) {
                        if (dist[i] > dist[far]) {
                            far = i;
                        }
                    }
                    System.arraycopy(x, far * d, c, j * d, d);
                    dist[far] = 0;
                    changed = true;
                } else {
                    for (int f = 0; f < d; f++) {
                        c[j * d + f] = sum[j * d + f] / cnt[j];
                    }
                }
            }
        }
        double inertia = 0;
        for (int i = 0; i < n; i++) {
            inertia += sq(x, i, c, labels[i], d);
        }
        return new Fit(k, labels, c, it, inertia);
    }

    /** k-means++: each next centre is drawn with probability proportional to squared distance. */
    private static double[] plusPlus(double[] x, int n, int d, int k, SplittableRandom rnd) {
        double[] c = new double[k * d];
        int first = rnd.nextInt(n);
        System.arraycopy(x, first * d, c, 0, d);
        double[] d2 = new double[n];
        for (int i = 0; i < n; i++) {
            d2[i] = sq(x, i, c, 0, d);
        }
        for (int j = 1; j < k; j++) {
            double total = 0;
            for (double v : d2) {
                total += v;
            }
            int pick;
            if (total == 0) {
                pick = rnd.nextInt(n);
            } else {
                double r = rnd.nextDouble() * total;
                pick = n - 1;
                double acc = 0;
                for (int i = 0; i < n; i++) {
                    acc += d2[i];
                    if (acc >= r) {
                        pick = i;
                        break;
                    }
                }
            }
            System.arraycopy(x, pick * d, c, j * d, d);
            for (int i = 0; i < n; i++) {
                double s = sq(x, i, c, j, d);
                if (s < d2[i]) {
                    d2[i] = s;
                }
            }
        }
        return c;
    }

    static double sq(double[] x, int i, double[] c, int j, int d) {
        double s = 0;
        int a = i * d;
        int b = j * d;
        for (int f = 0; f < d; f++) {
            double t = x[a + f] - c[b + f];
            s += t * t;
        }
        return s;
    }

    /**
     * Mean silhouette of the given rows: s(i) = (b - a) / max(a, b) with a the mean distance to the
     * other rows of its cluster and b the smallest mean distance to another cluster's rows; a row
     * alone in its cluster scores 0 (Rousseeuw 1987).
     */
    static double silhouette(double[] x, int d, int[] rows, int[] labels, int k) {
        int m = rows.length;
        if (m < 2) {
            return 0;
        }
        int[] size = new int[k];
        for (int r : rows) {
            size[labels[r]]++;
        }
        double total = 0;
        double[] sumTo = new double[k];
        for (int p = 0; p < m; p++) {
            int i = rows[p];
            Arrays.fill(sumTo, 0);
            for (int q = 0; q < m; q++) {
                if (q != p) {
                    int j = rows[q];
                    sumTo[labels[j]] += Math.sqrt(dist2(x, i, j, d));
                }
            }
            int own = labels[i];
            if (size[own] <= 1) {
                continue;
            }
            double a = sumTo[own] / (size[own] - 1);
            double b = Double.POSITIVE_INFINITY;
            for (int c = 0; c < k; c++) {
                if (c != own && size[c] > 0) {
                    b = Math.min(b, sumTo[c] / size[c]);
                }
            }
            if (b == Double.POSITIVE_INFINITY) {
                continue;
            }
            double mx = Math.max(a, b);
            total += mx == 0 ? 0 : (b - a) / mx;
        }
        return total / m;
    }

    private static double dist2(double[] x, int i, int j, int d) {
        double s = 0;
        for (int f = 0; f < d; f++) {
            double t = x[i * d + f] - x[j * d + f];
            s += t * t;
        }
        return s;
    }

    /** {@code m} distinct rows of {@code 0..n-1}, drawn with a seeded partial Fisher-Yates shuffle, ascending. */
    static int[] sample(int n, int m, long seed) {
        if (m >= n) {
            int[] all = new int[n];
            for (int i = 0; i < n; i++) {
                all[i] = i;
            }
            return all;
        }
        int[] idx = new int[n];
        for (int i = 0; i < n; i++) {
            idx[i] = i;
        }
        SplittableRandom rnd = new SplittableRandom(seed);
        for (int i = 0; i < m; i++) {
            int j = i + rnd.nextInt(n - i);
            int t = idx[i];
            idx[i] = idx[j];
            idx[j] = t;
        }
        int[] out = Arrays.copyOf(idx, m);
        Arrays.sort(out);
        return out;
    }
}
