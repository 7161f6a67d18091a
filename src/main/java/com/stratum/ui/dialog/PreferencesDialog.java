package com.stratum.ui.dialog;

import com.stratum.ui.i18n.Language;
import com.stratum.ui.i18n.Localization;
import com.stratum.ui.prefs.UserPreferences;
import com.stratum.ui.shell.MainWindow;
import com.stratum.ui.theme.AppTheme;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import javafx.util.StringConverter;

import java.util.function.Function;

/** Language, theme and the number of recent workspaces. */
public final class PreferencesDialog extends Dialog<ButtonType> {

    public PreferencesDialog(Window owner, Localization i18n, PreferencesViewModel vm) {
        initOwner(owner);
        setTitle(i18n.get("prefs.title"));
        getDialogPane().setId("preferences-dialog");
        ButtonType ok = Buttons.ok(i18n);
        getDialogPane().getButtonTypes().addAll(ok, Buttons.cancel(i18n));

        ComboBox<Language> language = combo(Language.values(), l -> i18n.get(MainWindow.languageKey(l)));
        language.setId("prefs-language");
        language.valueProperty().bindBidirectional(vm.languageProperty());
        ComboBox<AppTheme> theme = combo(AppTheme.values(),
                t -> i18n.get(t == AppTheme.LIGHT ? "theme.light" : "theme.dark"));
        theme.setId("prefs-theme");
        theme.valueProperty().bindBidirectional(vm.themeProperty());
        Spinner<Integer> recent = new Spinner<>(1, UserPreferences.MAX_RECENT_LIMIT, vm.recentLimitProperty().get());
        recent.setId("prefs-recent");
        recent.setEditable(true);
        recent.valueProperty().addListener((obs, o, n) -> vm.recentLimitProperty().set(n));

        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        grid.setPadding(new Insets(16));
        grid.addRow(0, new Label(i18n.get("prefs.language")), language);
        grid.addRow(1, new Label(i18n.get("prefs.theme")), theme);
        grid.addRow(2, new Label(i18n.get("prefs.recentLimit")), recent);
        Label note = new Label(i18n.get("prefs.languageNote"));
        note.getStyleClass().add("text-muted");
        grid.add(note, 0, 3, 2, 1);
        getDialogPane().setContent(grid);
        setResultConverter(b -> b);
        resultProperty().addListener((obs, o, n) -> {
            if (n != ok) {
                setResult(null);
            }
        });
    }

    private static <T> ComboBox<T> combo(T[] values, Function<T, String> text) {
        ComboBox<T> box = new ComboBox<>();
        box.getItems().setAll(values);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : text.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        });
        box.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        });
        return box;
    }
}
