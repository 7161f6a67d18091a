package com.stratum.engine.predictive;

import java.time.LocalDate;

/**
 * The models' input, one row per customer who made a first purchase on or before the calibration end
 * (see issue "Predictive value and churn risk", "The models' input"):
 * {@code x} repeat purchase days in the calibration period, {@code tx} time from the first to the last
 * calibration purchase day, {@code T} time from the first purchase day to the calibration end, {@code zbar}
 * mean net amount of the repeat purchase days (NaN when x = 0), {@code xStar} repeat purchase days in
 * the holdout period (0 when there is none). Times are in {@link #unit()}. Built by
 * {@link CalibrationSummaryBuilder}; arrays are shared, not copied: do not modify them.
 */
public record CalibrationSummary(
        ModelTimeUnit unit,
        LocalDate calibrationEnd,
        LocalDate dataStart,
        LocalDate dataEnd,
        String[] customerIds,
        int[] customer,
        int[] x,
        double[] tx,
        double[] T,
        double[] zbar,
        int[] xStar,
        int[] firstPurchaseDay,
        int[] repeatPurchasesByDay) {

    /** Number of customers in the fit. */
    public int size() {
        return x.length;
    }

    public String customerId(int row) {
        return customerIds[customer[row]];
    }

    /** True when transactions exist after the calibration end. */
    public boolean hasHoldout() {
        return dataEnd.isAfter(calibrationEnd);
    }

    /** Length of the holdout period in {@link #unit()} (0 without one). */
    public double holdoutLength() {
        return unit.fromDays(dataEnd.toEpochDay() - calibrationEnd.toEpochDay());
    }

    public long totalRepeatPurchases() {
        long s = 0;
        for (int v : x) {
            s += v;
        }
        return s;
    }

    public long totalHoldoutPurchases() {
        long s = 0;
        for (int v : xStar) {
            s += v;
        }
        return s;
    }
}
