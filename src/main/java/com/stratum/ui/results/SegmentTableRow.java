package com.stratum.ui.results;

import java.math.BigDecimal;

/**
 * One line of the segment table: the engine's figures plus the segment's average recency,
 * frequency and monetary (means the engine computed; NaN when the segment has none).
 */
public record SegmentTableRow(int index, String name, String colour, long count, double share, BigDecimal revenue,
                              double revenueShare, double avgRecency, double avgFrequency, double avgMonetary,
                              String strategy) {
}
