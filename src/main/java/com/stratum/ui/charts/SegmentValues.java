package com.stratum.ui.charts;

import java.util.Objects;

/**
 * One number per segment with the segment's name and colour (e.g. sizes, revenue). The optional
 * {@code baseline} carries a second number per segment drawn as ghost bars (what-if).
 */
public record SegmentValues(String[] names, String[] colours, double[] values, double[] baseline) {

    public SegmentValues {
        Objects.requireNonNull(names);
        Objects.requireNonNull(values);
        colours = colours == null ? new String[names.length] : colours;
        if (colours.length != names.length || values.length != names.length
                || (baseline != null && baseline.length != names.length)) {
            throw new IllegalArgumentException("names, colours, values and baseline must have the same length");
        }
    }

    public SegmentValues(String[] names, String[] colours, double[] values) {
        this(names, colours, values, null);
    }

    public int size() {
        return names.length;
    }

    public double total() {
        double t = 0;
        for (double v : values) {
            t += v;
        }
        return t;
    }
}
