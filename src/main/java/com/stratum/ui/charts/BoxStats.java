package com.stratum.ui.charts;

import java.util.Arrays;

/**
 * Five-number summary of one group for a box plot: quartiles by linear interpolation between order
 * statistics (the "type 7" rule of R and numpy), whiskers at the most extreme values within 1.5 IQR
 * of the box, and the mean. NaN values are ignored.
 */
public record BoxStats(int count, double mean, double median, double q1, double q3, double whiskerLow,
                       double whiskerHigh, double min, double max) {

    public static BoxStats of(double[] values) {
        double[] v = Arrays.stream(values).filter(d -> !Double.isNaN(d)).toArray();
        if (v.length == 0) {
            return new BoxStats(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                    Double.NaN, Double.NaN);
        }
        Arrays.sort(v);
        double sum = 0;
        for (double d : v) {
            sum += d;
        }
        double q1 = quantile(v, 0.25);
        double q3 = quantile(v, 0.75);
        double iqr = q3 - q1;
        double lowFence = q1 - 1.5 * iqr;
        double highFence = q3 + 1.5 * iqr;
        double lo = v[0];
        for (double d : v) {
            if (d >= lowFence) {
                lo = d;
                break;
            }
        }
        double hi = v[v.length - 1];
        for (int i = v.length - 1; i >= 0; i--) {
            if (v[i] <= highFence) {
                hi = v[i];
                break;
            }
        }
        return new BoxStats(v.length, sum / v.length, quantile(v, 0.5), q1, q3, lo, hi, v[0], v[v.length - 1]);
    }

    /** Quantile p of sorted values: position (n-1)p, interpolated linearly. */
    static double quantile(double[] sorted, double p) {
        double pos = (sorted.length - 1) * p;
        int lo = (int) Math.floor(pos);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
    }
}
