package com.stratum.ui.dialog;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Dialogs as view models ask for them (JabRef's DialogService, in small): view models stay free of
 * windows, and tests answer file choosers without a native dialog.
 */
public interface DialogService {

    /** A readable error: a title, a message for the user, and the technical details in an expander. */
    void showError(String title, String message, Throwable details);

    void showInfo(String title, String message);

    Optional<Path> chooseFileToOpen(String title, List<FileFilter> filters);

    Optional<Path> chooseFileToSave(String title, String initialName, FileFilter filter);

    Optional<Path> chooseFolder(String title);

    /** Asks for a password (masked); empty when the user cancels. */
    Optional<char[]> askPassword(String title, String message);
}
