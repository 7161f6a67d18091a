package com.stratum.engine.predictive;

/**
 * Per-customer outputs of the chosen models, aligned with the rows of the {@link CalibrationSummary}:
 * P(alive) at the calibration end, expected repeat purchases over the horizon, expected average purchase
 * value (Gamma-Gamma; the prior mean for x = 0), CLV over the horizon, and expected holdout purchases
 * (NaN without a holdout).
 */
public record CustomerPredictions(double[] pAlive, double[] expectedPurchases, double[] expectedAvgValue,
                                  double[] clv, double[] expectedHoldout) {

    public int size() {
        return pAlive.length;
    }
}
