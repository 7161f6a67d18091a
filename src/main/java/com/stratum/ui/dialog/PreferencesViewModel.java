package com.stratum.ui.dialog;

import com.stratum.ui.i18n.Language;
import com.stratum.ui.prefs.UserPreferences;
import com.stratum.ui.theme.AppTheme;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;

/** The Preferences dialog's working copy: edits apply to the preferences only on OK. */
public final class PreferencesViewModel {

    private final UserPreferences prefs;
    private final ObjectProperty<Language> language = new SimpleObjectProperty<>();
    private final ObjectProperty<AppTheme> theme = new SimpleObjectProperty<>();
    private final IntegerProperty recentLimit = new SimpleIntegerProperty();

    public PreferencesViewModel(UserPreferences prefs) {
        this.prefs = prefs;
        language.set(prefs.languageProperty().get());
        theme.set(prefs.themeProperty().get());
        recentLimit.set(prefs.recentLimitProperty().get());
    }

    public ObjectProperty<Language> languageProperty() {
        return language;
    }

    public ObjectProperty<AppTheme> themeProperty() {
        return theme;
    }

    public IntegerProperty recentLimitProperty() {
        return recentLimit;
    }

    public void apply() {
        prefs.recentLimitProperty().set(Math.max(1, Math.min(UserPreferences.MAX_RECENT_LIMIT, recentLimit.get())));
        prefs.themeProperty().set(theme.get());
        // Last: a new language rebuilds the window.
        prefs.languageProperty().set(language.get());
    }
}
