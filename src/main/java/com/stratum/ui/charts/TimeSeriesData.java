package com.stratum.ui.charts;

/** A number per segment and period (e.g. segment sizes at each quarter end): {@code values[segment][period]}. */
public record TimeSeriesData(String[] periods, String[] segments, String[] colours, double[][] values) {
}
