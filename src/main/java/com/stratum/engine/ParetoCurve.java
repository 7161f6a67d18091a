package com.stratum.engine;

import com.stratum.features.Column;
import com.stratum.features.CustomerFrame;
import com.stratum.features.MoneyColumn;

import java.util.Arrays;

/**
 * Cumulative share of a measure (e.g. revenue) against cumulative share of customers, best customers
 * first, sampled at {@code points + 1} evenly spaced customer shares (0 .. 1). Only positive values
 * count towards the total, as in cumulative-share tiers.
 */
public record ParetoCurve(double[] customerShare, double[] measureShare) {

    public static ParetoCurve of(CustomerFrame frame, String measure, int points) {
        Column c = frame.column(measure);
        int n = frame.size();
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            double x = c instanceof MoneyColumn m ? (m.isMissing(i) ? 0 : m.cents()[i]) : c.asDouble(i);
            v[i] = Double.isNaN(x) || x < 0 ? 0 : x;
        }
        Arrays.sort(v);
        double total = 0;
        for (double x : v) {
            total += x;
        }
        double[] cs = new double[points + 1];
        double[] ms = new double[points + 1];
        double acc = 0;
        int taken = 0;
        for (int p = 0; p <= points; p++) {
            int upTo = (int) Math.round((double) p * n / points);
            while (taken < upTo) {
                acc += v[n - 1 - taken];
                taken++;
            }
            cs[p] = n == 0 ? 0 : (double) upTo / n;
            ms[p] = total == 0 ? 0 : acc / total;
        }
        return new ParetoCurve(cs, ms);
    }
}
