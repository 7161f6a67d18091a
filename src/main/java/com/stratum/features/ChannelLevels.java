package com.stratum.features;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The channel values of a table folded onto canonical channels ({@link ChannelKinds}): known spellings
 * become their kind, other values are merged by comparison key under their first spelling.
 *
 * @param codeOf raw channel code → index into {@code levels}
 * @param levels the canonical channel labels, in order of first appearance
 */
record ChannelLevels(int[] codeOf, List<String> levels) {

    static ChannelLevels of(List<String> raw) {
        int[] codeOf = new int[raw.size()];
        List<String> levels = new ArrayList<>();
        Map<String, Integer> byKey = new HashMap<>();
        for (int i = 0; i < codeOf.length; i++) {
            String label = ChannelKinds.canonical(raw.get(i));
            codeOf[i] = byKey.computeIfAbsent(ChannelKinds.key(label), k -> {
                levels.add(label);
                return levels.size() - 1;
            });
        }
        return new ChannelLevels(codeOf, List.copyOf(levels));
    }
}
