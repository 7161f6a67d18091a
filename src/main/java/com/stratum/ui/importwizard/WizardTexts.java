package com.stratum.ui.importwizard;

import com.stratum.ui.i18n.BundleTexts;

import java.util.Locale;

/** The import wizard's texts, from its own {@code importwizard} bundle (apart from the shell's {@code ui}). */
public final class WizardTexts extends BundleTexts {

    public static final String BUNDLE = "com.stratum.i18n.importwizard";

    public WizardTexts(Locale locale) {
        super(BUNDLE, locale);
    }
}
