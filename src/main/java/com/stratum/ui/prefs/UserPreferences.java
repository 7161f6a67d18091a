package com.stratum.ui.prefs;

import com.stratum.ui.i18n.Language;
import com.stratum.ui.theme.AppTheme;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The user's settings as observable properties; {@link PreferencesFile} reads and writes them. */
public final class UserPreferences {

    public static final int DEFAULT_RECENT_LIMIT = 8;
    public static final int MAX_RECENT_LIMIT = 30;

    private final ObjectProperty<Language> language = new SimpleObjectProperty<>(Language.SYSTEM);
    private final ObjectProperty<AppTheme> theme = new SimpleObjectProperty<>(AppTheme.LIGHT);
    private final IntegerProperty recentLimit = new SimpleIntegerProperty(DEFAULT_RECENT_LIMIT);
    private final ObservableList<Path> recentWorkspaces = FXCollections.observableArrayList();
    private final ObjectProperty<WindowGeometry> window = new SimpleObjectProperty<>(WindowGeometry.DEFAULT);
    private final ObjectProperty<AnalysisDefaults> analysis = new SimpleObjectProperty<>(AnalysisDefaults.STANDARD);
    /** Split pane divider positions by a key naming the section and the pane ("results.0"). */
    private final ObservableMap<String, double[]> dividers = FXCollections.observableHashMap();
    private final BooleanProperty tourSeen = new SimpleBooleanProperty(false);
    private Path lastWorkspace;

    public UserPreferences() {
        recentLimit.addListener((obs, old, now) -> trimRecent());
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

    /** Most recent first, never longer than the recent limit. */
    public ObservableList<Path> recentWorkspaces() {
        return recentWorkspaces;
    }

    public ObjectProperty<WindowGeometry> windowProperty() {
        return window;
    }

    /** Home country, online channels, dayparts and city tiers every feature build starts from. */
    public ObjectProperty<AnalysisDefaults> analysisProperty() {
        return analysis;
    }

    public ObservableMap<String, double[]> dividers() {
        return dividers;
    }

    /** True once the first-launch tour was shown (it is then only opened from Help). */
    public BooleanProperty tourSeenProperty() {
        return tourSeen;
    }

    public Optional<Path> lastWorkspace() {
        return Optional.ofNullable(lastWorkspace);
    }

    /** Records that {@code folder} was opened: it becomes the last workspace and the top recent one. */
    public void workspaceOpened(Path folder) {
        Path p = folder.toAbsolutePath().normalize();
        lastWorkspace = p;
        recentWorkspaces.remove(p);
        recentWorkspaces.add(0, p);
        trimRecent();
    }

    void setLastWorkspace(Path p) {
        lastWorkspace = p;
    }

    void setRecent(List<Path> paths) {
        recentWorkspaces.setAll(paths);
        trimRecent();
    }

    private void trimRecent() {
        int limit = Math.max(0, recentLimit.get());
        if (recentWorkspaces.size() > limit) {
            recentWorkspaces.remove(limit, recentWorkspaces.size());
        }
    }
}
