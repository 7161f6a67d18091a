package com.stratum.engine;

import java.util.List;

/**
 * How one cluster differs from everyone: per feature (in {@code features} order) the cluster's
 * mean, the overall mean, and the z-score (cluster mean - overall mean) / overall standard
 * deviation, so "+1.8 frequency, -1.2 recency_days" reads as "frequent and recent".
 */
public record ClusterProfile(int cluster, long size, List<String> features, double[] means, double[] overallMeans,
                             double[] zScores) {
}
