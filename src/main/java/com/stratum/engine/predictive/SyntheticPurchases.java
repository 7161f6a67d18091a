package com.stratum.engine.predictive;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Seeded synthetic transactions from the BG/NBD generative process with Gamma-Gamma amounts, for benchmarks
 * and parameter-recovery tests: first purchases spread uniformly over a cohort window, purchase rate
 * lambda ~ Gamma(r, alpha) per week, drop-out probability p ~ Beta(a, b) after each repeat purchase, amounts
 * Gamma(p, nu) with nu ~ Gamma(q, gamma). Times are continuous and land on calendar days.
 */
public final class SyntheticPurchases {

    /** The cohort starts on this date (arbitrary, fixed so results are reproducible). */
    public static final LocalDate START = LocalDate.of(2020, 1, 6);

    private SyntheticPurchases() {
    }

    /**
     * @param cohortDays   first purchases fall uniformly in [0, cohortDays)
     * @param observedDays transactions are generated up to this many days after START
     */
    public static PurchaseLog generate(int customers, long seed, BgNbdModel purchases, GammaGammaModel spend,
                                       int cohortDays, int observedDays) {
        SplittableRandom rnd = new SplittableRandom(seed);
        String[] ids = new String[customers];
        int capacity = customers * 4;
        int[] cust = new int[capacity];
        int[] day = new int[capacity];
        long[] cents = new long[capacity];
        int n = 0;
        int start = (int) START.toEpochDay();
        for (int c = 0; c < customers; c++) {
            ids[c] = "C" + (c + 1);
            double first = rnd.nextDouble() * cohortDays;
            double lambda = gamma(rnd, purchases.r()) / purchases.alpha() / 7.0; // per day
            double u = gamma(rnd, purchases.a());
            double p = u / (u + gamma(rnd, purchases.b()));
            double nu = gamma(rnd, spend.q()) / spend.gamma();
            double t = first;
            boolean alive = true;
            boolean firstPurchase = true;
            while (alive && t < observedDays) {
                if (n == cust.length) {
                    int grow = cust.length + cust.length / 2;
                    cust = Arrays.copyOf(cust, grow);
                    day = Arrays.copyOf(day, grow);
                    cents = Arrays.copyOf(cents, grow);
                }
                cust[n] = c;
                day[n] = start + (int) t;
                cents[n] = Math.max(1, Math.round(gamma(rnd, spend.p()) / nu * 100));
                n++;
                if (!firstPurchase && rnd.nextDouble() < p) {
                    alive = false;
                }
                firstPurchase = false;
                t += -Math.log(1 - rnd.nextDouble()) / lambda;
            }
        }
        return new PurchaseLog(ids, Arrays.copyOf(cust, n), Arrays.copyOf(day, n), Arrays.copyOf(cents, n));
    }

    /** Gamma(shape, 1) by Marsaglia & Tsang (2000), with the shape < 1 boost. */
    static double gamma(SplittableRandom rnd, double shape) {
        if (shape < 1) {
            return gamma(rnd, shape + 1) * Math.pow(rnd.nextDouble(), 1 / shape);
        }
        double d = shape - 1.0 / 3;
        double c = 1 / Math.sqrt(9 * d);
        while (true) {
            double x;
            double v;
            do {
                x = normal(rnd);
                v = 1 + c * x;
            } while (v <= 0);
            v = v * v * v;
            double u = rnd.nextDouble();
            if (u < 1 - 0.0331 * x * x * x * x || Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) {
                return d * v;
            }
        }
    }

    private static double normal(SplittableRandom rnd) {
        // Box-Muller; one of the pair is enough here
        double u1 = 1 - rnd.nextDouble();
        double u2 = rnd.nextDouble();
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }
}
