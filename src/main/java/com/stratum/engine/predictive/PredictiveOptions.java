package com.stratum.engine.predictive;

import java.time.LocalDate;

/**
 * Settings of a predictive run.
 *
 * @param calibrationEnd      last day of the calibration period, inclusive; null = the last transaction date
 * @param timeUnit            unit of t_x, T and the rate parameters (weeks by default, as published)
 * @param model               purchase model to use for the per-customer predictions
 * @param horizonDays         horizon of expected purchases and CLV, in days
 * @param monthlyDiscountRate CLV discount rate per month (0.01 = 1 %)
 * @param churnRisk           P(alive) thresholds of the churn-risk bands
 */
public record PredictiveOptions(LocalDate calibrationEnd, ModelTimeUnit timeUnit, ModelChoice model, int horizonDays,
                                double monthlyDiscountRate, ChurnRiskThresholds churnRisk) {

    public PredictiveOptions {
        if (horizonDays <= 0) {
            throw new IllegalArgumentException("The horizon must be at least one day, got " + horizonDays);
        }
        if (!(monthlyDiscountRate >= 0 && monthlyDiscountRate < 1)) {
            throw new IllegalArgumentException("The monthly discount rate must be in [0, 1), got " + monthlyDiscountRate);
        }
    }

    /** Calibration to the last transaction, weeks, auto model, 365 days, 1 % a month, default bands. */
    public static PredictiveOptions defaults() {
        return new PredictiveOptions(null, ModelTimeUnit.WEEKS, ModelChoice.AUTO, 365, 0.01,
                ChurnRiskThresholds.DEFAULT);
    }

    public PredictiveOptions withCalibrationEnd(LocalDate d) {
        return new PredictiveOptions(d, timeUnit, model, horizonDays, monthlyDiscountRate, churnRisk);
    }

    public PredictiveOptions withTimeUnit(ModelTimeUnit u) {
        return new PredictiveOptions(calibrationEnd, u, model, horizonDays, monthlyDiscountRate, churnRisk);
    }

    public PredictiveOptions withModel(ModelChoice m) {
        return new PredictiveOptions(calibrationEnd, timeUnit, m, horizonDays, monthlyDiscountRate, churnRisk);
    }

    public PredictiveOptions withHorizonDays(int days) {
        return new PredictiveOptions(calibrationEnd, timeUnit, model, days, monthlyDiscountRate, churnRisk);
    }

    public PredictiveOptions withMonthlyDiscountRate(double rate) {
        return new PredictiveOptions(calibrationEnd, timeUnit, model, horizonDays, rate, churnRisk);
    }

    public PredictiveOptions withChurnRisk(ChurnRiskThresholds t) {
        return new PredictiveOptions(calibrationEnd, timeUnit, model, horizonDays, monthlyDiscountRate, t);
    }
}
