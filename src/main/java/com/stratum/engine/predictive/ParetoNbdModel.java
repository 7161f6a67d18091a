package com.stratum.engine.predictive;

import static com.stratum.engine.predictive.BgNbdModel.logAddExp;
import static com.stratum.engine.predictive.SpecialFunctions.logBeta;
import static com.stratum.engine.predictive.SpecialFunctions.logGamma;
import static com.stratum.engine.predictive.SpecialFunctions.logHyp2f1Positive;

/**
 * Pareto/NBD (Schmittlein, Morrison & Colombo 1987): purchases at Poisson rate lambda ~ Gamma(r, alpha),
 * exponential lifetime with rate mu ~ Gamma(s, beta). Likelihood, P(alive) and E[Y(t)] as in Fader &
 * Hardie (2005) "A Note on Deriving the Pareto/NBD Model and Related Expressions"; P(X(t) = n) as in
 * Fader, Hardie & Lee (2006) "Deriving an Expression for P(X(t) = x) Under the Pareto/NBD Model".
 * The 2F1 in A0 is taken with max(alpha, beta), which keeps its argument in [0, 1) (the alpha >= beta and
 * alpha < beta branches).
 */
public record ParetoNbdModel(double r, double alpha, double s, double beta) implements PurchaseModel {

    public static final String KEY = "pareto_nbd";
    /** Largest 2F1 argument the fit's likelihood accepts (|alpha - beta| / max(alpha, beta)). */
    static final double MAX_FIT_Z = 0.9999;

    @Override
    public String key() {
        return KEY;
    }

    public double[] parameters() {
        return new double[] {r, alpha, s, beta};
    }

    /** ln A0: the integral term of the likelihood; -infinity when t_x = T. */
    double logA0(int x, double tx, double bigT) {
        return logDifference(logF(x, tx), logF(x, bigT));
    }

    /** ln(F(t_x) - F(T)) from the two logarithms; F decreases in t, so F(t_x) >= F(T). */
    private static double logDifference(double logFtx, double logFT) {
        if (logFT >= logFtx) {
            return Double.NEGATIVE_INFINITY;
        }
        // 1 - e is exact for e >= 1/2 (Sterbenz) and has absolute error < 1e-16 below, so log(1 - e) is as
        // accurate as log1p(-e) here and much faster
        return logFtx + Math.log(1 - Math.exp(logFT - logFtx));
    }

    /** {@link #logF} for every pair; the pairs are sorted by x, and each x's times share one series loop. */
    double[] logFAll(ParetoPairs pairs) {
        int n = pairs.x.length;
        double[] out = new double[n];
        double hi = Math.max(alpha, beta);
        double lo = Math.min(alpha, beta);
        double[] z = new double[n];
        for (int k = 0; k < n; k++) {
            z[k] = (hi - lo) / (hi + pairs.time[k]);
        }
        int[] runStart = pairs.runStart;
        java.util.stream.IntStream.range(0, runStart.length - 1).parallel().forEach(run -> {
            int from = runStart[run];
            int to = runStart[run + 1];
            int x = pairs.x[from];
            double rsx = r + s + x;
            double second = alpha >= beta ? s + 1 : r + x;
            SpecialFunctions.logHyp2f1PositiveMany(1, rsx + 1 - second, rsx + 1, z, from, to, out);
            for (int k = from; k < to; k++) {
                double t = pairs.time[k];
                out[k] += (1 - second) * Math.log((lo + t) / (hi + t)) - rsx * Math.log(hi + t);
            }
        });
        return out;
    }

    /**
     * ln[ 2F1(r+s+x, b'; r+s+x+1; z) / (max+t)^(r+s+x) ], z = |alpha-beta|/(max+t), b' = s+1 or r+x by branch.
     * The 2F1 goes through Euler's transformation 2F1(a,b;a+1;z) = (1-z)^(1-b) 2F1(1, a+1-b; a+1; z), whose
     * terms shrink from the first one on (ratio (a+1-b+n)/(a+1+n) z), where the direct series first grows for
     * thousands of terms when b = r+x is large (heavy buyers) and z is near 1; 1-z = (min+t)/(max+t) exactly.
     */
    double logF(int x, double t) {
        double hi = Math.max(alpha, beta);
        double lo = Math.min(alpha, beta);
        double second = alpha >= beta ? s + 1 : r + x;
        double rsx = r + s + x;
        double z = (hi - lo) / (hi + t);
        return (1 - second) * Math.log((lo + t) / (hi + t)) + logHyp2f1Positive(1, rsx + 1 - second, rsx + 1, z)
                - rsx * Math.log(hi + t);
    }

    @Override
    public double logLikelihood(int x, double tx, double bigT) {
        double head = logGamma(r + x) - logGamma(r) + r * Math.log(alpha) + s * Math.log(beta);
        double stay = -(r + x) * Math.log(alpha + bigT) - s * Math.log(beta + bigT);
        double left = Math.log(s) - Math.log(r + s + x) + logA0(x, tx, bigT);
        return head + logAddExp(stay, left);
    }

