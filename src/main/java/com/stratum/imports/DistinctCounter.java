package com.stratum.imports;

/**
 * Counts distinct strings while the rows stream past, without keeping the strings: a set of
 * 64-bit hashes in one open-addressing long array (16 bytes a distinct value at most). Two
 * different ids share a 64-bit hash with probability about n^2 / 2^65 (3 in 100 million for a
 * million customers), so the count is exact in practice and saves a full scan of the table.
 */
final class DistinctCounter {

    private long[] slots = new long[1 << 12];
    private boolean hasZero;
    private int size;

    void add(String s) {
        long h = hash(s);
        if (h == 0) {
            if (!hasZero) {
                hasZero = true;
                size++;
            }
            return;
        }
        if ((size + 1) * 2 > slots.length) {
            grow();
        }
        if (insert(slots, h)) {
            size++;
        }
    }

    long count() {
        return size;
    }

    private static boolean insert(long[] table, long h) {
        int mask = table.length - 1;
        int i = (int) (h ^ (h >>> 32)) & mask;
        while (true) {
            long v = table[i];
            if (v == 0) {
                table[i] = h;
                return true;
            }
            if (v == h) {
                return false;
            }
            i = (i + 1) & mask;
        }
    }

    private void grow() {
        long[] bigger = new long[slots.length * 2];
        for (long v : slots) {
            if (v != 0) {
                insert(bigger, v);
            }
        }
        slots = bigger;
    }

    /** FNV-1a over the UTF-16 chars, then the SplitMix64 finaliser to spread the bits. */
    static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 30;
        h *= 0xbf58476d1ce4e5b9L;
        h ^= h >>> 27;
        h *= 0x94d049bb133111ebL;
        h ^= h >>> 31;
        return h;
    }
}
