package com.stratum.ui.dialog;

import com.stratum.ui.i18n.Localization;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.io.PrintWriter;
import java.io.StringWriter;

/** An error alert whose message is for the user and whose stack trace waits in a "details" expander. */
final class ErrorDialog {

    private ErrorDialog() {
    }

    static Alert create(Window owner, Localization i18n, String title, String message, Throwable details) {
        Alert alert = new Alert(Alert.AlertType.ERROR, "", Buttons.ok(i18n));
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        DialogStyle.style(alert.getDialogPane());
        alert.setContentText(message);
        alert.getDialogPane().setId("errorDialog");
        if (details != null) {
            StringWriter trace = new StringWriter();
            details.printStackTrace(new PrintWriter(trace));
            TextArea area = new TextArea(trace.toString());
            area.setEditable(false);
            area.setWrapText(false);
            area.setPrefRowCount(14);
            VBox.setVgrow(area, Priority.ALWAYS);
            VBox box = new VBox(6, new Label(i18n.get("error.details")), area);
            alert.getDialogPane().setExpandableContent(box);
        }
        return alert;
    }

    /** Text for the user: the exception's own message where it has one, else its type. */
    static String describe(Throwable t) {
        Throwable cur = t;
        while (cur.getCause() != null && (cur.getMessage() == null || cur instanceof RuntimeException
                && cur.getClass() == RuntimeException.class)) {
            cur = cur.getCause();
        }
        return cur.getMessage() != null ? cur.getMessage() : cur.getClass().getSimpleName();
    }
}
