package com.stratum.engine.definition;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/**
 * k-means on the standardized {@code features} (k-means++ start, fixed {@code seed}). With
 * {@code k} null the k in {@code kMin..kMax} with the best silhouette is used (silhouette on a
 * seeded sample of at most {@code sampleSize} customers). Each cluster becomes a segment, named
 * from {@code clusterNames} when given (the analyst names them from the profiles).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"features", "k", "kMin", "kMax", "seed", "maxIterations", "sampleSize", "clusterNames"})
public record ClusteringSpec(List<String> features, Integer k, int kMin, int kMax, long seed, int maxIterations,
                             int sampleSize, List<String> clusterNames) {

    public ClusteringSpec {
        features = List.copyOf(features);
        if (features.isEmpty()) {
            throw new DefinitionException("Clustering needs at least one feature");
        }
        kMin = kMin <= 1 ? 2 : kMin;
        kMax = Math.max(kMax, kMin);
        maxIterations = maxIterations <= 0 ? 100 : maxIterations;
        sampleSize = sampleSize <= 0 ? 2000 : sampleSize;
        clusterNames = clusterNames == null ? null : List.copyOf(clusterNames);
    }

    public static ClusteringSpec suggestK(List<String> features, int kMin, int kMax, long seed) {
        return new ClusteringSpec(features, null, kMin, kMax, seed, 100, 2000, null);
    }

    public static ClusteringSpec fixedK(List<String> features, int k, long seed) {
        return new ClusteringSpec(features, k, 2, Math.max(2, k), seed, 100, 2000, null);
    }

    public ClusteringSpec withK(Integer newK) {
        return new ClusteringSpec(features, newK, kMin, kMax, seed, maxIterations, sampleSize, clusterNames);
    }

    public ClusteringSpec withClusterNames(List<String> names) {
        return new ClusteringSpec(features, k, kMin, kMax, seed, maxIterations, sampleSize, names);
    }
}
