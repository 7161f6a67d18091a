package com.stratum.ui.charts;

/** One line of (x, y) points, e.g. silhouette by k. */
public record LineData(String name, double[] x, double[] y) {
}
