package com.stratum.ui.dialog;

import com.stratum.ui.i18n.Localization;
import javafx.scene.control.Alert;
import javafx.stage.Window;

/** Help > About: name, version, one line on what Stratum is. */
public final class AboutDialog extends Alert {

    public AboutDialog(Window owner, Localization i18n) {
        super(AlertType.INFORMATION, "", Buttons.ok(i18n));
        initOwner(owner);
        setTitle(i18n.get("about.title"));
        setHeaderText(i18n.get("about.header", version()));
        setContentText(i18n.get("about.text"));
        getDialogPane().setId("about-dialog");
    }

    static String version() {
        String v = AboutDialog.class.getPackage().getImplementationVersion();
        return v == null ? "0.1" : v;
    }
}
