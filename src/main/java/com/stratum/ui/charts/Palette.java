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
