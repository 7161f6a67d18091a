package com.stratum.ui.i18n;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Texts of the engine's templates (segment names, strategies) from the {@code templates} bundle, in
 * the window's current language; a segment without a bundle key keeps the name stored in its
 * definition.
 */
public final class TemplateTexts {

    public static final String BUNDLE = "com.stratum.i18n.templates";

    private TemplateTexts() {
    }

    /** {@code <i18nKey>.name} in {@code locale}, else {@code storedName}. */
    public static String segmentName(String i18nKey, String storedName, Locale locale) {
        return text(i18nKey, ".name", storedName, locale);
    }

    /** {@code <i18nKey>.strategy} in {@code locale}, else {@code storedStrategy}. */
    public static String strategy(String i18nKey, String storedStrategy, Locale locale) {
        return text(i18nKey, ".strategy", storedStrategy, locale);
    }

    private static String text(String i18nKey, String suffix, String fallback, Locale locale) {
        if (i18nKey == null) {
            return fallback;
        }
        try {
            return ResourceBundle.getBundle(BUNDLE, locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                    .getString(i18nKey + suffix);
        } catch (MissingResourceException e) {
            return fallback;
        }
    }
}
