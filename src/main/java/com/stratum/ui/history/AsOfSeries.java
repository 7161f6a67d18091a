package com.stratum.ui.history;

import com.stratum.engine.SegmentLabels;
import com.stratum.ui.charts.TimeSeriesData;

import java.time.LocalDate;
import java.util.List;

/**
 * One definition evaluated at several analysis dates: segment sizes per date (for the stacked
 * area) and who was where at each date (for the migration between any two).
 */
public record AsOfSeries(String definition, List<LocalDate> dates, TimeSeriesData sizes, List<SegmentLabels> labels) {
}
