package com.stratum.engine.predictive;

import static com.stratum.engine.predictive.SpecialFunctions.hyp2f1;
import static com.stratum.engine.predictive.SpecialFunctions.logBeta;
import static com.stratum.engine.predictive.SpecialFunctions.logGamma;

/**
 * BG/NBD (Fader, Hardie & Lee 2005, "Counting Your Customers the Easy Way", Marketing Science 24(2)):
 * purchases at Poisson rate lambda ~ Gamma(r, alpha); after each purchase the customer drops out with
 * probability p ~ Beta(a, b). Formulas are the paper's equations (6), (8), (9), (10) and (11).
 */
public record BgNbdModel(double r, double alpha, double a, double b) implements PurchaseModel {

    public static final String KEY = "bgnbd";

    @Override
    public String key() {
        return KEY;
    }

    public double[] parameters() {
        return new double[] {r, alpha, a, b};
    }

    @Override
    public double logLikelihood(int x, double tx, double bigT) {
        double lbab = logBeta(a, b);
        double common = logGamma(r + x) - logGamma(r) + r * Math.log(alpha);
        double t1 = logBeta(a, b + x) - lbab - (r + x) * Math.log(alpha + bigT);
        if (x == 0) {
            return common + t1;
        }
        double t2 = logBeta(a + 1, b + x - 1) - lbab - (r + x) * Math.log(alpha + tx);
        return common + logAddExp(t1, t2);
    }

    /** Sum of the log-likelihood over grouped customers (the fit's objective). */
    static double logLikelihood(double r, double alpha, double a, double b, GroupedHistories g) {
        if (!(r > 0 && alpha > 0 && a > 0 && b > 0)) {
            return Double.NEGATIVE_INFINITY;
        }
        int m = g.maxX;
        double[] perX = new double[m + 1];
        double[] first = new double[m + 1];
        double[] second = new double[m + 1];
        double lbab = logBeta(a, b);
        double lgr = logGamma(r);
        for (int x = 0; x <= m; x++) {
            if (g.xPresent[x]) {
                perX[x] = logGamma(r + x) - lgr + r * Math.log(alpha);
                first[x] = logBeta(a, b + x) - lbab;
                second[x] = x == 0 ? 0 : logBeta(a + 1, b + x - 1) - lbab;
            }
        }
        double[] logT = logShifted(g.tValues, alpha);
        double[] logTx = logShifted(g.txValues, alpha);
        return ChunkedSum.sum(g.size(), (from, to) -> {
            double s = 0;
            for (int i = from; i < to; i++) {
                int x = g.x[i];
                double t1 = first[x] - (r + x) * logT[g.tIndex[i]];
                double ll = x == 0 ? t1 : logAddExp(t1, second[x] - (r + x) * logTx[g.txIndex[i]]);
                s += g.weight[i] * (perX[x] + ll);
            }
            return s;
        });
    }

    @Override
    public double pAlive(int x, double tx, double bigT) {
        if (x == 0) {
            return 1;
        }
        double logOdds = Math.log(a / (b + x - 1)) + (r + x) * (Math.log(alpha + bigT) - Math.log(alpha + tx));
        return 1 / (1 + Math.exp(logOdds));
    }

    @Override
    public double expectedPurchases(double t, int x, double tx, double bigT) {
        if (t <= 0) {
            return 0;
        }
        double z = t / (alpha + bigT + t);
        double f = hyp2f1(r + x, b + x, a + b + x - 1, z);
        double lead = (a + b + x - 1) / (a - 1);
        double bracket = 1 - Math.exp((r + x) * Math.log((alpha + bigT) / (alpha + bigT + t))) * f;
        return lead * bracket * pAlive(x, tx, bigT);
    }

    @Override
    public double expectedPurchasesNew(double t) {
        if (t <= 0) {
            return 0;
        }
        double f = hyp2f1(r, b, a + b - 1, t / (alpha + t));
        return (a + b - 1) / (a - 1) * (1 - Math.pow(alpha / (alpha + t), r) * f);
    }

    @Override
    public double probabilityOfPurchases(int n, double t) {
        double lbab = logBeta(a, b);
        double logAt = Math.log(alpha / (alpha + t));
        double logTt = t == 0 ? Double.NEGATIVE_INFINITY : Math.log(t / (alpha + t));
        double nbd = logGamma(r + n) - logGamma(r) - logGamma(n + 1.0) + r * logAt + (n == 0 ? 0 : n * logTt);
        double p = Math.exp(logBeta(a, b + n) - lbab + nbd);
        if (n > 0) {
            p += Math.exp(logBeta(a + 1, b + n - 1) - lbab) * nbdUpperTail(n, logAt, logTt);
        }
        return p;
    }

    /**
     * P(N >= n) for the NBD count N ~ NB(r, alpha/(alpha+t)): the lower sum when it is small, else the upper
     * series summed directly, so that 1 - (sum close to 1) never loses the digits of a tiny probability.
     */
    private double nbdUpperTail(int n, double logAt, double logTt) {
        double lgr = logGamma(r);
        double lower = 0;
        for (int j = 0; j < n; j++) {
            lower += Math.exp(logGamma(r + j) - lgr - logGamma(j + 1.0) + r * logAt + (j == 0 ? 0 : j * logTt));
        }
        if (lower < 0.5) {
            return 1 - lower;
        }
        double q = Math.exp(logTt);
        double term = Math.exp(logGamma(r + n) - lgr - logGamma(n + 1.0) + r * logAt + n * logTt);
        double upper = 0;
        for (int j = n; j < n + 1_000_000; j++) {
            upper += term;
            term *= (r + j) / (j + 1.0) * q;
            if (term < upper * 1e-17) {
                break;
            }
        }
        return upper;
    }

    static double[] logShifted(double[] values, double shift) {
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = Math.log(shift + values[i]);
        }
        return out;
    }

    static double logAddExp(double u, double v) {
        double m = Math.max(u, v);
        if (m == Double.NEGATIVE_INFINITY) {
            return m;
        }
        // log rather than log1p: log1p is not a JVM intrinsic and is several times slower; the absolute error
        // of log(1 + e) is below 1e-16, far under what a sum of thousands of log-likelihood terms resolves
        return m + Math.log(1 + Math.exp(Math.min(u, v) - m));
    }
}
