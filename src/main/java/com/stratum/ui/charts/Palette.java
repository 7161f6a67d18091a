package com.stratum.ui.charts;

import javafx.scene.paint.Color;

/** Segment colours: the definition's own hex colour, or a stable fallback by position. */
public final class Palette {

    private static final String[] FALLBACK = {"#1E88E5", "#43A047", "#FB8C00", "#8E24AA", "#E53935", "#00ACC1",
            "#FDD835", "#6D4C41", "#3949AB", "#C0CA33", "#D81B60", "#546E7A"};

    private Palette() {
    }

    /** A CSS colour (#rrggbb) for item {@code index}: its own when valid, else the fallback. */
    public static String css(String[] colours, int index) {
        return css(colours == null || index < 0 || index >= colours.length ? null : colours[index], index);
    }

    /**
     * The colour of one segment: its own (from the definition) when valid, else the fallback of its
     * position. Every place a segment is drawn (builder list, grid, table swatch, charts) uses this.
     */
    public static String css(String colour, int index) {
        if (colour != null) {
            try {
                Color.web(colour);
                return colour;
            } catch (IllegalArgumentException ignored) {
                // fall through to the stable fallback colour
            }
        }
        return FALLBACK[Math.max(0, index) % FALLBACK.length];
    }

    /**
     * A colour for a new segment: the first palette colour, from {@code index} on, that is not
     * already used nor close to one in use (so a new segment never looks like an existing one);
     * when all are taken, the one farthest from every colour in use.
     */
    public static String unused(java.util.List<String> used, int index) {
        java.util.List<Color> taken = new java.util.ArrayList<>();
        for (int i = 0; i < used.size(); i++) {
            taken.add(fx(used.get(i), i));
        }
        String best = FALLBACK[Math.max(0, index) % FALLBACK.length];
        double bestDistance = -1;
        for (int k = 0; k < FALLBACK.length; k++) {
            String candidate = FALLBACK[(Math.max(0, index) + k) % FALLBACK.length];
            double nearest = nearest(Color.web(candidate), taken);
            if (nearest >= CLOSE) {
                return candidate;
            }
            if (nearest > bestDistance) {
                bestDistance = nearest;
                best = candidate;
            }
        }
        return best;
    }

    /** Below this RGB distance (0..441) two segment colours read as the same. */
    static final double CLOSE = 80;

    private static double nearest(Color c, java.util.List<Color> taken) {
        double min = Double.MAX_VALUE;
        for (Color t : taken) {
            double dr = (c.getRed() - t.getRed()) * 255;
            double dg = (c.getGreen() - t.getGreen()) * 255;
            double db = (c.getBlue() - t.getBlue()) * 255;
            min = Math.min(min, Math.sqrt(dr * dr + dg * dg + db * db));
        }
        return min;
    }

    public static Color fx(String colour, int index) {
        return Color.web(css(colour, index));
    }

    public static Color fx(String[] colours, int index) {
        return Color.web(css(colours, index));
    }

    public static java.awt.Color awt(String[] colours, int index) {
        Color c = fx(colours, index);
        return new java.awt.Color((float) c.getRed(), (float) c.getGreen(), (float) c.getBlue(), (float) c.getOpacity());
    }

    /** The colour as #rrggbb (what definitions store). */
    public static String hex(Color c) {
        return String.format("#%02X%02X%02X", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }
}
