package com.stratum.ui.i18n;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The window's texts from the {@code ui} bundle in the current locale. Views read their texts
 * when they are built; a change of {@link #localeProperty()} makes the shell rebuild its views,
 * so the language switches live without a restart.
 */
public final class Localization {

    public static final String BUNDLE = "com.stratum.i18n.ui";

    private final ObjectProperty<Locale> locale = new SimpleObjectProperty<>();
    private ResourceBundle bundle;

    public Localization(Locale initial) {
        setLocale(initial);
    }

    public void setLocale(Locale newLocale) {
        // No fallback to the JVM default locale: English is the base bundle, Chinese the only variant.
        bundle = ResourceBundle.getBundle(BUNDLE, newLocale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        locale.set(newLocale);
    }

    public Locale locale() {
        return locale.get();
    }

    public ReadOnlyObjectProperty<Locale> localeProperty() {
        return locale;
    }

    /** The text for {@code key}, with {@link MessageFormat} arguments when given. */
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            // Visible but not fatal: the bundle test catches missing keys before a release.
            return "!" + key + "!";
        }
        if (args.length == 0) {
            return pattern;
        }
        return new MessageFormat(pattern, locale()).format(args);
    }
}
