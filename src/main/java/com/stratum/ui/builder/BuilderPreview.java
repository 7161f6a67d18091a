package com.stratum.ui.builder;

import com.stratum.engine.Assignment;
import com.stratum.engine.Evaluator;

import java.util.Map;

/**
 * The live counts of the definition being edited: per segment (as the run will assign them, first
 * match wins) the customers and their revenue, and per node of the selected segment's criteria the
 * customers that node alone matches. {@code error} is set instead when the definition cannot be
 * evaluated (e.g. a feature the data lacks).
 */
public record BuilderPreview(Assignment assignment, long[] counts, long[] revenueCents, long totalRevenueCents,
                             int segment, Map<CriteriaPath, Evaluator.Match> nodes, String error) {

    public static BuilderPreview failed(String message) {
        return new BuilderPreview(null, new long[0], new long[0], 0, -1, Map.of(), message);
    }

    public boolean ok() {
        return error == null;
    }

    public double revenueShare(long cents) {
        return totalRevenueCents > 0 ? (double) cents / totalRevenueCents : Double.NaN;
    }
}
