package com.stratum.ui.charts;

/**
 * Segment profiles: {@code index[segment][feature]} = the segment's mean of the feature relative to
 * everyone's mean, as an index (100 = average, 150 = half as much again). NaN where undefined.
 */
public record ProfileData(String[] segments, String[] colours, String[] features, double[][] index) {

    /** Builds the index from per-segment means and the overall means (NaN when the overall mean is 0). */
    public static ProfileData fromMeans(String[] segments, String[] colours, String[] features, double[][] means,
                                        double[] overall) {
        double[][] idx = new double[segments.length][features.length];
        for (int s = 0; s < segments.length; s++) {
            for (int f = 0; f < features.length; f++) {
                double all = overall[f];
                idx[s][f] = all == 0 || Double.isNaN(all) ? Double.NaN : means[s][f] / all * 100;
            }
        }
        return new ProfileData(segments, colours, features, idx);
    }
}
