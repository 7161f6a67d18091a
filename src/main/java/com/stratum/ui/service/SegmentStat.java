package com.stratum.ui.service;

import java.math.BigDecimal;

/**
 * One segment of a run: its key (stable, as the definition names it), its name in the user's
 * language, members and net revenue (exact).
 */
public record SegmentStat(String key, String segment, long customers, BigDecimal revenue) {
}
