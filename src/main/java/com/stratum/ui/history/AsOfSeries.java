package com.stratum.ui.history;

import com.stratum.engine.SegmentLabels;
import com.stratum.engine.definition.SegmentSpec;
import com.stratum.ui.charts.TimeSeriesData;

import java.time.LocalDate;
import java.util.List;

/**
 * One definition (name and version) evaluated at several analysis dates: segment sizes per date
 * (for the stacked area; engine names, shown through {@code segments} in the window's language) and
 * who was where at each date (for the migration between any two).
 */
public record AsOfSeries(String definition, int version, List<LocalDate> dates, TimeSeriesData sizes,
                         List<SegmentLabels> labels, List<SegmentSpec> segments) {
}
