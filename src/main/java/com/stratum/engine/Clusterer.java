package com.stratum.engine;

import com.stratum.engine.definition.ClusteringSpec;
import com.stratum.engine.definition.DefinitionException;
import com.stratum.features.CategoricalColumn;
import com.stratum.features.Column;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Runs the clustering part: standardizes the chosen features (z-scores; an empty value becomes the
 * mean, 0), picks k by silhouette when asked, fits k-means on every customer and profiles clusters.
 */
final class Clusterer {

    /** Candidate k are fitted on at most this many customers (seeded sample) to keep the search quick. */
    static final int SEARCH_FIT_ROWS = 20_000;

    private Clusterer() {
    }

    static ClusterResult run(ClusteringSpec spec, int n, Function<String, Column> columns) {
        List<String> features = spec.features();
        int d = features.size();
        double[][] raw = new double[d][];
        double[] mean = new double[d];
        double[] sd = new double[d];
        for (int f = 0; f < d; f++) {
            Column col = columns.apply(features.get(f));
            if (col instanceof CategoricalColumn) {
                throw new DefinitionException("Clustering needs numeric features; '" + features.get(f) + "' is a category");
            }
            double[] v = new double[n];
            double s = 0;
            long cnt = 0;
            for (int i = 0; i < n; i++) {
                v[i] = col.asDouble(i);
                if (!Double.isNaN(v[i])) {
                    s += v[i];
                    cnt++;
                }
            }
            double m = cnt == 0 ? 0 : s / cnt;
            double ss = 0;
            for (int i = 0; i < n; i++) {
                if (!Double.isNaN(v[i])) {
                    ss += (v[i] - m) * (v[i] - m);
                }
            }
            raw[f] = v;
            mean[f] = m;
            sd[f] = cnt > 1 ? Math.sqrt(ss / (cnt - 1)) : 0;
        }
        double[] x = new double[n * d];
        for (int i = 0; i < n; i++) {
            for (int f = 0; f < d; f++) {
                double v = raw[f][i];
                x[i * d + f] = Double.isNaN(v) || sd[f] == 0 ? 0 : (v - mean[f]) / sd[f];
            }
        }
        SortedMap<Integer, Double> silhouettes = new TreeMap<>();
        int k;
        if (spec.k() != null) {
            k = spec.k();
        } else {
            int[] fitRows = KMeans.sample(n, SEARCH_FIT_ROWS, spec.seed());
            double[] xs = subset(x, d, fitRows);
            int m = fitRows.length;
            int[] silRows = KMeans.sample(m, spec.sampleSize(), spec.seed() + 1);
            k = spec.kMin();
            double best = Double.NEGATIVE_INFINITY;
            for (int kk = spec.kMin(); kk <= Math.min(spec.kMax(), Math.max(m - 1, spec.kMin())); kk++) {
                KMeans.Fit fit = KMeans.fit(xs, m, d, kk, spec.seed(), spec.maxIterations());
                double s = KMeans.silhouette(xs, d, silRows, fit.labels(), fit.k());
                silhouettes.put(kk, s);
                if (s > best + 1e-12) {
                    best = s;
                    k = kk;
                }
            }
        }
        if (k < 1) {
            throw new DefinitionException("Clustering needs k of at least 1, not " + k);
        }
        KMeans.Fit fit = KMeans.fit(x, n, d, k, spec.seed(), spec.maxIterations());
        int[] cluster = new int[n];
        for (int i = 0; i < n; i++) {
            cluster[i] = fit.labels()[i] + 1;
        }
        return new ClusterResult(fit.k(), silhouettes, profiles(fit, raw, mean, sd, features), cluster, fit.iterations());
    }

    private static double[] subset(double[] x, int d, int[] rows) {
        double[] out = new double[rows.length * d];
        for (int p = 0; p < rows.length; p++) {
            System.arraycopy(x, rows[p] * d, out, p * d, d);
        }
        return out;
    }

    private static List<ClusterProfile> profiles(KMeans.Fit fit, double[][] raw, double[] mean, double[] sd,
                                                 List<String> features) {
        int k = fit.k();
        int d = features.size();
        double[][] sum = new double[k][d];
        long[][] cnt = new long[k][d];
        long[] size = new long[k];
        int[] labels = fit.labels();
        for (int i = 0; i < labels.length; i++) {
            int c = labels[i];
            size[c]++;
            for (int f = 0; f < d; f++) {
                double v = raw[f][i];
                if (!Double.isNaN(v)) {
                    sum[c][f] += v;
                    cnt[c][f]++;
                }
            }
        }
        List<ClusterProfile> out = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            double[] m = new double[d];
            double[] z = new double[d];
            for (int f = 0; f < d; f++) {
                m[f] = cnt[c][f] == 0 ? Double.NaN : sum[c][f] / cnt[c][f];
                z[f] = sd[f] == 0 || Double.isNaN(m[f]) ? 0 : (m[f] - mean[f]) / sd[f];
            }
            out.add(new ClusterProfile(c + 1, size[c], features, m, mean.clone(), z));
        }
        return out;
    }
}
