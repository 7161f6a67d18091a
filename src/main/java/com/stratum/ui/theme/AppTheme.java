package com.stratum.ui.theme;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import atlantafx.base.theme.Theme;

import java.util.Optional;

/** The two themes of the window, both AtlantaFX Primer themes. */
public enum AppTheme {
    LIGHT("light", new PrimerLight()),
    DARK("dark", new PrimerDark());

    private final String key;
    private final Theme theme;

    AppTheme(String key, Theme theme) {
        this.key = key;
        this.theme = theme;
    }

    public String key() {
        return key;
    }

    Theme atlantaTheme() {
        return theme;
    }

    public static Optional<AppTheme> fromKey(String key) {
        for (AppTheme t : values()) {
            if (t.key.equals(key)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
