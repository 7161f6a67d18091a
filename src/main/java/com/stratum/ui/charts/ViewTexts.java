package com.stratum.ui.charts;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The texts of the analysis views (charts, results, builder, what-if, history) from the
 * {@code views} bundle. Kept apart from the shell's {@code ui} bundle so the two can grow
 * independently; English is the base bundle, Simplified Chinese the variant.
 */
public final class ViewTexts {

    public static final String BUNDLE = "com.stratum.i18n.views";

    private final Locale locale;
    private final ResourceBundle bundle;

    private ViewTexts(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static ViewTexts of(Locale locale) {
        return new ViewTexts(locale);
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

    public boolean has(String key) {
        return bundle.containsKey(key);
    }
}
