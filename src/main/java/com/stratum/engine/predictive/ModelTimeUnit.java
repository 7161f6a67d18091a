package com.stratum.engine.predictive;

/** The unit of t_x, T and of the fitted rate parameters: days, or weeks = days / 7 (the published unit). */
public enum ModelTimeUnit {
    DAYS(1),
    WEEKS(7);

    private final int days;

    ModelTimeUnit(int days) {
        this.days = days;
    }

    public int days() {
        return days;
    }

    public double fromDays(double d) {
        return d / days;
    }

    /** Parses `days` or `weeks` (case-insensitive), as the CLI option spells them. */
    public static ModelTimeUnit parse(String s) {
        for (ModelTimeUnit u : values()) {
            if (u.name().equalsIgnoreCase(s.trim())) {
                return u;
            }
        }
        throw new IllegalArgumentException("Unknown time unit '" + s + "' (use days or weeks)");
    }
}
