package com.stratum.ui.charts;

import org.jfree.chart.renderer.PaintScale;

import java.awt.Color;
import java.awt.Paint;
import java.io.Serializable;

/** A linear colour ramp between two colours over [lower, upper]; NaN paints nothing. */
final class GradientScale implements PaintScale, Serializable {

    private final double lower;
    private final double upper;
    private final Color from;
    private final Color to;

    GradientScale(double lower, double upper, Color from, Color to) {
        this.lower = lower;
        this.upper = upper > lower ? upper : lower + 1;
        this.from = from;
        this.to = to;
    }

    @Override
    public double getLowerBound() {
        return lower;
    }

    @Override
    public double getUpperBound() {
        return upper;
    }

    @Override
    public Paint getPaint(double value) {
        if (Double.isNaN(value)) {
            return new Color(0, 0, 0, 0);
        }
        return colour(value);
    }

    Color colour(double value) {
        double t = Math.max(0, Math.min(1, (value - lower) / (upper - lower)));
        return new Color(mix(from.getRed(), to.getRed(), t), mix(from.getGreen(), to.getGreen(), t),
                mix(from.getBlue(), to.getBlue(), t));
    }

    private static int mix(int a, int b, double t) {
        return (int) Math.round(a + (b - a) * t);
    }

    /** Black or white text, whichever reads better on the cell. */
    Color textOn(double value) {
        if (Double.isNaN(value)) {
            return Color.GRAY;
        }
        Color c = colour(value);
        double luminance = (0.299 * c.getRed() + 0.587 * c.getGreen() + 0.114 * c.getBlue()) / 255;
        return luminance > 0.55 ? new Color(0x24, 0x29, 0x2F) : Color.WHITE;
    }
}
