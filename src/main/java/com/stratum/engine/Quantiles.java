package com.stratum.engine;

/** The quantile rules the scoring methods use, on an ascending array without missing values. */
final class Quantiles {

    private Quantiles() {
    }

    /**
     * Cut points for {@code bins} equal-count bins (the inverse empirical distribution, Hyndman-Fan
     * type 1): cut k (k = 1..bins-1) is the smallest value with at least k/bins of the values at or
     * below it, i.e. {@code sorted[ceil(k * N / bins) - 1]}. Integer arithmetic, so no rounding noise.
     */
    static double[] lowerCuts(double[] sorted, int bins) {
        int n = sorted.length;
        double[] cuts = new double[bins - 1];
        if (n == 0) {
            java.util.Arrays.fill(cuts, Double.NaN);
            return cuts;
        }
        for (int k = 1; k < bins; k++) {
            long pos = ((long) k * n + bins - 1) / bins; // ceil(k*n/bins), 1-based
            cuts[k - 1] = sorted[(int) Math.max(0, pos - 1)];
        }
        return cuts;
    }

    /**
     * R's {@code quantile(x, p, type = 7)} exactly as R's {@code quantile.default} computes it:
     * {@code index <- 1 + (n - 1) * p; lo <- floor(index); hi <- ceiling(index); qs <- x[lo];}
     * and, when {@code index > lo} and {@code x[hi] != qs}, {@code qs <- (1 - h) * qs + h * x[hi]}
     * with {@code h = index - lo} (same operation order, so the same double results).
     */
    static double type7(double[] sorted, double p) {
        int n = sorted.length;
        if (n == 0) {
            return Double.NaN;
        }
        double index = 1 + Math.max(n - 1, 0) * p;
        int lo = (int) Math.floor(index);
        int hi = (int) Math.ceil(index);
        double qs = sorted[lo - 1];
        double xhi = sorted[hi - 1];
        if (index > lo && xhi != qs) {
            double h = index - lo;
            qs = (1 - h) * qs + h * xhi;
        }
        return qs;
    }

    /**
     * The breaks of R package {@code rfm} 0.3.0 ({@code R/utils.R}, function {@code bins}):
     * {@code quantile(x, probs = seq(0, 1, length.out = n_bins + 1))}, dropping the first and last,
     * then {@code + 1}. R's {@code seq} builds the probabilities as {@code from + (1:(n-1)) * ((to - from)/n1)}.
     */
    static double[] rfmPackageBreaks(double[] sorted, int bins) {
        double by = 1.0 / bins;
        double[] out = new double[bins - 1];
        for (int k = 1; k < bins; k++) {
            out[k - 1] = type7(sorted, k * by) + 1;
        }
        return out;
    }
}
