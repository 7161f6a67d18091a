package com.stratum.engine;

import com.stratum.engine.definition.ScoringMethod;

import java.util.ArrayList;
import java.util.List;

/**
 * How one RFM dimension was scored: the cut points actually used (in the measure's unit), the
 * customer count per score (index 0 = score 1) and the scores left empty, e.g. when 45% of
 * customers share frequency 1 and quintile cuts coincide.
 */
public record ScoreBins(String scoreColumn, String feature, ScoringMethod method, int bins, double[] cuts,
                        long[] counts) {

    /** Scores (1-based) that no customer received. */
    public List<Integer> emptyScores() {
        List<Integer> out = new ArrayList<>();
        for (int s = 0; s < counts.length; s++) {
            if (counts[s] == 0) {
                out.add(s + 1);
            }
        }
        return out;
    }

    /** A sentence for the editor, or null when every score has customers. */
    public String warning() {
        List<Integer> empty = emptyScores();
        if (empty.isEmpty()) {
            return null;
        }
        return scoreColumn + ": score" + (empty.size() > 1 ? "s " : " ") + empty
                + " got no customers because many customers share the same " + feature + " value (equal values always get equal scores).";
    }
}
