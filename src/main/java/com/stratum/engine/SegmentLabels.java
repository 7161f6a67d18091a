package com.stratum.engine;

import java.util.List;

/**
 * Who is in which segment, by customer id: what a comparison needs and what a stored run keeps.
 * {@code segmentOfRow[i]} indexes {@code segmentNames} (-1 for none); {@code revenueCents} (the
 * customer's monetary, exact) may be null when unknown.
 */
public record SegmentLabels(String[] customerIds, int[] segmentOfRow, List<String> segmentNames, long[] revenueCents) {

    public SegmentLabels {
        if (customerIds.length != segmentOfRow.length
                || (revenueCents != null && revenueCents.length != customerIds.length)) {
            throw new IllegalArgumentException("ids, segments and revenue must have the same length");
        }
        segmentNames = List.copyOf(segmentNames);
    }

    public int size() {
        return customerIds.length;
    }
}
