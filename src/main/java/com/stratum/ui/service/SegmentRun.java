package com.stratum.ui.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A finished segmentation run as the Results view shows it. The implementation keeps whatever
 * the exporter needs to list a segment's members; the view only reads these figures.
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
