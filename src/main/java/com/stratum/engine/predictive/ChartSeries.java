package com.stratum.engine.predictive;

import java.time.LocalDate;

/** The data behind the Predictive view's charts; plain arrays, ready to plot. */
public final class ChartSeries {

    private ChartSeries() {
    }

    /**
     * Customers by number of repeat purchases in the calibration period, 0..6 and "7+": actual counts and the
     * model's expected counts (sum over customers of P(X(T_i) = n)).
     */
    public record FrequencyComparison(String[] labels, double[] actual, double[] expected) {
    }

    /**
     * Cumulative repeat purchases by week since the first date in the data, across calibration and holdout:
     * {@code weekEnd[k]} is the last day of week k+1; {@code calibrationEndWeek} is the index of the week that
     * holds the calibration end (draw the marker after it).
     */
    public record CumulativeTracking(LocalDate[] weekEnd, double[] actual, double[] expected, int calibrationEndWeek) {
    }

    /**
     * Mean repeat purchases per customer in the holdout period, grouped by calibration-period repeat
     * purchases 0..6 and "7+": actual and expected (conditional expectation E[Y(t*)]).
     */
    public record HoldoutByFrequency(String[] labels, int[] customers, double[] actualMean, double[] expectedMean) {
    }

    /**
     * P(alive) over frequency (rows) x recency t_x (columns) for a customer whose first purchase was
     * {@code age} ago (T = the longest T in the data); row 0 (no repeat) has t_x = 0 in every column.
     */
    public record PAliveGrid(int[] frequency, double[] recency, double age, double[][] pAlive) {
    }
}
