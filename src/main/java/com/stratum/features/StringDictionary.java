package com.stratum.features;

import java.util.Arrays;
import java.util.List;

/**
 * Interns strings to dense int codes (0, 1, 2 ... in first-seen order). Open addressing over
 * primitive arrays: one lookup per transaction line, no boxing and no per-entry objects.
 */
public final class StringDictionary {

    private String[] values;
    private int[] slots; // code + 1; 0 = empty
    private int size;

    public StringDictionary() {
        this(16);
    }

    public StringDictionary(int expected) {
        int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        slots = new int[cap];
        values = new String[Math.max(16, expected)];
    }

    /** The code of {@code value}, adding it when new. */
    public int intern(String value) {
        int mask = slots.length - 1;
        int i = mix(value.hashCode()) & mask;
        while (true) {
            int s = slots[i];
            if (s == 0) {
                break;
            }
            if (values[s - 1].equals(value)) {
                return s - 1;
            }
            i = (i + 1) & mask;
        }
        if (size == values.length) {
            values = Arrays.copyOf(values, size + (size >> 1) + 16);
        }
        values[size] = value;
        slots[i] = ++size;
        if (size * 2 > slots.length) {
            rehash();
        }
        return size - 1;
    }

    /** The code of {@code value}, or -1 when it was never interned. */
    public int find(String value) {
        int mask = slots.length - 1;
        int i = mix(value.hashCode()) & mask;
        while (true) {
            int s = slots[i];
            if (s == 0) {
                return -1;
            }
            if (values[s - 1].equals(value)) {
                return s - 1;
            }
            i = (i + 1) & mask;
        }
    }

    public String value(int code) {
        if (code < 0 || code >= size) {
            throw new IndexOutOfBoundsException("code " + code + " of " + size);
        }
        return values[code];
    }

    public int size() {
        return size;
    }

    /** The values in code order (a copy). */
    public List<String> values() {
        return List.of(Arrays.copyOf(values, size));
    }

    /** Forgets every value (codes restart at 0). */
    public void clear() {
        Arrays.fill(slots, 0);
        Arrays.fill(values, 0, size, null);
        size = 0;
    }

    private void rehash() {
        int[] n = new int[slots.length << 1];
        int mask = n.length - 1;
        for (int code = 0; code < size; code++) {
            int i = mix(values[code].hashCode()) & mask;
            while (n[i] != 0) {
                i = (i + 1) & mask;
            }
            n[i] = code + 1;
        }
        slots = n;
    }

    private static int mix(int h) {
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
