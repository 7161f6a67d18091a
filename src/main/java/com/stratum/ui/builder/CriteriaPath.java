package com.stratum.ui.builder;

import java.util.Arrays;

/** Where a node sits in a criteria tree: child indices from the root group ({@code []} = the root). */
public record CriteriaPath(int[] indices) {

    public static final CriteriaPath ROOT = new CriteriaPath(new int[0]);

    public static CriteriaPath of(int... indices) {
        return new CriteriaPath(indices.clone());
    }

    public CriteriaPath child(int index) {
        int[] out = Arrays.copyOf(indices, indices.length + 1);
        out[indices.length] = index;
        return new CriteriaPath(out);
    }

    public CriteriaPath parent() {
        if (indices.length == 0) {
            throw new IllegalStateException("The root has no parent");
        }
        return new CriteriaPath(Arrays.copyOf(indices, indices.length - 1));
    }

    public int last() {
        return indices[indices.length - 1];
    }

    public int depth() {
        return indices.length;
    }

    public boolean isRoot() {
        return indices.length == 0;
    }

    /** True when this path is {@code other} or lies inside it. */
    public boolean startsWith(CriteriaPath other) {
        if (other.indices.length > indices.length) {
            return false;
        }
        for (int i = 0; i < other.indices.length; i++) {
            if (indices[i] != other.indices[i]) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CriteriaPath p && Arrays.equals(indices, p.indices);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(indices);
    }

    @Override
    public String toString() {
        return Arrays.toString(indices);
    }
}
