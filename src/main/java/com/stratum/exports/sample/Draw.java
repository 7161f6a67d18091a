package com.stratum.exports.sample;

import java.util.Random;

/**
 * Random draws for the generator. {@link Random} is used on purpose: its algorithm is fixed by the
 * Java specification, so a seed gives the same files on every JDK.
 */
final class Draw {

    private Draw() {
    }

    /** A well-mixed seed for one stream (SplitMix64 finaliser), so neighbouring indexes are unrelated. */
    static long mix(long seed, long a, long b) {
        long z = seed * 0x9E3779B97F4A7C15L + a * 0xBF58476D1CE4E5B9L + b * 0x94D049BB133111EBL;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    static Random stream(long seed, long a, long b) {
        return new Random(mix(seed, a, b));
    }

    /** Index chosen with probability proportional to its weight. */
    static int weighted(Random r, double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double x = r.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    static <T> T pick(Random r, T[] items) {
        return items[r.nextInt(items.length)];
    }

    /** Poisson count (Knuth's product method; fine for the small means used here). */
    static int poisson(Random r, double mean) {
        if (mean <= 0) {
            return 0;
        }
        if (mean > 50) {
            return (int) Math.max(0, Math.round(mean + Math.sqrt(mean) * r.nextGaussian()));
        }
        double limit = Math.exp(-mean);
        double product = r.nextDouble();
        int n = 0;
        while (product > limit) {
            product *= r.nextDouble();
            n++;
        }
        return n;
    }

    /** exp(N(mu, sigma)): skewed, long right tail. */
    static double logNormal(Random r, double mu, double sigma) {
        return Math.exp(mu + sigma * r.nextGaussian());
    }

    static int between(Random r, int lowInclusive, int highInclusive) {
        return lowInclusive + r.nextInt(highInclusive - lowInclusive + 1);
    }
}
