package com.stratum.engine.predictive;

import java.util.stream.IntStream;

/**
 * Sums a function over [0, n) in fixed chunks, in parallel for large n, adding the chunk totals in
 * a fixed order so the result does not depend on thread scheduling (the optimizer sees one function).
 */
final class ChunkedSum {

    interface RangeSum {
        double sum(int from, int to);
    }

    private static final int CHUNK = 1 << 13;

    private ChunkedSum() {
    }

    static double sum(int n, RangeSum f) {
        if (n <= CHUNK) {
            return f.sum(0, n);
        }
        int chunks = (n + CHUNK - 1) / CHUNK;
        double[] partial = new double[chunks];
        IntStream.range(0, chunks).parallel().forEach(c -> partial[c] = f.sum(c * CHUNK, Math.min(n, (c + 1) * CHUNK)));
        double s = 0;
        for (double p : partial) {
            s += p;
        }
        return s;
    }
}
