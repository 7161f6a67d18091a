package com.stratum.ui.prefs;

import com.stratum.ui.i18n.Language;
import com.stratum.ui.theme.AppTheme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PreferencesFileTest {

    @TempDir
    Path home;

    @Test
    void roundTripsEverySetting() throws Exception {
        UserPreferences p = new UserPreferences();
        p.languageProperty().set(Language.CHINESE);
        p.themeProperty().set(AppTheme.DARK);
        p.recentLimitProperty().set(3);
        p.workspaceOpened(home.resolve("a"));
        p.workspaceOpened(home.resolve("b"));
        p.windowProperty().set(new WindowGeometry(10, 20, 1400, 900, false));
        new PreferencesFile(home).save(p);

        UserPreferences back = new PreferencesFile(home).load();
        assertThat(back.languageProperty().get()).isEqualTo(Language.CHINESE);
        assertThat(back.themeProperty().get()).isEqualTo(AppTheme.DARK);
        assertThat(back.recentLimitProperty().get()).isEqualTo(3);
        assertThat(back.recentWorkspaces()).containsExactly(home.resolve("b"), home.resolve("a"));
        assertThat(back.lastWorkspace()).contains(home.resolve("b"));
        assertThat(back.windowProperty().get()).isEqualTo(new WindowGeometry(10, 20, 1400, 900, false));
    }

    @Test
    void recentListIsMostRecentFirstWithoutDuplicatesAndTrimmed() {
        UserPreferences p = new UserPreferences();
        p.recentLimitProperty().set(2);
        p.workspaceOpened(home.resolve("a"));
        p.workspaceOpened(home.resolve("b"));
        p.workspaceOpened(home.resolve("a"));
        p.workspaceOpened(home.resolve("c"));
        assertThat(p.recentWorkspaces()).containsExactly(home.resolve("c"), home.resolve("a"));
    }

    @Test
    void aDamagedFileGivesTheDefaults() throws Exception {
        Files.writeString(home.resolve("preferences.json"), "{ not json");
        UserPreferences p = new PreferencesFile(home).load();
        assertThat(p.languageProperty().get()).isEqualTo(Language.SYSTEM);
        assertThat(p.recentLimitProperty().get()).isEqualTo(UserPreferences.DEFAULT_RECENT_LIMIT);
        assertThat(p.windowProperty().get().hasPosition()).isFalse();
    }

    @Test
    void dataFolderFollowsTheOverrideThenThePlatform() {
        assertThat(UserDataFolder.resolve("/tmp/x", "Linux", "/home/u", Map.of())).isEqualTo(Path.of("/tmp/x"));
        assertThat(UserDataFolder.resolve(null, "Linux", "/home/u", Map.of())).isEqualTo(Path.of("/home/u/.stratum"));
        assertThat(UserDataFolder.resolve(null, "Windows 11", "C:/Users/u", Map.of("APPDATA", "C:/Users/u/AppData/Roaming")))
                .isEqualTo(Path.of("C:/Users/u/AppData/Roaming", "Stratum"));
        assertThat(UserDataFolder.resolve(null, "Mac OS X", "/Users/u", Map.of()))
                .isEqualTo(Path.of("/Users/u/Library/Application Support/Stratum"));
    }
}
