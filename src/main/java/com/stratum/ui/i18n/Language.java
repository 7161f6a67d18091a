package com.stratum.ui.i18n;

import java.util.Locale;
import java.util.Optional;

/** The languages the window speaks. {@link #SYSTEM} follows the operating system's locale. */
public enum Language {
    SYSTEM("system", null),
    ENGLISH("en", Locale.ENGLISH),
    CHINESE("zh_CN", Locale.SIMPLIFIED_CHINESE);

    private final String key;
    private final Locale locale;

    Language(String key, Locale locale) {
        this.key = key;
        this.locale = locale;
    }

    /** The value stored in the preferences file. */
    public String key() {
        return key;
    }

    /** The locale this language means on a machine whose default locale is {@code systemDefault}. */
    public Locale locale(Locale systemDefault) {
        if (locale != null) {
            return locale;
        }
        return "zh".equals(systemDefault.getLanguage()) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
    }

    public static Optional<Language> fromKey(String key) {
        for (Language l : values()) {
            if (l.key.equals(key)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }
}
