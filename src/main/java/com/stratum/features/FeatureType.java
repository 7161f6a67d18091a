package com.stratum.features;

import java.util.Locale;

/** How a feature is stored and compared: the column class it becomes in the {@link CustomerFrame}. */
public enum FeatureType {
    /** {@link NumericColumn}. */
    NUMERIC,
    /** {@link MoneyColumn}: exact cents. */
    MONEY,
    /** {@link CategoricalColumn}. */
    CATEGORICAL,
    /** {@link DateColumn}. */
    DATE;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
