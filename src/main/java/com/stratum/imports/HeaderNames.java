package com.stratum.imports;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Makes header names usable and visible: blank ones become "Column N", repeats become "Amount (2)". */
final class HeaderNames {

    private HeaderNames() {
    }

    /** {@code raw} may hold nulls and repeats; the result has one unique, non-blank name per column. */
    static List<String> clean(List<String> raw) {
        List<String> out = new ArrayList<>(raw.size());
        Set<String> used = new HashSet<>();
        for (String r : raw) {
            if (r != null && !r.isBlank()) {
                used.add(key(r.strip().replaceAll("\\s+", " ")));
            }
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < raw.size(); i++) {
            String r = raw.get(i);
            String name;
            if (r == null || r.isBlank()) {
                name = "Column " + (i + 1);
                int k = 2;
                while (used.contains(key(name)) || seen.contains(key(name))) {
                    name = "Column " + (i + 1) + " (" + k++ + ")";
                }
            } else {
                String base = r.strip().replaceAll("\\s+", " ");
                name = base;
                int k = 2;
                while (seen.contains(key(name))) {
                    name = base + " (" + k++ + ")";
                }
            }
            seen.add(key(name));
            out.add(name);
        }
        return out;
    }

    private static String key(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
