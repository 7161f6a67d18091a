package com.stratum.ui.charts;

import java.util.SplittableRandom;

/**
 * Points of two features coloured by segment: {@code group[i]} indexes {@code segments}. Large
 * inputs are thinned by {@link #sample(int, long)} so the chart stays fluid.
 */
public record ScatterData(String[] segments, String[] colours, double[] x, double[] y, int[] group) {

    public ScatterData {
        if (x.length != y.length || x.length != group.length) {
            throw new IllegalArgumentException("x, y and group must have the same length");
        }
    }

    public int size() {
        return x.length;
    }

    /**
     * At most {@code max} points chosen uniformly at random (seeded, so the same data gives the
     * same picture), skipping points with a missing coordinate. Selection sampling (Knuth's
     * algorithm S) keeps the points in their original order in one pass.
     */
    public ScatterData sample(int max, long seed) {
        int valid = 0;
        for (int i = 0; i < x.length; i++) {
            if (!Double.isNaN(x[i]) && !Double.isNaN(y[i]) && group[i] >= 0) {
                valid++;
            }
        }
        int want = Math.min(max, valid);
        double[] sx = new double[want];
        double[] sy = new double[want];
        int[] sg = new int[want];
        SplittableRandom random = new SplittableRandom(seed);
        int seen = 0;
        int taken = 0;
        for (int i = 0; i < x.length && taken < want; i++) {
            if (Double.isNaN(x[i]) || Double.isNaN(y[i]) || group[i] < 0) {
                continue;
            }
            if (random.nextDouble() * (valid - seen) < want - taken) {
                sx[taken] = x[i];
                sy[taken] = y[i];
                sg[taken] = group[i];
                taken++;
            }
            seen++;
        }
        return new ScatterData(segments, colours, sx, sy, sg);
    }
}
