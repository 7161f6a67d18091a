package com.stratum.ui.importwizard;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The import wizard's texts, from its own bundle ({@code com/stratum/i18n/importwizard}) so the
 * wizard's strings do not collide with the shell's {@code ui} bundle. English is the base bundle,
 * Simplified Chinese the only variant; no fallback to the JVM's default locale.
 */
public final class WizardTexts {

    public static final String BUNDLE = "com.stratum.i18n.importwizard";

    private final ResourceBundle bundle;
    private final Locale locale;

    public WizardTexts(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public Locale locale() {
        return locale;
    }

    /** The text for {@code key}, with {@link MessageFormat} arguments when given. */
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }
}
