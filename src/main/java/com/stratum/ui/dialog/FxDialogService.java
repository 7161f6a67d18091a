package com.stratum.ui.dialog;

import com.stratum.ui.i18n.Localization;
import javafx.scene.control.Alert;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** The real dialogs, owned by the main window. */
public final class FxDialogService implements DialogService {

    private final Supplier<Window> owner;
    private final Localization i18n;
    private File lastFolder;

    public FxDialogService(Supplier<Window> owner, Localization i18n) {
        this.owner = owner;
        this.i18n = i18n;
    }

    @Override
    public void showError(String title, String message, Throwable details) {
        ErrorDialog.create(owner.get(), i18n, title, message, details).showAndWait();
    }

    @Override
    public void showInfo(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "", Buttons.ok(i18n));
        alert.initOwner(owner.get());
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.setContentText(message);
        DialogStyle.style(alert.getDialogPane());
        alert.showAndWait();
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, List<FileFilter> filters) {
        FileChooser chooser = chooser(title);
        for (FileFilter f : filters) {
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(f.description(), f.patterns()));
        }
        return remember(chooser.showOpenDialog(owner.get()));
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String initialName, FileFilter filter) {
        FileChooser chooser = chooser(title);
        chooser.setInitialFileName(initialName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(filter.description(), filter.patterns()));
        return remember(chooser.showSaveDialog(owner.get()));
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        File f = chooser.showDialog(owner.get());
        if (f != null) {
            lastFolder = f.getParentFile();
        }
        return Optional.ofNullable(f).map(File::toPath);
    }

    @Override
    public Optional<char[]> askPassword(String title, String message) {
        javafx.scene.control.Dialog<javafx.scene.control.ButtonType> dialog = new javafx.scene.control.Dialog<>();
        dialog.initOwner(owner.get());
        dialog.setTitle(title);
        dialog.setHeaderText(message);
        DialogStyle.style(dialog.getDialogPane());
        javafx.scene.control.PasswordField field = new javafx.scene.control.PasswordField();
        field.setId("password-field");
        field.setPromptText(i18n.get("password.prompt"));
        dialog.getDialogPane().setContent(field);
        javafx.scene.control.ButtonType ok = Buttons.ok(i18n);
        dialog.getDialogPane().getButtonTypes().addAll(ok, Buttons.cancel(i18n));
        dialog.setOnShown(e -> field.requestFocus());
        return dialog.showAndWait().filter(b -> b == ok).map(b -> field.getText().toCharArray());
    }

    private FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        return chooser;
    }

    private Optional<Path> remember(File f) {
        if (f != null) {
            lastFolder = f.getParentFile();
        }
        return Optional.ofNullable(f).map(File::toPath);
    }
}
