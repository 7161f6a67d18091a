package com.stratum.engine;

import com.stratum.features.Column;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * What stays valid while only a definition changes over the same frame: sorted values per scored
 * measure, sorted row orders per tier measure, score columns per dimension spec, condition
 * bitmaps, clustering results. This is what makes a what-if re-evaluation cheap: moving one
 * threshold recomputes one condition (or one dimension), not the frame.
 */
final class FrameCache {

    private static final int MAX_BITMAPS = 128;

    private final Map<Object, Object> stable = Collections.synchronizedMap(new HashMap<>());
    private final Map<Object, long[]> bitmaps = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Object, long[]> eldest) {
            return size() > MAX_BITMAPS;
        }
    });
    private final Map<Object, Object> scores = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Object, Object> eldest) {
            return size() > 12;
        }
    });

    @SuppressWarnings("unchecked")
    <T> T stable(Object key, Function<Object, T> compute) {
        Object v = stable.get(key);
        if (v == null) {
            v = compute.apply(key);
            stable.put(key, v);
        }
        return (T) v;
    }

    @SuppressWarnings("unchecked")
    <T> T score(Object key, Function<Object, T> compute) {
        Object v = scores.get(key);
        if (v == null) {
            v = compute.apply(key);
            scores.put(key, v);
        }
        return (T) v;
    }

    /** The bitmap of a (non-negated) condition over a given column instance; callers must not modify it. */
    long[] bitmap(Object conditionKey, Column column, Function<Object, long[]> compute) {
        Object key = new BitmapKey(conditionKey, column);
        long[] v = bitmaps.get(key);
        if (v == null) {
            v = compute.apply(key);
            bitmaps.put(key, v);
        }
        return v;
    }

    /** Identity of the column matters: score columns are rebuilt when the RFM spec changes. */
    private record BitmapKey(Object condition, Column column) {
        @Override
        public boolean equals(Object o) {
            return o instanceof BitmapKey k && k.condition.equals(condition) && k.column == column;
        }

        @Override
        public int hashCode() {
            return condition.hashCode() * 31 + System.identityHashCode(column);
        }
    }
}
