package com.stratum.ui.shell;

import com.stratum.ui.AppContext;
import com.stratum.ui.session.ImportAction;
import com.stratum.ui.i18n.Language;
import com.stratum.ui.theme.AppTheme;
import com.stratum.workspace.Workspace;

import java.nio.file.Path;
import java.util.List;

/** The menu actions of the main window, free of JavaFX nodes (tested with plain JUnit). */
public final class MainViewModel {

    private final AppContext ctx;
    private final SectionRegistry registry;

    public MainViewModel(AppContext ctx, SectionRegistry registry) {
        this.ctx = ctx;
        this.importStarter = files -> ImportAction.importFiles(ctx, files);
        this.registry = registry;
    }

    public AppContext context() {
        return ctx;
    }

    public void newWorkspace() {
        ctx.dialogs().chooseFolder(ctx.i18n().get("dialog.newWorkspace.title"))
                .ifPresent(folder -> ctx.session().open(folder));
    }

    /** A new workspace whose file is encrypted with a password the user chooses. */
    public void newEncryptedWorkspace() {
        ctx.dialogs().chooseFolder(ctx.i18n().get("dialog.newWorkspace.title")).ifPresent(folder -> {
            if (Workspace.exists(folder)) {
                ctx.dialogs().showError(ctx.i18n().get("error.exists.title"),
                        ctx.i18n().get("error.exists.message", folder), null);
                return;
            }
            ctx.dialogs().askPassword(ctx.i18n().get("password.title"),
                            ctx.i18n().get("password.choose", folder.getFileName()))
                    .filter(pw -> pw.length > 0)
                    .ifPresent(pw -> ctx.session().createEncrypted(folder, pw));
        });
    }

    public void openWorkspace() {
        ctx.dialogs().chooseFolder(ctx.i18n().get("dialog.openWorkspace.title")).ifPresent(this::openExisting);
    }

    /** Opens a workspace from the Recent menu or the command line; a folder without one is refused. */
    public void openExisting(Path folder) {
        if (!Workspace.exists(folder)) {
            ctx.dialogs().showError(ctx.i18n().get("error.notWorkspace.title"),
                    ctx.i18n().get("error.notWorkspace.message", folder), null);
            ctx.prefs().recentWorkspaces().remove(folder);
            return;
        }
        ctx.session().open(folder);
    }

    private java.util.function.Consumer<List<Path>> importStarter;

    public void importFile() {
        ImportAction.chooseAndImport(ctx);
    }

    /** Files dropped on the window: the spreadsheets among them are imported. */
    public void importDropped(List<Path> files) {
        List<Path> sheets = files.stream().filter(MainViewModel::isImportable).toList();
        if (!sheets.isEmpty()) {
            ctx.navigation().show(Section.DATA);
            importStarter.accept(sheets);
        }
    }

    /** Replaces what starts an import of dropped files (the import wizard), for tests without a window. */
    void useImportStarter(java.util.function.Consumer<List<Path>> starter) {
        this.importStarter = starter;
    }

    public static boolean isImportable(Path file) {
        return ImportAction.isImportable(file);
    }

    /**
     * File &gt; Export: a section that can export (Results with its open segment, the Export section
     * itself) does; from any other section the Export section opens on the run on screen.
     */
    public void export() {
        Section current = ctx.navigation().current();
        java.util.Optional<Object> here = registry.viewModel(current, ctx).filter(vm -> vm instanceof ExportCapable);
        if (here.isPresent()) {
            ((ExportCapable) here.get()).export();
            return;
        }
        com.stratum.ui.export.ExportViewModel.of(ctx).prepare(-1);
        ctx.navigation().show(Section.EXPORT);
    }

    /** Edit > Run: the definition open in Segments, from any section. */
    public void run() {
        registry.viewModel(Section.SEGMENTS, ctx).filter(vm -> vm instanceof RunCapable)
                .ifPresent(vm -> ((RunCapable) vm).runAndShow());
    }

    public void undo() {
        ctx.jobs().undo();
    }

    public void redo() {
        ctx.jobs().redo();
    }

    public void setLanguage(Language language) {
        ctx.prefs().languageProperty().set(language);
    }

    public void setTheme(AppTheme theme) {
        ctx.prefs().themeProperty().set(theme);
    }

    public void toggleTheme() {
        setTheme(ctx.prefs().themeProperty().get() == AppTheme.DARK ? AppTheme.LIGHT : AppTheme.DARK);
    }
}
