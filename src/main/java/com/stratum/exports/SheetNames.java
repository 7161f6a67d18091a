package com.stratum.exports;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Turns any text into a sheet name Excel accepts, unique within one workbook: at most 31 characters,
 * none of [ ] : * ? / \ or control characters, no leading or trailing apostrophe, not blank, not the
 * reserved "History", and not equal (ignoring case) to a name already given out.
 */
final class SheetNames {

    static final int MAX_LENGTH = 31;

    private final Set<String> taken = new HashSet<>();

    SheetNames() {
        taken.add("history");
    }

    String unique(String requested) {
        String base = clean(requested);
        String name = base;
        for (int n = 2; taken.contains(key(name)); n++) {
            String suffix = " (" + n + ")";
            name = truncate(base, MAX_LENGTH - suffix.length()).stripTrailing() + suffix;
        }
        taken.add(key(name));
        return name;
    }

    static String clean(String requested) {
        StringBuilder sb = new StringBuilder();
        if (requested != null) {
            for (int i = 0; i < requested.length(); i++) {
                char c = requested.charAt(i);
                boolean invalid = c < 0x20 || c == '[' || c == ']' || c == ':' || c == '*' || c == '?'
                        || c == '/' || c == '\\';
                sb.append(invalid ? '_' : c);
            }
        }
        String name = sb.toString().strip();
        while (name.startsWith("'")) {
            name = name.substring(1);
        }
        name = truncate(name, MAX_LENGTH);
        while (name.endsWith("'")) {
            name = name.substring(0, name.length() - 1);
        }
        name = name.strip();
        return name.isEmpty() ? "Sheet" : name;
    }

    /** Cuts to at most max chars without splitting a surrogate pair. */
    private static String truncate(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        int end = Character.isHighSurrogate(s.charAt(max - 1)) ? max - 1 : max;
        return s.substring(0, end);
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
