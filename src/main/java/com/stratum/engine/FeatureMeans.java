package com.stratum.engine;

import java.util.List;

/**
 * Mean of each numeric feature (numbers, money in currency units, scores) per segment and over
 * everyone, ignoring empty values; NaN when a segment has no value for a feature.
 * {@code bySegment[segment][feature]}.
 */
public record FeatureMeans(List<String> features, double[][] bySegment, double[] overall) {

    public double mean(int segment, String feature) {
        int f = features.indexOf(feature);
        if (f < 0) {
            throw new IllegalArgumentException("No numeric feature named " + feature);
        }
        return bySegment[segment][f];
    }
}
