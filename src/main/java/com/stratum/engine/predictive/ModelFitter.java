package com.stratum.engine.predictive;

import java.util.List;

/**
 * Maximum-likelihood fits of the three models on a {@link CalibrationSummary}. Each throws a
 * {@link PredictiveDataException} (problem NOT_CONVERGED, carrying the best point found) when the optimizer
 * does not settle.
 */
public final class ModelFitter {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ModelFitter.class);

    /** At least this many customers with x > 0 and a positive mean amount for the spend model. */
    public static final int MIN_REPEAT_BUYERS = 10;

    private ModelFitter() {
    }

    /** A fitted purchase model and its report line. */
    public record PurchaseFit(ModelFit fit, PurchaseModel model) {
    }

    /** The fitted spend model and its report line. */
    public record SpendFit(ModelFit fit, GammaGammaModel model) {
    }

    public static PurchaseFit fitBgNbd(CalibrationSummary s) {
        PurchaseFit f = tryBgNbd(s);
        requireConverged(f.fit(), "BG/NBD");
        return f;
    }

    public static PurchaseFit fitParetoNbd(CalibrationSummary s) {
        PurchaseFit f = tryParetoNbd(s);
        requireConverged(f.fit(), "Pareto/NBD");
        return f;
    }

    /** The fit or, when it did not converge, its best point with {@code converged = false}. */
    static PurchaseFit tryBgNbd(CalibrationSummary s) {
        double rate = rateGuess(s);
        double[][] starts = {{1, 1 / rate, 1, 1}, {0.5, 0.5 / rate, 0.8, 2.5}, {2, 2 / rate, 2, 6}};
        LogSpaceMaximizer.Result r = maximize(s, g -> p -> BgNbdModel.logLikelihood(p[0], p[1], p[2], p[3], g), starts);
        double[] p = r.point();
        ModelFit fit = new ModelFit(BgNbdModel.KEY, List.of("r", "alpha", "a", "b"), p, r.value(), r.converged(),
                r.evaluations());
        return new PurchaseFit(logged(fit), new BgNbdModel(p[0], p[1], p[2], p[3]));
    }

    static PurchaseFit tryParetoNbd(CalibrationSummary s) {
        double rate = rateGuess(s);
        double meanT = mean(s.T());
        double[][] starts = {{1, 1 / rate, 1, meanT}, {0.5, 0.5 / rate, 0.5, meanT / 2}, {2, 2 / rate, 2, 2 * meanT}};
        LogSpaceMaximizer.Result r = maximize(s, g -> p -> ParetoNbdModel.logLikelihood(p[0], p[1], p[2], p[3], g),
                starts);
        double[] p = r.point();
        ModelFit fit = new ModelFit(ParetoNbdModel.KEY, List.of("r", "alpha", "s", "beta"), p, r.value(),
                r.converged(), r.evaluations());
        return new PurchaseFit(logged(fit), new ParetoNbdModel(p[0], p[1], p[2], p[3]));
    }

    /** Gamma-Gamma over the customers with x > 0 and zbar > 0. */
    public static SpendFit fitGammaGamma(CalibrationSummary s) {
        int n = 0;
        for (int i = 0; i < s.size(); i++) {
            if (s.x()[i] > 0 && s.zbar()[i] > 0) {
                n++;
            }
        }
        if (n < MIN_REPEAT_BUYERS) {
            throw new PredictiveDataException(PredictiveDataException.Problem.TOO_FEW_REPEAT_BUYERS_FOR_SPEND,
                    "predictive.tooFewRepeatBuyers", String.valueOf(n), String.valueOf(MIN_REPEAT_BUYERS));
        }
        int[] x = new int[n];
        double[] z = new double[n];
        double[] logZ = new double[n];
        double meanZ = 0;
        for (int i = 0, k = 0; i < s.size(); i++) {
            if (s.x()[i] > 0 && s.zbar()[i] > 0) {
                x[k] = s.x()[i];
                z[k] = s.zbar()[i];
                logZ[k] = Math.log(z[k]);
                meanZ += z[k];
                k++;
            }
        }
        meanZ /= n;
        double[][] starts = {{1, 1, 1}, {5, 3, meanZ}, {2, 2, meanZ / 2}};
        LogSpaceMaximizer.Result r;
        if (n > SUBSAMPLE) {
            int step = n / SUBSAMPLE;
            int m = (n + step - 1) / step;
            int[] sx = new int[m];
            double[] sz = new double[m];
            double[] slz = new double[m];
            for (int i = 0, k = 0; i < n; i += step, k++) {
                sx[k] = x[i];
                sz[k] = z[i];
                slz[k] = logZ[i];
            }
            LogSpaceMaximizer.Result sub = LogSpaceMaximizer.maximize(
                    p -> GammaGammaModel.logLikelihood(p[0], p[1], p[2], sx, sz, slz), starts);
            r = LogSpaceMaximizer.refine(p -> GammaGammaModel.logLikelihood(p[0], p[1], p[2], x, z, logZ), sub.point(),
                    scaled(sub, (double) n / m));
        } else {
            r = LogSpaceMaximizer.maximize(p -> GammaGammaModel.logLikelihood(p[0], p[1], p[2], x, z, logZ), starts);
        }
        double[] p = r.point();
        ModelFit fit = new ModelFit("gamma_gamma", List.of("p", "q", "gamma"), p, r.value(), r.converged(),
                r.evaluations());
        return new SpendFit(requireConverged(logged(fit), "Gamma-Gamma"), new GammaGammaModel(p[0], p[1], p[2]));
    }

    /**
     * Above this many customers the starts run on an evenly spaced subsample of this size, and the full data
     * only refine the subsample's optimum (a few Newton steps): the likelihood surface of a large sample is
     * close to quadratic around an optimum that the subsample already places within sampling error.
     */
    static final int SUBSAMPLE = 50_000;

    private static LogSpaceMaximizer.Result maximize(CalibrationSummary s,
            java.util.function.Function<GroupedHistories, java.util.function.ToDoubleFunction<double[]>> likelihood,
            double[][] starts) {
        int n = s.size();
        GroupedHistories all = GroupedHistories.forSummary(s);
        if (n <= SUBSAMPLE * 2) {
            return LogSpaceMaximizer.maximize(likelihood.apply(all), starts);
        }
        int step = n / SUBSAMPLE;
        int m = (n + step - 1) / step;
        int[] x = new int[m];
        double[] tx = new double[m];
        double[] bigT = new double[m];
        for (int i = 0, k = 0; i < n; i += step, k++) {
            x[k] = s.x()[i];
            tx[k] = s.tx()[i];
            bigT[k] = s.T()[i];
        }
        LogSpaceMaximizer.Result sub = LogSpaceMaximizer.maximize(likelihood.apply(GroupedHistories.of(x, tx, bigT)), starts);
        LogSpaceMaximizer.Result full = LogSpaceMaximizer.refine(likelihood.apply(all), sub.point(),
                scaled(sub, (double) n / m));
        return new LogSpaceMaximizer.Result(full.point(), full.value(), full.converged(),
                sub.evaluations() + full.evaluations(), full.negHessian());
    }

    /** The subsample's Hessian scaled to all customers (a likelihood sum grows with the number of customers). */
    private static org.apache.commons.math3.linear.RealMatrix scaled(LogSpaceMaximizer.Result sub, double factor) {
        return sub.negHessian() == null ? null : sub.negHessian().scalarMultiply(factor);
    }

    private static ModelFit logged(ModelFit fit) {
        LOG.info("{} fit: {}, log-likelihood {}, {} evaluations, converged {}", fit.model(), fit.describeParameters(),
                fit.logLikelihood(), fit.evaluations(), fit.converged());
        return fit;
    }

    static ModelFit requireConverged(ModelFit fit, String name) {
        if (!fit.converged()) {
            throw new PredictiveDataException(PredictiveDataException.Problem.NOT_CONVERGED, fit,
                    "predictive.notConverged", name, fit.describeParameters(),
                    String.format(java.util.Locale.ROOT, "%.4f", fit.logLikelihood()));
        }
        return fit;
    }

    /** Repeat purchases per unit time across customers: a scale for the rate parameters' starts. */
    private static double rateGuess(CalibrationSummary s) {
        double t = 0;
        for (double v : s.T()) {
            t += v;
        }
        return Math.max(s.totalRepeatPurchases(), 1) / Math.max(t, 1e-9);
    }

    private static double mean(double[] v) {
        double m = 0;
        for (double d : v) {
            m += d;
        }
        return v.length == 0 ? 1 : Math.max(m / v.length, 1e-3);
    }
}
