package com.stratum.engine.predictive;

import java.util.concurrent.CancellationException;
import java.util.stream.IntStream;

/**
 * The whole predictive run: calibration summary, the three fits, the model choice and the per-customer
 * predictions. Pure computation over primitive arrays; run it off the FX thread.
 */
public final class PredictiveAnalysis {

    private PredictiveAnalysis() {
    }

    public static PredictiveResult run(PurchaseLog log, PredictiveOptions options) {
        return run(log, options, PredictiveProgress.NONE);
    }

    /** @throws PredictiveDataException when the data cannot support the models (message for the user) */
    public static PredictiveResult run(PurchaseLog log, PredictiveOptions options, PredictiveProgress progress) {
        progress.update(0.0, "summary");
        CalibrationSummary summary = CalibrationSummaryBuilder.build(log, options.calibrationEnd(), options.timeUnit());
        return run(summary, options, progress);
    }

    public static PredictiveResult run(CalibrationSummary summary, PredictiveOptions options, PredictiveProgress progress) {
        ModelChoice choice = options.model();
        checkCancelled(progress);
        progress.update(0.1, "fit_bgnbd");
        ModelFitter.PurchaseFit bg = ModelFitter.tryBgNbd(summary);
        checkCancelled(progress);
        progress.update(0.4, "fit_pareto_nbd");
        ModelFitter.PurchaseFit pn = ModelFitter.tryParetoNbd(summary);
        checkCancelled(progress);
        progress.update(0.7, "fit_gamma_gamma");
        ModelFitter.SpendFit gg = ModelFitter.fitGammaGamma(summary);
        checkCancelled(progress);

        double tStar = summary.holdoutLength();
        double[] bgHoldout = summary.hasHoldout() && bg.fit().converged() ? conditional(bg.model(), summary, tStar) : null;
        double[] pnHoldout = summary.hasHoldout() && pn.fit().converged() ? conditional(pn.model(), summary, tStar) : null;
        ModelFitter.PurchaseFit chosen = switch (choice) {
            case BGNBD -> bg;
            case PARETO_NBD -> pn;
            case AUTO -> choose(summary, bg, pn, bgHoldout, pnHoldout);
        };
        String name = chosen == bg ? "BG/NBD" : "Pareto/NBD";
        ModelFitter.requireConverged(chosen.fit(), name);

        progress.update(0.85, "predict");
        double[] holdout = chosen == bg ? bgHoldout : pnHoldout;
        CustomerPredictions predictions = predict(chosen.model(), gg.model(), summary, options, holdout);
        progress.update(1.0, "done");
        return new PredictiveResult(options, summary, bg, pn, gg, chosen.model(), predictions);
    }

    /**
     * Per-customer predictions. Customers with the same (x, t_x, T) share P(alive), E[Y] and the discounted
     * purchase sum, so these are computed once per group; only E[M] (which depends on zbar) is per customer.
     *
     * @param expectedHoldout E[Y(t*)] per customer, or null (filled with NaN)
     */
    public static CustomerPredictions predict(PurchaseModel m, GammaGammaModel spend, CalibrationSummary summary,
                                              PredictiveOptions options, double[] expectedHoldout) {
        double unitDays = summary.unit().days();
        double horizon = options.horizonDays() / unitDays;
        double month = CustomerValue.MONTH_DAYS / unitDays;
        double rate = options.monthlyDiscountRate();
        int n = summary.size();
        int[] x = summary.x();
        double[] tx = summary.tx();
        double[] bigT = summary.T();
        double[] zbar = summary.zbar();
        GroupedHistories g = GroupedHistories.forSummary(summary);
        int groups = g.size();
        double[] gAlive = new double[groups];
        double[] gExpected = new double[groups];
        double[] gDiscounted = new double[groups];
        IntStream.range(0, groups).parallel().forEach(k -> {
            int gx = g.x[k];
            double gtx = g.txValues[g.txIndex[k]];
            double gt = g.tValues[g.tIndex[k]];
            gAlive[k] = m.pAlive(gx, gtx, gt);
            gExpected[k] = m.expectedPurchases(horizon, gx, gtx, gt);
            gDiscounted[k] = CustomerValue.discountedPurchases(m, gx, gtx, gt, horizon, month, rate);
        });
        int[] groupOf = g.customerGroup;
        double[] pAlive = new double[n];
        double[] expected = new double[n];
        double[] value = new double[n];
        double[] clv = new double[n];
        IntStream.range(0, n).parallel().forEach(i -> {
            int k = groupOf[i];
            pAlive[i] = gAlive[k];
            expected[i] = gExpected[k];
            value[i] = spend.expectedAverageValue(x[i], zbar[i]);
            clv[i] = value[i] * gDiscounted[k];
        });
        double[] holdout = expectedHoldout;
        if (holdout == null) {
            holdout = new double[n];
            java.util.Arrays.fill(holdout, Double.NaN);
        }
        return new CustomerPredictions(pAlive, expected, value, clv, holdout);
    }

    /** E[Y(t)] for every customer of the summary, computed once per distinct (x, t_x, T). */
    static double[] conditional(PurchaseModel m, CalibrationSummary s, double t) {
        GroupedHistories g = GroupedHistories.forSummary(s);
        double[] perGroup = new double[g.size()];
        IntStream.range(0, g.size()).parallel().forEach(k ->
                perGroup[k] = m.expectedPurchases(t, g.x[k], g.txValues[g.txIndex[k]], g.tValues[g.tIndex[k]]));
        int[] groupOf = g.customerGroup;
        double[] out = new double[s.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = perGroup[groupOf[i]];
        }
        return out;
    }

    /** Smaller mean absolute holdout error when there is a holdout, else the higher log-likelihood. */
    private static ModelFitter.PurchaseFit choose(CalibrationSummary s, ModelFitter.PurchaseFit bg,
                                                  ModelFitter.PurchaseFit pn, double[] bgHoldout, double[] pnHoldout) {
        if (!bg.fit().converged() || !pn.fit().converged()) {
            return bg.fit().converged() ? bg : pn; // the failing one gives the user-facing error if both failed
        }
        if (bgHoldout != null && pnHoldout != null) {
            return holdoutError(s, bgHoldout) <= holdoutError(s, pnHoldout) ? bg : pn;
        }
        return bg.fit().logLikelihood() >= pn.fit().logLikelihood() ? bg : pn;
    }

    /** Mean absolute difference between actual and expected holdout purchases per customer. */
    static double holdoutError(CalibrationSummary s, double[] expected) {
        double e = 0;
        for (int i = 0; i < s.size(); i++) {
            e += Math.abs(s.xStar()[i] - expected[i]);
        }
        return e / s.size();
    }

    private static void checkCancelled(PredictiveProgress progress) {
        if (progress.isCancelled()) {
            throw new CancellationException("Predictive run cancelled");
        }
    }
}
