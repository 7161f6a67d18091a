package com.stratum.ui.i18n;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

import java.util.Locale;

/**
 * The window's texts from the {@code ui} bundle in the current locale. Views read their texts
 * when they are built; a change of {@link #localeProperty()} makes the shell rebuild its views,
 * so the language switches live without a restart.
 */
public final class Localization {

    public static final String BUNDLE = "com.stratum.i18n.ui";

    private final ObjectProperty<Locale> locale = new SimpleObjectProperty<>();
    private BundleTexts texts;

    public Localization(Locale initial) {
        setLocale(initial);
    }

    public void setLocale(Locale newLocale) {
        texts = BundleTexts.of(BUNDLE, newLocale);
        locale.set(newLocale);
    }

    public Locale locale() {
        return locale.get();
    }

    public ReadOnlyObjectProperty<Locale> localeProperty() {
        return locale;
    }

    /** The text for {@code key}, with {@link java.text.MessageFormat} arguments when given. */
    public String get(String key, Object... args) {
        return texts.get(key, args);
    }
}