    /** Sum of the log-likelihood over grouped customers; 2F1 evaluated once per distinct (x, time). */
    static double logLikelihood(double r, double alpha, double s, double beta, GroupedHistories g) {
        if (!(r > 0 && alpha > 0 && s > 0 && beta > 0)) {
            return Double.NEGATIVE_INFINITY;
        }
        if (Math.abs(alpha - beta) / Math.max(alpha, beta) > MAX_FIT_Z) {
            // alpha and beta more than 1e4 apart: 2F1's series would need millions of terms per evaluation.
            // The optimizer treats the region as infeasible instead of stalling there; a fit that ends at its
            // edge is reported as not converged.
            return Double.NEGATIVE_INFINITY;
        }
        ParetoNbdModel m = new ParetoNbdModel(r, alpha, s, beta);
        ParetoPairs pairs = g.paretoPairs();
        double[] logF = m.logFAll(pairs);
        double[] head = new double[g.maxX + 1];
        double lgr = logGamma(r);
        for (int x = 0; x <= g.maxX; x++) {
            if (g.xPresent[x]) {
                head[x] = logGamma(r + x) - lgr + r * Math.log(alpha) + s * Math.log(beta);
            }
        }
        double[] logAlphaT = BgNbdModel.logShifted(g.tValues, alpha);
        double[] logBetaT = BgNbdModel.logShifted(g.tValues, beta);
        double logS = Math.log(s);
        return ChunkedSum.sum(g.size(), (from, to) -> {
            double sum = 0;
            for (int i = from; i < to; i++) {
                int x = g.x[i];
                int ti = g.tIndex[i];
                double stay = -(r + x) * logAlphaT[ti] - s * logBetaT[ti];
                double left = logS - Math.log(r + s + x) + logDifference(logF[pairs.txPair[i]], logF[pairs.tPair[i]]);
                sum += g.weight[i] * (head[x] + logAddExp(stay, left));
            }
            return sum;
        });
    }

    @Override
    public double pAlive(int x, double tx, double bigT) {
        double logOdds = Math.log(s) - Math.log(r + s + x) + (r + x) * Math.log(alpha + bigT)
                + s * Math.log(beta + bigT) + logA0(x, tx, bigT);
        return 1 / (1 + Math.exp(logOdds));
    }

    @Override
    public double expectedPurchases(double t, int x, double tx, double bigT) {
        if (t <= 0) {
            return 0;
        }
        double lead = (r + x) * (beta + bigT) / (alpha + bigT);
        return lead * oneMinusPowerOverSMinusOne(Math.log((beta + bigT) / (beta + bigT + t))) * pAlive(x, tx, bigT);
    }

    @Override
    public double expectedPurchasesNew(double t) {
        if (t <= 0) {
            return 0;
        }
        return r * beta / alpha * oneMinusPowerOverSMinusOne(Math.log(beta / (beta + t)));
    }

    /** [1 - u^(s-1)] / (s-1) for ln u = logU, continuous at s = 1 (where it is -ln u). */
    private double oneMinusPowerOverSMinusOne(double logU) {
        double e = s - 1;
        if (Math.abs(e) < 1e-12) {
            return -logU;
        }
        return -Math.expm1(e * logU) / e;
    }

    @Override
    public double probabilityOfPurchases(int n, double t) {
        double logAt = Math.log(alpha / (alpha + t));
        double logTt = t == 0 ? Double.NEGATIVE_INFINITY : Math.log(t / (alpha + t));
        double alive = Math.exp(logGamma(r + n) - logGamma(r) - logGamma(n + 1.0) + r * logAt
                + (n == 0 ? 0 : n * logTt) + s * Math.log(beta / (beta + t)));
        double hi = Math.max(alpha, beta);
        double second = alpha >= beta ? s + 1 : r + n;
        double d = Math.abs(alpha - beta);
        double c = r + s + n + 1;
        double pref = r * Math.log(alpha) + s * Math.log(beta) + logBeta(r + n, s + 1) - logBeta(r, s);
        double b1 = Math.exp(pref + logHyp2f1Positive(r + s, second, c, d / hi) - (r + s) * Math.log(hi));
        double b2 = 0;
        double lgrs = logGamma(r + s);
        for (int i = 0; i <= n; i++) {
            b2 += Math.exp(pref + logGamma(r + s + i) - lgrs - logGamma(i + 1.0) + (i == 0 ? 0 : i * Math.log(t))
                    + logHyp2f1Positive(r + s + i, second, c, d / (hi + t)) - (r + s + i) * Math.log(hi + t));
        }
        return alive + (b1 - b2);
    }

    /** Distinct (x, t_x) and (x, T) pairs of the groups, so 2F1 is evaluated once per pair. */
    static final class ParetoPairs {
        final int[] x;
        final double[] time;
        final int[] txPair;
        final int[] tPair;
        /** Pairs k in [runStart[j], runStart[j+1]) share one x. */
        final int[] runStart;

        ParetoPairs(int[] x, double[] time, int[] txPair, int[] tPair) {
            this.x = x;
            this.time = time;
            this.txPair = txPair;
            this.tPair = tPair;
            int runs = 0;
            for (int k = 0; k < x.length; k++) {
                if (k == 0 || x[k] != x[k - 1]) {
                    runs++;
                }
            }
            runStart = new int[runs + 1];
            for (int k = 0, j = 0; k < x.length; k++) {
                if (k == 0 || x[k] != x[k - 1]) {
                    runStart[j++] = k;
                }
            }
            runStart[runs] = x.length;
        }
    }
}
