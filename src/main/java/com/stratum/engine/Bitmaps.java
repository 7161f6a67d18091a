package com.stratum.engine;

/**
 * Customer sets as bitmaps: bit {@code i % 64} of word {@code i / 64} is customer row {@code i}
 * (the layout of {@link java.util.BitSet#toLongArray()}). AND/OR/NOT over a million customers are
 * then 15,625 word operations.
 */
final class Bitmaps {

    private Bitmaps() {
    }

    static int words(int n) {
        return (n + 63) >>> 6;
    }

    static long[] none(int n) {
        return new long[words(n)];
    }

    static long[] all(int n) {
        long[] b = new long[words(n)];
        java.util.Arrays.fill(b, -1L);
        clearTail(b, n);
        return b;
    }

    static void clearTail(long[] b, int n) {
        int rem = n & 63;
        if (rem != 0 && b.length > 0) {
            b[b.length - 1] &= (1L << rem) - 1;
        }
    }

    static void notInPlace(long[] b, int n) {
        for (int i = 0; i < b.length; i++) {
            b[i] = ~b[i];
        }
        clearTail(b, n);
    }

    static void andInPlace(long[] target, long[] other) {
        for (int i = 0; i < target.length; i++) {
            target[i] &= other[i];
        }
    }

    static void orInPlace(long[] target, long[] other) {
        for (int i = 0; i < target.length; i++) {
            target[i] |= other[i];
        }
    }

    /** Clears in {@code target} every bit set in {@code other} (other may be shorter). */
    static void andNotInPlace(long[] target, long[] other) {
        int m = Math.min(target.length, other.length);
        for (int i = 0; i < m; i++) {
            target[i] &= ~other[i];
        }
    }

    static int cardinality(long[] b) {
        int c = 0;
        for (long w : b) {
            c += Long.bitCount(w);
        }
        return c;
    }

    static boolean get(long[] b, int i) {
        return (b[i >>> 6] & (1L << i)) != 0;
    }

    /** A copy of {@code missing}'s words sized for n rows. */
    static long[] fromBitSet(java.util.BitSet missing, int n) {
        long[] w = missing.toLongArray();
        long[] out = new long[words(n)];
        System.arraycopy(w, 0, out, 0, Math.min(w.length, out.length));
        clearTail(out, n);
        return out;
    }
}
