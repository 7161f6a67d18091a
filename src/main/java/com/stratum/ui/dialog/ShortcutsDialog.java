package com.stratum.ui.dialog;

import com.stratum.ui.i18n.Localization;
import com.stratum.ui.shell.Shortcuts;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** Help > Keyboard shortcuts: the same list the menus use, so it cannot drift. */
public final class ShortcutsDialog extends Dialog<ButtonType> {

    public ShortcutsDialog(Window owner, Localization i18n) {
        initOwner(owner);
        setTitle(i18n.get("shortcuts.title"));
        getDialogPane().setId("shortcuts-dialog");
        getDialogPane().getButtonTypes().add(Buttons.close(i18n));
        GridPane grid = new GridPane();
        grid.setHgap(24);
        grid.setVgap(6);
        grid.setPadding(new Insets(12));
        int row = 0;
        for (Shortcuts.Entry e : Shortcuts.all()) {
            Label keys = new Label(e.keys().getDisplayText());
            keys.getStyleClass().add("shortcut-keys");
            grid.addRow(row++, new Label(i18n.get(e.actionKey())), keys);
        }
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(420);
        getDialogPane().setContent(scroll);
    }
}
