package com.stratum.ui.prefs;

import com.stratum.features.FeatureSettings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The plain-text forms the Preferences dialog edits: online channels one per line (or comma
 * separated), the city tier table as {@code city = 1} lines (tier 1, 2 or 3).
 */
public final class AnalysisText {

    private static final List<String> TIERS = List.of(FeatureSettings.TIER_1, FeatureSettings.TIER_2,
            FeatureSettings.TIER_3);

    private AnalysisText() {
    }

    public static String channels(List<String> channels) {
        return String.join("\n", channels);
    }

    /** Lines or commas (ASCII or Chinese) separate channels; blanks and repeats are dropped. */
    public static List<String> parseChannels(String text) {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (String part : text.split("[\\n,，;；、]")) {
            if (!part.isBlank()) {
                out.add(part.strip());
            }
        }
        return new ArrayList<>(out);
    }

    public static String cityTiers(Map<String, String> tiers) {
        StringBuilder sb = new StringBuilder();
        tiers.forEach((city, tier) -> sb.append(city).append(" = ").append(TIERS.indexOf(tier) + 1).append('\n'));
        return sb.toString();
    }

    /**
     * Parses {@code city = n} lines (n 1-3; blank lines skipped).
     *
     * @throws BadLine naming the first line (1-based) that is not of that form
     */
    public static Map<String, String> parseCityTiers(String text) throws BadLine {
        Map<String, String> out = new LinkedHashMap<>();
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            int eq = Math.max(line.lastIndexOf('='), line.lastIndexOf('＝'));
            String city = eq > 0 ? line.substring(0, eq).strip() : "";
            String tier = eq > 0 ? line.substring(eq + 1).strip() : "";
            if (city.isEmpty() || !tier.matches("[123]")) {
                throw new BadLine(i + 1, lines[i]);
            }
            out.put(city, TIERS.get(Integer.parseInt(tier) - 1));
        }
        return out;
    }

    /** A line of the city tier text that is not {@code city = 1|2|3}. */
    public static final class BadLine extends Exception {
        private static final long serialVersionUID = 1L;
        private final int line;
        private final String text;

        BadLine(int line, String text) {
            super("Line " + line + " is not 'city = 1|2|3': " + text);
            this.line = line;
            this.text = text;
        }

        public int line() {
            return line;
        }

        public String text() {
            return text;
        }
    }
}
