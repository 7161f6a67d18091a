package com.stratum.engine.predictive;

import com.stratum.features.CategoricalColumn;
import com.stratum.features.CustomerFrame;
import com.stratum.features.NumericColumn;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Adds the predictive outputs to a customer frame as ordinary features, matched by customer id, so every
 * definition, chart, what-if and export can use them. Customers outside the fit (no purchase, or a first
 * purchase after the calibration end) get missing values.
 */
public final class PredictiveFeatures {

    public static final String P_ALIVE = "p_alive";
    public static final String EXPECTED_PURCHASES = "expected_purchases";
    public static final String EXPECTED_AVG_VALUE = "expected_avg_value";
    public static final String CLV = "clv";
    public static final String CHURN_RISK = "churn_risk";

    /** The keys this class adds, besides {@code expected_purchases_<horizonDays>}. */
    public static final List<String> KEYS = List.of(P_ALIVE, EXPECTED_PURCHASES, EXPECTED_AVG_VALUE, CLV, CHURN_RISK);

    /** English descriptions for the builder's feature list (the window translates by key). */
    public static final Map<String, String> DESCRIPTIONS = Map.of(
            P_ALIVE, "Probability that the customer is still active at the calibration end (BG/NBD or Pareto/NBD)",
            EXPECTED_PURCHASES, "Expected repeat purchase days over the prediction horizon",
            EXPECTED_AVG_VALUE, "Expected average purchase value (Gamma-Gamma; the population mean without repeat purchases)",
            CLV, "Customer lifetime value over the horizon, discounted monthly",
            CHURN_RISK, "Churn risk from P(alive): low, medium or high (thresholds are a setting)");

    private PredictiveFeatures() {
    }

    /** {@code expected_purchases_<days>}, e.g. {@code expected_purchases_365}. */
    public static String expectedPurchasesKey(int horizonDays) {
        return EXPECTED_PURCHASES + "_" + horizonDays;
    }

    public static CustomerFrame addTo(CustomerFrame frame, PredictiveResult result) {
        return addTo(frame, result, result.options().churnRisk());
    }

    public static CustomerFrame addTo(CustomerFrame frame, PredictiveResult result, ChurnRiskThresholds thresholds) {
        CalibrationSummary s = result.summary();
        Map<String, Integer> rowOf = new HashMap<>(s.size() * 2);
        for (int i = 0; i < s.size(); i++) {
            rowOf.put(s.customerId(i), i);
        }
        int n = frame.size();
        double[] pAlive = nan(n);
        double[] expected = nan(n);
        double[] value = nan(n);
        double[] clv = nan(n);
        int[] band = new int[n];
        Arrays.fill(band, CategoricalColumn.MISSING);
        CustomerPredictions p = result.predictions();
        for (int row = 0; row < n; row++) {
            Integer i = rowOf.get(frame.customerId(row));
            if (i != null) {
                pAlive[row] = p.pAlive()[i];
                expected[row] = p.expectedPurchases()[i];
                value[row] = p.expectedAvgValue()[i];
                clv[row] = p.clv()[i];
                band[row] = thresholds.band(pAlive[row]);
            }
        }
        return frame.with(new NumericColumn(P_ALIVE, pAlive))
                .with(new NumericColumn(expectedPurchasesKey(result.options().horizonDays()), expected))
                .with(new NumericColumn(EXPECTED_PURCHASES, expected.clone()))
                .with(new NumericColumn(EXPECTED_AVG_VALUE, value))
                .with(new NumericColumn(CLV, clv))
                .with(new CategoricalColumn(CHURN_RISK, band, ChurnRiskThresholds.LEVELS));
    }

    private static double[] nan(int n) {
        double[] a = new double[n];
        Arrays.fill(a, Double.NaN);
        return a;
    }
}
