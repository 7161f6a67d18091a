package com.stratum.ui.dialog;

import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;

import java.util.Objects;

/**
 * What every dialog of the window shares: the app's stylesheet (a dialog is its own scene, so it
 * does not inherit the main window's), an opaque theme background (in the dark theme a dialog
 * without one showed the table underneath), and its title repeated as the header, since not every
 * desktop draws a title bar.
 */
public final class DialogStyle {

    static final String STYLESHEET = "/com/stratum/ui/stratum.css";

    private DialogStyle() {
    }

    /** Styles {@code dialog} and shows {@code title} both as window title and as visible header. */
    public static void apply(Dialog<?> dialog, String title) {
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        style(dialog.getDialogPane());
    }

    /** The stylesheet and the opaque background only (for dialogs with a header of their own). */
    public static void style(DialogPane pane) {
        String css = Objects.requireNonNull(DialogStyle.class.getResource(STYLESHEET)).toExternalForm();
        if (!pane.getStylesheets().contains(css)) {
            pane.getStylesheets().add(css);
        }
        if (!pane.getStyleClass().contains("stratum-dialog")) {
            pane.getStyleClass().add("stratum-dialog");
        }
    }
}
