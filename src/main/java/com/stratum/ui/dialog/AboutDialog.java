package com.stratum.ui.dialog;

import com.stratum.ui.i18n.Localization;
import com.stratum.ui.prefs.UserDataFolder;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.io.InputStream;
import java.nio.file.Path;

/**
 * Help > About: the picture, name and version, the Java and JavaFX the app runs on, and where its
 * data and log file are (read-only fields with a copy button, for a support request).
 */
public final class AboutDialog extends Alert {

    private static final String IMAGE = "/com/stratum/assets/about.png";

    public AboutDialog(Window owner, Localization i18n) {
        super(AlertType.INFORMATION, "", Buttons.ok(i18n));
        initOwner(owner);
        DialogStyle.style(getDialogPane());
        setTitle(i18n.get("about.title"));
        setHeaderText(i18n.get("about.header", version(i18n)));
        getDialogPane().setId("about-dialog");

        Path data = UserDataFolder.resolve();
        GridPane facts = new GridPane();
        facts.setHgap(12);
        facts.setVgap(6);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        facts.getColumnConstraints().addAll(labels, values);
        facts.addRow(0, new Label(i18n.get("about.java")), value("about-java", javaVersion()));
        facts.addRow(1, new Label(i18n.get("about.javafx")), value("about-javafx", javaFxVersion()));
        facts.addRow(2, new Label(i18n.get("about.dataFolder")), path("about-data-folder", data.toString(), i18n));
        facts.addRow(3, new Label(i18n.get("about.logFile")),
                path("about-log-file", logFile(data).toString(), i18n));

        Label text = new Label(i18n.get("about.text"));
        text.setWrapText(true);
        VBox content = new VBox(12);
        image().ifPresent(content.getChildren()::add);
        content.getChildren().addAll(text, facts);
        content.setPadding(new Insets(4, 0, 0, 0));
        content.setPrefWidth(560);
        getDialogPane().setContent(content);
        setGraphic(null);
    }

    /** The implementation version from the jar's manifest (set by the build), else a development build. */
    static String version(Localization i18n) {
        String v = AboutDialog.class.getPackage().getImplementationVersion();
        return v == null ? i18n.get("about.devVersion") : v;
    }

    static String javaVersion() {
        return System.getProperty("java.version") + " (" + System.getProperty("java.vendor", "") + ")";
    }

    static String javaFxVersion() {
        return System.getProperty("javafx.runtime.version", System.getProperty("javafx.version", "?"));
    }

    /** Where logback writes (logback.xml: the data folder's logs/stratum.log). */
    static Path logFile(Path dataFolder) {
        return dataFolder.resolve("logs").resolve("stratum.log");
    }

    private static java.util.Optional<ImageView> image() {
        try (InputStream in = AboutDialog.class.getResourceAsStream(IMAGE)) {
            if (in == null) {
                return java.util.Optional.empty();
            }
            ImageView view = new ImageView(new Image(in));
            view.setFitWidth(560);
            view.setPreserveRatio(true);
            view.setId("about-image");
            return java.util.Optional.of(view);
        } catch (java.io.IOException e) {
            return java.util.Optional.empty();
        }
    }

    private static Label value(String id, String text) {
        Label l = new Label(text);
        l.setId(id);
        return l;
    }

    /** A path the user can select and copy (a label cannot be selected). */
    private static Region path(String id, String text, Localization i18n) {
        TextField field = new TextField(text);
        field.setId(id);
        field.setEditable(false);
        field.setPrefColumnCount(32);
        Button copy = new Button(i18n.get("about.copy"));
        copy.setTooltip(new Tooltip(i18n.get("about.copyTip")));
        copy.setMinWidth(Region.USE_PREF_SIZE);
        copy.setOnAction(e -> {
            ClipboardContent c = new ClipboardContent();
            c.putString(text);
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(c);
        });
        javafx.scene.layout.HBox row = new javafx.scene.layout.HBox(6, field, copy);
        javafx.scene.layout.HBox.setHgrow(field, Priority.ALWAYS);
        return row;
    }
}
