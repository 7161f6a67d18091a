package com.stratum.ui.predictive;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The Predictive section's texts, from its own {@code predictive} bundle (English base, Simplified Chinese). */
public final class PredictiveTexts {

    public static final String BUNDLE = "com.stratum.i18n.predictive";

    private final Locale locale;
    private final ResourceBundle bundle;

    private PredictiveTexts(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static PredictiveTexts of(Locale locale) {
        return new PredictiveTexts(locale);
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
