package com.stratum.features;

import java.util.Locale;

/** The classification family a feature belongs to (DESIGN.md's table), for grouping in the builder. */
public enum FeatureFamily {
    RFM, BEHAVIORAL, DEMOGRAPHIC, GEOGRAPHIC, PSYCHOGRAPHIC;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
