package com.stratum.ui.service;

import java.math.BigDecimal;

/** One segment of a run: its name (as the engine names it), members and net revenue (exact). */
public record SegmentStat(String segment, long customers, BigDecimal revenue) {
}
