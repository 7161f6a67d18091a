package com.stratum.engine.predictive;

import java.util.List;

/**
 * Churn-risk bands from P(alive): below {@code highRiskBelow} is high risk, from {@code lowRiskFrom} up is
 * low risk, medium in between. Editable by the analyst; defaults 0.3 and 0.7.
 */
public record ChurnRiskThresholds(double highRiskBelow, double lowRiskFrom) {

    public static final ChurnRiskThresholds DEFAULT = new ChurnRiskThresholds(0.3, 0.7);
    /** Band codes in {@link #LEVELS}. */
    public static final int LOW = 0;
    public static final int MEDIUM = 1;
    public static final int HIGH = 2;
    public static final List<String> LEVELS = List.of("low", "medium", "high");

    public ChurnRiskThresholds {
        if (!(0 <= highRiskBelow && highRiskBelow <= lowRiskFrom && lowRiskFrom <= 1)) {
            throw new IllegalArgumentException("Churn-risk thresholds need 0 <= high-risk bound <= low-risk bound <= 1, got "
                    + highRiskBelow + " and " + lowRiskFrom);
        }
    }

    /** The band code for a P(alive); -1 when it is NaN. */
    public int band(double pAlive) {
        if (Double.isNaN(pAlive)) {
            return -1;
        }
        return pAlive < highRiskBelow ? HIGH : pAlive < lowRiskFrom ? MEDIUM : LOW;
    }
}
