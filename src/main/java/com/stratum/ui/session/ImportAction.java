package com.stratum.ui.session;

import com.stratum.ui.AppContext;
import com.stratum.ui.dialog.FileFilter;
import com.stratum.ui.importwizard.ImportWizard;

import java.nio.file.Path;
import java.util.List;

/** File > Import and the Data view's Import button: choose a spreadsheet, import it with progress. */
public final class ImportAction {

    private ImportAction() {
    }

    public static void chooseAndImport(AppContext ctx) {
        if (ctx.session().workspace() == null) {
            return;
        }
        FileFilter sheets = new FileFilter(ctx.i18n().get("filter.spreadsheets"), List.of("*.xlsx", "*.xls", "*.csv"));
        ctx.dialogs().chooseFileToOpen(ctx.i18n().get("dialog.import.title"), List.of(sheets))
                .ifPresent(f -> importFiles(ctx, List.of(f)));
    }

    /** The one place File > Import and dropped files start an import: the import wizard, one file after another. */
    public static void importFiles(AppContext ctx, List<Path> files) {
        ImportWizard.open(ctx, files);
    }
}
