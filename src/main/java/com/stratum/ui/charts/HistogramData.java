package com.stratum.ui.charts;

/** Counts of values in equal-width bins: {@code edges} has one more entry than {@code counts}. */
public record HistogramData(double[] edges, long[] counts) {

    /** Equal-width bins over [min, max] of the non-missing values (the last bin includes max). */
    public static HistogramData of(double[] values, int bins) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        if (lo > hi) {
            return new HistogramData(new double[] {0, 1}, new long[1]);
        }
        if (hi == lo) {
            hi = lo + 1;
        }
        double[] edges = new double[bins + 1];
        for (int b = 0; b <= bins; b++) {
            edges[b] = lo + (hi - lo) * b / bins;
        }
        long[] counts = new long[bins];
        double width = (hi - lo) / bins;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                counts[Math.min(bins - 1, (int) ((v - lo) / width))]++;
            }
        }
        return new HistogramData(edges, counts);
    }

    public int bins() {
        return counts.length;
    }

    public double min() {
        return edges[0];
    }

    public double max() {
        return edges[edges.length - 1];
    }
}
