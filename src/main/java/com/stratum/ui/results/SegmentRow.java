package com.stratum.ui.results;

import java.math.BigDecimal;

/**
 * One line of the segment table. Shares are fractions (0..1) computed exactly from the counts and
 * sums; {@code revenueShare} is null when the run's total revenue is not positive (a share of a
 * zero or negative total means nothing).
 */
public record SegmentRow(String key, String segment, long customers, BigDecimal share, BigDecimal revenue,
                         BigDecimal revenueShare) {
}
