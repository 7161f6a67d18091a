package com.stratum.ui.dialog;

import com.stratum.ui.i18n.Localization;
import com.stratum.ui.shell.Shortcuts;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/** Help > Keyboard shortcuts: the same list the menus use, so it cannot drift. */
public final class ShortcutsDialog extends Dialog<ButtonType> {

    public ShortcutsDialog(Window owner, Localization i18n) {
        initOwner(owner);
        DialogStyle.apply(this, i18n.get("shortcuts.title"));
        getDialogPane().setId("shortcuts-dialog");
        getDialogPane().getButtonTypes().add(Buttons.close(i18n));
        GridPane grid = new GridPane();
        grid.setHgap(24);
        grid.setVgap(6);
        grid.setPadding(new Insets(12));
        // both columns as wide as their longest text: nothing is cut to "Ctrl+Shi..."
        for (int c = 0; c < 2; c++) {
            ColumnConstraints col = new ColumnConstraints();
            col.setMinWidth(Region.USE_PREF_SIZE);
            grid.getColumnConstraints().add(col);
        }
        int row = 0;
        for (Shortcuts.Entry e : Shortcuts.all()) {
            Label action = new Label(i18n.get(e.actionKey()));
            action.setMinWidth(Region.USE_PREF_SIZE);
            Label keys = new Label(e.keys().getDisplayText());
            keys.getStyleClass().add("shortcut-keys");
            keys.setMinWidth(Region.USE_PREF_SIZE);
            grid.addRow(row++, action, keys);
        }
        // about twenty rows fit a 1280x800 screen: no scroll pane, whose bar would take width from the keys
        getDialogPane().setContent(grid);
        setResizable(true);
    }
}
