package com.stratum.workspace;

import java.util.function.LongConsumer;

/**
 * A set of customer ids kept as 64-bit hashes in one open-addressing long array (at most 16 bytes
 * an id), for counting and linking ids over millions of rows without holding the strings. Two
 * different ids share a hash with probability about n^2 / 2^65 (3 in 100 million for a million
 * ids), so counts are exact in practice.
 */
public final class IdHashSet {

    private long[] slots = new long[1 << 12];
    private boolean hasZero;
    private int size;

    /** Adds an id; true when it was not there yet. */
    public boolean add(String id) {
        return addHash(hash(id));
    }

    public boolean contains(String id) {
        return containsHash(hash(id));
    }

    public int size() {
        return size;
    }

    boolean addHash(long h) {
        if (h == 0) {
            if (hasZero) {
                return false;
            }
            hasZero = true;
            size++;
            return true;
        }
        if ((size + 1) * 2 > slots.length) {
            grow();
        }
        if (insert(slots, h)) {
            size++;
            return true;
        }
        return false;
    }

    boolean containsHash(long h) {
        if (h == 0) {
            return hasZero;
        }
        int mask = slots.length - 1;
        int i = index(h, mask);
        while (true) {
            long v = slots[i];
            if (v == 0) {
                return false;
            }
            if (v == h) {
                return true;
            }
            i = (i + 1) & mask;
        }
    }

    /** Calls {@code action} with every hash in the set. */
    void forEachHash(LongConsumer action) {
        if (hasZero) {
            action.accept(0L);
        }
        for (long v : slots) {
            if (v != 0) {
                action.accept(v);
            }
        }
    }

    private static int index(long h, int mask) {
        return (int) (h ^ (h >>> 32)) & mask;
    }

    private static boolean insert(long[] table, long h) {
        int mask = table.length - 1;
        int i = index(h, mask);
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
