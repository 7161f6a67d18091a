package com.stratum.ui.prefs;

/** The main window's last position and size. */
public record WindowGeometry(double x, double y, double width, double height, boolean maximized) {

    public static final WindowGeometry DEFAULT = new WindowGeometry(Double.NaN, Double.NaN, 1280, 800, false);

    public boolean hasPosition() {
        return !Double.isNaN(x) && !Double.isNaN(y);
    }
}
