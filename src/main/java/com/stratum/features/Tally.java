package com.stratum.features;

/**
 * Per-customer sums over the codes of one attribute, reused for every customer without clearing:
 * a stamp marks which customer a slot belongs to, so starting the next customer costs nothing.
 */
final class Tally {

    private final long[] value;
    private final int[] stamp;
    private final int[] touched;
    private int n;
    private int owner;

    Tally(int levels) {
        value = new long[levels];
        stamp = new int[levels];
        touched = new int[levels];
    }

    /** Starts the sums of a new customer; {@code owner} must differ from every earlier one and from 0. */
    void start(int owner) {
        this.owner = owner;
        n = 0;
    }

    void add(int code, long amount) {
        if (stamp[code] != owner) {
            stamp[code] = owner;
            value[code] = 0;
            touched[n++] = code;
        }
        value[code] += amount;
    }

    /** Number of distinct codes added for the current customer. */
    int distinct() {
        return n;
    }

    long total() {
        long t = 0;
        for (int i = 0; i < n; i++) {
            t += value[touched[i]];
        }
        return t;
    }

    /** The code with the largest sum (ties: the smaller code, i.e. the value seen first in the data); -1 if none. */
    int top() {
        int best = -1;
        long bestValue = 0;
        for (int i = 0; i < n; i++) {
            int c = touched[i];
            long v = value[c];
            if (best < 0 || v > bestValue || (v == bestValue && c < best)) {
                best = c;
                bestValue = v;
            }
        }
        return best;
    }

    long value(int code) {
        return stamp[code] == owner ? value[code] : 0;
    }
}
