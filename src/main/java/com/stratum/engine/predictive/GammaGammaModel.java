package com.stratum.engine.predictive;

import static com.stratum.engine.predictive.SpecialFunctions.logGamma;

/**
 * Gamma-Gamma spend model (Fader & Hardie 2013, "The Gamma-Gamma Model of Monetary Value"): a customer's
 * purchase amounts are Gamma(p, nu) with nu ~ Gamma(q, gamma) across customers. Fitted on the customers with
 * x > 0 and a positive mean repeat amount zbar.
 */
public record GammaGammaModel(double p, double q, double gamma) {

    public double[] parameters() {
        return new double[] {p, q, gamma};
    }

    /** Per-customer log-likelihood of the mean zbar of x repeat purchase amounts (x > 0, zbar > 0). */
    public double logLikelihood(int x, double zbar) {
        double px = p * x;
        return logGamma(px + q) - logGamma(px) - logGamma(q) + q * Math.log(gamma) + (px - 1) * Math.log(zbar)
                + px * Math.log(x) - (px + q) * Math.log(gamma + x * zbar);
    }

    /** Sum over customers; gamma functions per distinct x, one logarithm per customer. */
    static double logLikelihood(double p, double q, double gamma, int[] x, double[] zbar, double[] logZbar) {
        if (!(p > 0 && q > 0 && gamma > 0)) {
            return Double.NEGATIVE_INFINITY;
        }
        int maxX = 0;
        for (int v : x) {
            maxX = Math.max(maxX, v);
        }
        double[] perX = new double[maxX + 1];
        double lgq = logGamma(q);
        double qlg = q * Math.log(gamma);
        for (int v = 1; v <= maxX; v++) {
            double px = p * v;
            perX[v] = logGamma(px + q) - logGamma(px) - lgq + qlg + px * Math.log(v);
        }
        return ChunkedSum.sum(x.length, (from, to) -> {
            double s = 0;
            for (int i = from; i < to; i++) {
                int xi = x[i];
                double px = p * xi;
                s += perX[xi] + (px - 1) * logZbar[i] - (px + q) * Math.log(gamma + xi * zbar[i]);
            }
            return s;
        });
    }

    /** E[M | x, zbar]; for x = 0 (or no usable amount) the prior mean p gamma / (q - 1). */
    public double expectedAverageValue(int x, double zbar) {
        if (x == 0 || Double.isNaN(zbar)) {
            return priorMean();
        }
        return p * (gamma + x * zbar) / (p * x + q - 1);
    }

    /** The population mean spend per purchase, p gamma / (q - 1); NaN when q <= 1 (no finite mean). */
    public double priorMean() {
        return q > 1 ? p * gamma / (q - 1) : Double.NaN;
    }
}
