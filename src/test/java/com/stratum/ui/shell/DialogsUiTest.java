package com.stratum.ui.shell;

import com.stratum.ui.i18n.Language;
import com.stratum.ui.testsupport.StratumAppTest;
import com.stratum.ui.theme.AppTheme;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;

import static org.assertj.core.api.Assertions.assertThat;

/** Help and Preferences dialogs, keyboard shortcuts, and a start in the language saved in the preferences. */
class DialogsUiTest extends StratumAppTest {

    @Override
    protected void beforeStart() throws Exception {
        Files.createDirectories(home);
        Files.writeString(home.resolve("preferences.json"), "{\"language\":\"zh_CN\",\"theme\":\"dark\"}");
    }

    @Test
    void startsInTheSavedLanguageAndTheme() {
        assertThat(((ToggleButton) node("#nav-data")).getText()).isEqualTo("数据");
        assertThat(lookup("文件").tryQuery()).isPresent();
        assertThat(fx(() -> node("#main-window").getPseudoClassStates())).contains(com.stratum.ui.theme.ThemeManager.DARK);
    }

    @Test
    void shortcutsDialogListsTheShortcuts() {
        press(KeyCode.F1).release(KeyCode.F1);
        waitUntil(() -> lookup("#shortcuts-dialog").tryQuery().isPresent());
        assertThat(lookup("新建工作区...").tryQuery()).isPresent();
        DialogPane pane = node("#shortcuts-dialog");
        onFx(() -> pane.getScene().getWindow().hide());
    }

    @Test
    void preferencesDialogAppliesLanguageAndTheme() {
        clickOn("编辑").clickOn("偏好设置...");
        waitUntil(() -> lookup("#preferences-dialog").tryQuery().isPresent());
        ComboBox<Language> language = node("#prefs-language");
        ComboBox<AppTheme> theme = node("#prefs-theme");
        onFx(() -> {
            language.setValue(Language.ENGLISH);
            theme.setValue(AppTheme.LIGHT);
        });
        clickOn("确定");
        waitUntil(() -> ((ToggleButton) node("#nav-data")).getText().equals("Data"));
        assertThat(ctx().prefs().themeProperty().get()).isEqualTo(AppTheme.LIGHT);
        assertThat(lookup("File").tryQuery()).isPresent();
    }

    @Test
    void sectionShortcutsNavigate() {
        press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        waitUntil(() -> ctx().navigation().current() == Section.RESULTS);
        assertThat(((ToggleButton) node("#nav-results")).isSelected()).isTrue();
    }
}
