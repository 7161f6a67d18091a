package com.stratum.ui.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The texts of one area's bundle in one locale: English is the base bundle, Simplified Chinese the
 * variant, and there is no fallback to the JVM's default locale (the window's language decides).
 * A missing key shows as {@code !key!} so it is seen on screen; the bundle tests keep that from shipping.
 */
public class BundleTexts {

    private final Locale locale;
    private final ResourceBundle bundle;

    protected BundleTexts(String bundleName, Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(bundleName, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The texts of {@code bundleName} (e.g. {@code com.stratum.i18n.ui}) in {@code locale}. */
    public static BundleTexts of(String bundleName, Locale locale) {
        return new BundleTexts(bundleName, locale);
    }

    public final Locale locale() {
        return locale;
    }

    /** The text for {@code key}, with {@link MessageFormat} arguments when given. */
    public final String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    public final boolean has(String key) {
        return bundle.containsKey(key);
    }
}
