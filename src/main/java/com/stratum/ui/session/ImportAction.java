package com.stratum.ui.session;

import com.stratum.ui.AppContext;
import com.stratum.ui.dialog.FileFilter;
import com.stratum.ui.importwizard.ImportWizard;

import javafx.beans.InvalidationListener;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** File > Import and the Data view's Import button: choose a spreadsheet, import it with progress. */
public final class ImportAction {

    private ImportAction() {
    }

    public static void chooseAndImport(AppContext ctx) {
        if (ctx.session().workspace() == null) {
            return;
        }
        FileFilter sheets = new FileFilter(ctx.i18n().get("filter.spreadsheets"),
                IMPORTABLE.stream().map(e -> "*" + e).toList());
        ctx.dialogs().chooseFileToOpen(ctx.i18n().get("dialog.import.title"), List.of(sheets))
                .ifPresent(f -> importFiles(ctx, List.of(f)));
    }

    /** The one place File > Import and dropped files start an import: the import wizard, one file after another. */
    public static void importFiles(AppContext ctx, List<Path> files) {
        ImportWizard.open(ctx, files);
    }

    /** Files the wizard reads (by name, as the file chooser filters them). */
    public static boolean isImportable(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        return IMPORTABLE.stream().anyMatch(name::endsWith);
    }

    /** What the importer reads (.txt is left out: most text files dropped on the window are not data). */
    static final List<String> IMPORTABLE = List.of(".xlsx", ".xls", ".csv", ".tsv");

    /**
     * Imports {@code files} once a workspace is open and not busy (at start the workspace opens, and
     * on first launch fills with the sample, in the background).
     */
    public static void importWhenReady(AppContext ctx, List<Path> files) {
        if (files.isEmpty()) {
            return;
        }
        WorkspaceSession s = ctx.session();
        InvalidationListener[] listener = new InvalidationListener[1];
        listener[0] = o -> {
            if (s.workspace() != null && !s.busyProperty().get()) {
                s.workspaceProperty().removeListener(listener[0]);
                s.busyProperty().removeListener(listener[0]);
                importFiles(ctx, files);
            }
        };
        s.workspaceProperty().addListener(listener[0]);
        s.busyProperty().addListener(listener[0]);
        listener[0].invalidated(null);
    }
}
