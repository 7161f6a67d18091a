package com.stratum.ui.results;

import com.stratum.features.CustomerFrame;

import java.time.LocalDate;
import java.util.List;

/**
 * A finished segmentation run, as the Results view reads it. The engine's assignment is adapted to
 * this (the view model computes no segmentation itself); tests can build one by hand.
 */
public interface SegmentResult {

    String definitionName();

    LocalDate asOf();

    /** The evaluated frame: the customers' features plus the score columns the run derived. */
    CustomerFrame frame();

    /** Segments in index order; the last is the catch-all. */
    List<SegmentRow> segmentRows();

    /** Segment index per frame row (shared; never modified). */
    int[] segmentOfRow();

    /** Tier names (top first); empty without tiers. */
    List<String> tierNames();

    /** Tier index per frame row, -1 for none. */
    int[] tierOfRow();

    /** Mean of each numeric feature per segment and overall (as the engine computed them). */
    SegmentMeans means();

    /** Feature means: {@code bySegment[segment][feature]}, NaN when a segment has no value. */
    record SegmentMeans(List<String> features, double[][] bySegment, double[] overall) {

        public double mean(int segment, String feature) {
            int f = features.indexOf(feature);
            return f < 0 ? Double.NaN : bySegment[segment][f];
        }
    }
}
