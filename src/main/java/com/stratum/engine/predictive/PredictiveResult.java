package com.stratum.engine.predictive;

import java.time.LocalDate;
import java.util.Arrays;

/**
 * Everything a predictive run produced: both purchase-model fits side by side (a fit that did not converge
 * is kept with {@code fit().converged() == false} and its best point), the spend fit, the model used for
 * the per-customer predictions, and the chart series. Immutable; chart methods compute on demand.
 */
public final class PredictiveResult {

    /** Histogram buckets 0..6 and "7+". */
    private static final int BUCKETS = 8;
    private static final String[] BUCKET_LABELS = {"0", "1", "2", "3", "4", "5", "6", "7+"};

    private final PredictiveOptions options;
    private final CalibrationSummary summary;
    private final ModelFitter.PurchaseFit bgNbd;
    private final ModelFitter.PurchaseFit paretoNbd;
    private final ModelFitter.SpendFit gammaGamma;
    private final PurchaseModel chosen;
    private final CustomerPredictions predictions;

    PredictiveResult(PredictiveOptions options, CalibrationSummary summary, ModelFitter.PurchaseFit bgNbd,
                     ModelFitter.PurchaseFit paretoNbd, ModelFitter.SpendFit gammaGamma, PurchaseModel chosen,
                     CustomerPredictions predictions) {
        this.options = options;
        this.summary = summary;
        this.bgNbd = bgNbd;
        this.paretoNbd = paretoNbd;
        this.gammaGamma = gammaGamma;
        this.chosen = chosen;
        this.predictions = predictions;
    }

    public PredictiveOptions options() {
        return options;
    }

    public CalibrationSummary summary() {
        return summary;
    }

    public ModelFitter.PurchaseFit bgNbd() {
        return bgNbd;
    }

    public ModelFitter.PurchaseFit paretoNbd() {
        return paretoNbd;
    }

    public ModelFitter.SpendFit gammaGamma() {
        return gammaGamma;
    }

    /** The purchase model behind the per-customer predictions. */
    public PurchaseModel model() {
        return chosen;
    }

    public CustomerPredictions predictions() {
        return predictions;
    }

    /** Repeat purchase days in the holdout period, all customers of the fit (0 without a holdout). */
    public long holdoutActual() {
        return summary.totalHoldoutPurchases();
    }

    /** The chosen model's expected holdout purchases, summed over customers; NaN without a holdout. */
    public double holdoutExpected() {
        if (!summary.hasHoldout()) {
            return Double.NaN;
        }
        double s = 0;
        for (double v : predictions.expectedHoldout()) {
            s += v;
        }
        return s;
    }

    /** Actual vs expected number of customers by calibration repeat purchases 0..6, 7+. */
    public ChartSeries.FrequencyComparison calibrationFrequency(PurchaseModel m) {
        double[] actual = new double[BUCKETS];
        for (int v : summary.x()) {
            actual[Math.min(v, BUCKETS - 1)]++;
        }
        // customers with the same T share P(X(T) = n)
        double[] t = summary.T().clone();
        Arrays.sort(t);
        double[] expected = new double[BUCKETS];
        int i = 0;
        while (i < t.length) {
            int j = i;
            while (j < t.length && t[j] == t[i]) {
                j++;
            }
            double left = 1;
            for (int n = 0; n < BUCKETS - 1; n++) {
                double p = m.probabilityOfPurchases(n, t[i]);
                expected[n] += (j - i) * p;
                left -= p;
            }
            expected[BUCKETS - 1] += (j - i) * Math.max(left, 0);
            i = j;
        }
        return new ChartSeries.FrequencyComparison(BUCKET_LABELS.clone(), actual, expected);
    }

    /** Cumulative actual vs expected repeat purchases by week, over calibration and holdout. */
    public ChartSeries.CumulativeTracking cumulativeTracking(PurchaseModel m) {
        int start = (int) summary.dataStart().toEpochDay();
        int[] byDay = summary.repeatPurchasesByDay();
        int weeks = (byDay.length + 6) / 7;
        // customers by first purchase day
        int[] first = summary.firstPurchaseDay();
        int[] births = new int[byDay.length];
        for (int f : first) {
            births[f - start]++;
        }
        double unitDays = summary.unit().days();
        LocalDate[] ends = new LocalDate[weeks];
        double[] actual = new double[weeks];
        double[] expected = new double[weeks];
        double cum = 0;
        for (int k = 1; k <= weeks; k++) {
            for (int d = 7 * (k - 1); d < Math.min(7 * k, byDay.length); d++) {
                cum += byDay[d];
            }
            actual[k - 1] = cum;
            ends[k - 1] = LocalDate.ofEpochDay(start + 7L * k - 1);
            double e = 0;
            for (int d = 0; d < Math.min(7 * k, births.length); d++) {
                if (births[d] > 0) {
                    e += births[d] * m.expectedPurchasesNew((7.0 * k - d) / unitDays);
                }
            }
            expected[k - 1] = e;
        }
        int calWeek = (int) ((summary.calibrationEnd().toEpochDay() - start) / 7);
        return new ChartSeries.CumulativeTracking(ends, actual, expected, calWeek);
    }

    /** Mean holdout purchases by calibration frequency 0..6, 7+; null without a holdout. */
    public ChartSeries.HoldoutByFrequency holdoutByFrequency(PurchaseModel m) {
        if (!summary.hasHoldout()) {
            return null;
        }
        double[] e = m == chosen ? predictions.expectedHoldout()
                : PredictiveAnalysis.conditional(m, summary, summary.holdoutLength());
        int[] count = new int[BUCKETS];
        double[] actual = new double[BUCKETS];
        double[] expected = new double[BUCKETS];
        for (int i = 0; i < summary.size(); i++) {
            int b = Math.min(summary.x()[i], BUCKETS - 1);
            count[b]++;
            actual[b] += summary.xStar()[i];
            expected[b] += e[i];
        }
        for (int b = 0; b < BUCKETS; b++) {
            actual[b] = count[b] == 0 ? Double.NaN : actual[b] / count[b];
            expected[b] = count[b] == 0 ? Double.NaN : expected[b] / count[b];
        }
        return new ChartSeries.HoldoutByFrequency(BUCKET_LABELS.clone(), count, actual, expected);
    }

    /**
     * P(alive) over frequency 0..maxFrequency x recency (t_x) in {@code recencySteps + 1} equal steps from 0
     * to the longest T in the data.
     */
    public ChartSeries.PAliveGrid pAliveGrid(PurchaseModel m, int maxFrequency, int recencySteps) {
        double age = 0;
        for (double v : summary.T()) {
            age = Math.max(age, v);
        }
        int[] freq = new int[maxFrequency + 1];
        double[] rec = new double[recencySteps + 1];
        double[][] p = new double[maxFrequency + 1][recencySteps + 1];
        for (int j = 0; j <= recencySteps; j++) {
            rec[j] = age * j / recencySteps;
        }
        for (int f = 0; f <= maxFrequency; f++) {
            freq[f] = f;
            for (int j = 0; j <= recencySteps; j++) {
                p[f][j] = m.pAlive(f, f == 0 ? 0 : rec[j], age);
            }
        }
        return new ChartSeries.PAliveGrid(freq, rec, age, p);
    }
}
