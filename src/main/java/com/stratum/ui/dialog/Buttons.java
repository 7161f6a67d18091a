package com.stratum.ui.dialog;

import com.stratum.ui.i18n.Localization;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;

/**
 * Dialog buttons in the window's language. JavaFX's own {@code ButtonType.OK} takes its text from
 * the JVM's default locale, which may differ from the language chosen in Stratum.
 */
public final class Buttons {

    private Buttons() {
    }

    public static ButtonType ok(Localization i18n) {
        return new ButtonType(i18n.get("button.ok"), ButtonData.OK_DONE);
    }

    public static ButtonType cancel(Localization i18n) {
        return new ButtonType(i18n.get("button.cancel"), ButtonData.CANCEL_CLOSE);
    }

    public static ButtonType close(Localization i18n) {
        return new ButtonType(i18n.get("button.close"), ButtonData.CANCEL_CLOSE);
    }
}
