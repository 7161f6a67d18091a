package com.stratum.ui.prefs;

/** The main window's last position and size. */
public record WindowGeometry(double x, double y, double width, double height, boolean maximized) {

    /** Nothing remembered yet: {@link #firstLaunch} sizes the window for the screen. */
    public static final WindowGeometry DEFAULT = new WindowGeometry(Double.NaN, Double.NaN, 1280, 800, false);

    static final double SCREEN_SHARE = 0.8;
    static final double MIN_WIDTH = 1280;
    static final double MIN_HEIGHT = 800;

    public boolean hasPosition() {
        return !Double.isNaN(x) && !Double.isNaN(y);
    }

    /**
     * The first window on a screen whose usable area is {@code screenWidth x screenHeight}: 80% of it,
     * at least 1280x800 where that fits, never larger than the screen; centred (no position).
     */
    public static WindowGeometry firstLaunch(double screenWidth, double screenHeight) {
        return new WindowGeometry(Double.NaN, Double.NaN, side(screenWidth, MIN_WIDTH), side(screenHeight, MIN_HEIGHT),
                false);
    }

    private static double side(double screen, double min) {
        return Math.floor(Math.min(screen, Math.max(min, screen * SCREEN_SHARE)));
    }
}
