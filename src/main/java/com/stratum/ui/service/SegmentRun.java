package com.stratum.ui.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A finished segmentation run as the shell shows it (the Results view's {@code AssignmentResult} keeps
 * the engine's assignment, which the Export section writes); the shell only reads these figures.
 */
public interface SegmentRun {

    String definitionName();

    LocalDate asOf();

    List<SegmentStat> segments();

    default long customers() {
        return segments().stream().mapToLong(SegmentStat::customers).sum();
    }

    default BigDecimal revenue() {
        return segments().stream().map(SegmentStat::revenue).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
