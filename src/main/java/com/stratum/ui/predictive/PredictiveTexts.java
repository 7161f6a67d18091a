package com.stratum.ui.predictive;

import com.stratum.ui.i18n.BundleTexts;

import java.util.Locale;

/** The Predictive section's texts, from its own {@code predictive} bundle. */
public final class PredictiveTexts extends BundleTexts {

    public static final String BUNDLE = "com.stratum.i18n.predictive";

    private PredictiveTexts(Locale locale) {
        super(BUNDLE, locale);
    }

    public static PredictiveTexts of(Locale locale) {
        return new PredictiveTexts(locale);
    }
}
