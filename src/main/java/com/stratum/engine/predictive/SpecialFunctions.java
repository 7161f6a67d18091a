package com.stratum.engine.predictive;

import org.apache.commons.math3.special.Beta;
import org.apache.commons.math3.special.Gamma;

/**
 * Log-gamma, log-beta and the Gauss hypergeometric function 2F1, as the BG/NBD and Pareto/NBD
 * likelihoods need them. 2F1 is summed as its power series: for 0 <= z < 1 directly (the terms are
 * all positive when a, b, c > 0, so there is no cancellation however slowly it converges), and for
 * z < 0 after Pfaff's transformation to z / (z - 1), which lies in [0, 1). The log form rescales
 * the partial sums so that values beyond the double range (large a, b near z = 1) stay finite.
 */
public final class SpecialFunctions {

    /** Series stops when a term changes the sum by less than this (relative). */
    private static final double TOLERANCE = 1e-16;
    /** Enough for z = 0.99999 with moderate parameters; beyond it the call fails loudly. */
    private static final int MAX_TERMS = 5_000_000;
    private static final double RESCALE_ABOVE = 1e250;

    private SpecialFunctions() {
    }

    public static double logGamma(double x) {
        return Gamma.logGamma(x);
    }

    public static double logBeta(double a, double b) {
        return Beta.logBeta(a, b);
    }

    /** Gauss hypergeometric function 2F1(a, b; c; z) for z < 1 (c not a non-positive integer). */
    public static double hyp2f1(double a, double b, double c, double z) {
        checkArguments(a, b, c, z);
        if (z < 0) {
            // Pfaff: 2F1(a,b;c;z) = (1-z)^-a 2F1(a, c-b; c; z/(z-1)), with z/(z-1) in [0, 1)
            double w = z / (z - 1);
            return Math.pow(1 - z, -a) * series(a, c - b, c, w);
        }
        return series(a, b, c, z);
    }

    /**
     * ln 2F1(a, b; c; z) for 0 <= z < 1 and a, b, c > 0 (all series terms positive), without
     * overflow even when the value exceeds the double range.
     */
    public static double logHyp2f1Positive(double a, double b, double c, double z) {
        checkArguments(a, b, c, z);
        if (!(a > 0 && b > 0 && c > 0 && z >= 0)) {
            throw new IllegalArgumentException("logHyp2f1Positive needs a, b, c > 0 and 0 <= z < 1");
        }
        double term = 1;
        double sum = 1;
        double logScale = 0;
        for (int n = 0; n < MAX_TERMS; n++) {
            term *= (a + n) * (b + n) / ((c + n) * (n + 1)) * z;
            sum += term;
            if (term <= sum * TOLERANCE && n > 2 && termsShrinking(a, b, c, z, n)) {
                return logScale + Math.log(sum);
            }
            if (sum > RESCALE_ABOVE) {
                logScale += Math.log(sum);
                term /= sum;
                sum = 1;
            }
        }
        throw new ArithmeticException(notConverged(a, b, c, z));
    }

    /**
     * {@link #logHyp2f1Positive} for one (a, b, c) and many z at once: the series coefficient, with its
     * division, is computed once per term for all of them (the Pareto/NBD likelihood needs 2F1 at every
     * distinct t for each x). Writes ln 2F1(a, b; c; z[k]) to out[k] for k in [from, to).
     */
    public static void logHyp2f1PositiveMany(double a, double b, double c, double[] z, int from, int to, double[] out) {
        if (!(a > 0 && b > 0 && c > 0)) {
            throw new IllegalArgumentException("logHyp2f1PositiveMany needs a, b, c > 0");
        }
        int m = to - from;
        double[] term = new double[m];
        double[] sum = new double[m];
        double[] logScale = new double[m];
        boolean[] done = new boolean[m];
        for (int k = 0; k < m; k++) {
            double zk = z[from + k];
            checkArguments(a, b, c, zk);
            if (!(zk >= 0)) {
                throw new IllegalArgumentException("logHyp2f1PositiveMany needs 0 <= z < 1, got " + zk);
            }
            term[k] = 1;
            sum[k] = 1;
        }
        int remaining = m;
        for (int n = 0; n < MAX_TERMS && remaining > 0; n++) {
            double coef = (a + n) * (b + n) / ((c + n) * (n + 1));
            double next = (a + n + 1) * (b + n + 1) / ((c + n + 1) * (n + 2));
            for (int k = 0; k < m; k++) {
                if (done[k]) {
                    continue;
                }
                double zk = z[from + k];
                double t = term[k] * coef * zk;
                term[k] = t;
                double sk = sum[k] + t;
                sum[k] = sk;
                if (t <= sk * TOLERANCE && n > 2 && next * zk < 1) {
                    done[k] = true;
                    remaining--;
                    out[from + k] = logScale[k] + Math.log(sk);
                } else if (sk > RESCALE_ABOVE) {
                    logScale[k] += Math.log(sk);
                    term[k] = t / sk;
                    sum[k] = 1;
                }
            }
        }
        if (remaining > 0) {
            throw new ArithmeticException(notConverged(a, b, c, z[from]));
        }
    }

    private static double series(double a, double b, double c, double z) {
        if (z == 0) {
            return 1;
        }
        double term = 1;
        double sum = 1;
        for (int n = 0; n < MAX_TERMS; n++) {
            term *= (a + n) * (b + n) / ((c + n) * (n + 1)) * z;
            if (term == 0) {
                return sum; // a or b is a non-positive integer: the series is a polynomial
            }
            sum += term;
            if (Math.abs(term) <= Math.abs(sum) * TOLERANCE && termsShrinking(a, b, c, z, n)) {
                return sum;
            }
            if (!Double.isFinite(sum)) {
                break;
            }
        }
        throw new ArithmeticException(notConverged(a, b, c, z));
    }

    /** True once the term ratio is below one, so a small term cannot be followed by larger ones. */
    private static boolean termsShrinking(double a, double b, double c, double z, int n) {
        int m = n + 1;
        return Math.abs((a + m) * (b + m) / ((c + m) * (m + 1)) * z) < 1;
    }

    private static void checkArguments(double a, double b, double c, double z) {
        if (!(z < 1) || Double.isNaN(a) || Double.isNaN(b) || Double.isNaN(c)) {
            throw new IllegalArgumentException("2F1 needs z < 1 and finite parameters, got a=" + a + " b=" + b
                    + " c=" + c + " z=" + z);
        }
        if (c <= 0 && c == Math.rint(c)) {
            throw new IllegalArgumentException("2F1 is undefined for c = " + c);
        }
    }

    private static String notConverged(double a, double b, double c, double z) {
        return "2F1 series did not converge for a=" + a + " b=" + b + " c=" + c + " z=" + z;
    }
}
