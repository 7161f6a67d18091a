package com.stratum.engine;

import java.util.List;
import java.util.SortedMap;

/**
 * The outcome of the clustering part: the k used, the silhouette per k tried (empty when k was
 * fixed), each cluster's profile, and the 1-based cluster per customer (the {@code cluster} column).
 */
public record ClusterResult(int k, SortedMap<Integer, Double> silhouetteByK, List<ClusterProfile> profiles,
                            int[] clusterOfRow, int iterations) {

    /** The k with the best silhouette among those tried, or k when none were. */
    public int suggestedK() {
        int best = k;
        double bestS = Double.NEGATIVE_INFINITY;
        for (var e : silhouetteByK.entrySet()) {
            if (e.getValue() > bestS) {
                bestS = e.getValue();
                best = e.getKey();
            }
        }
        return best;
    }
}
