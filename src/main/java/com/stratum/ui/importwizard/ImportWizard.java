package com.stratum.ui.importwizard;

import com.stratum.ui.AppContext;
import com.stratum.ui.dialog.FileFilter;
import com.stratum.ui.session.WorkspaceSession;
import com.stratum.ui.theme.AppTheme;
import com.stratum.workspace.ColumnRole;
import com.stratum.workspace.Workspace;
import javafx.application.Platform;
import javafx.css.PseudoClass;
import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Opens the import wizard for files chosen with File > Import or dropped on the window, one
 * wizard after another. After an import the shell's datasets and counts are refreshed.
 */
public final class ImportWizard {

    static final String STYLESHEET = "/com/stratum/ui/importwizard/wizard.css";
    private static final String APP_STYLESHEET = "/com/stratum/ui/stratum.css";
    private static final PseudoClass DARK = PseudoClass.getPseudoClass("dark");

    private ImportWizard() {
    }

    /** Opens a wizard per file, the next one when the previous is closed. Call on the FX thread. */
    public static void open(AppContext ctx, List<Path> files) {
        Workspace ws = ctx.session().workspace();
        if (ws == null || files.isEmpty()) {
            return;
        }
        List<Path> rest = new ArrayList<>(files.subList(1, files.size()));
        Stage stage = show(ctx, ws, files.get(0), new WizardBackend());
        stage.setOnHidden(e -> open(ctx, rest));
    }

    /** Builds and shows one wizard; returns its stage (tests look into it). */
    public static Stage show(AppContext ctx, Workspace ws, Path file, WizardBackend backend) {
        WizardTexts texts = new WizardTexts(ctx.i18n().locale());
        ImportWizardViewModel vm = new ImportWizardViewModel(ws, file, backend, ctx.tasks(), Platform::runLater, texts);
        WorkspaceSession session = ctx.session();
        vm.setOnImported(() -> {
            session.datasetsRevisionProperty().set(session.datasetsRevisionProperty().get() + 1);
            session.refreshCounts();
        });
        ImportWizardView view = new ImportWizardView(vm,
                role -> ctx.i18n().get(roleKey(role)));
        Stage stage = new Stage();
        stage.setTitle(texts.get("wizard.window", file.getFileName()));
        owner().ifPresent(o -> {
            stage.initOwner(o);
            stage.initModality(Modality.WINDOW_MODAL);
        });
        Scene scene = new Scene(view.root(), 1000, 680);
        scene.getStylesheets().add(Objects.requireNonNull(ImportWizard.class.getResource(APP_STYLESHEET)).toExternalForm());
        scene.getStylesheets().add(Objects.requireNonNull(ImportWizard.class.getResource(STYLESHEET)).toExternalForm());
        view.root().pseudoClassStateChanged(DARK, ctx.prefs().themeProperty().get() == AppTheme.DARK);
        stage.setScene(scene);
        view.setOnClose(stage::close);
        view.setOnSaveRejected(() -> ctx.dialogs().chooseFileToSave(texts.get("wizard.save.title"),
                        vm.rejectedFileName(), new FileFilter(texts.get("wizard.save.filter"), List.of("*.xlsx")))
                .map(ImportWizard::withXlsx)
                .ifPresent(target -> vm.saveRejected(target, p -> { }, ctx.errors()::report)));
        view.setOnRemoveDuplicated(() -> vm.removeDuplicatedDatasets(ctx.errors()::report));
        stage.setOnCloseRequest(e -> {
            if (vm.busy()) {
                // closing mid-import cancels it; the window goes once the import has undone its work
                vm.cancelImport();
                e.consume();
                vm.stateProperty().addListener((obs, o, n) -> {
                    if (n == ImportWizardViewModel.ImportState.CANCELLED || n == ImportWizardViewModel.ImportState.FAILED
                            || n == ImportWizardViewModel.ImportState.DONE) {
                        stage.close();
                    }
                });
            }
        });
        stage.show();
        vm.start();
        return stage;
    }

    private static Path withXlsx(Path p) {
        String n = p.getFileName().toString();
        return n.toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx") ? p : p.resolveSibling(n + ".xlsx");
    }

    private static java.util.Optional<Window> owner() {
        return Window.getWindows().stream().filter(Window::isShowing).filter(Window::isFocused).findFirst()
                .or(() -> Window.getWindows().stream().filter(Window::isShowing).findFirst());
    }

    /** The role names the wizard shows come from the shell's bundle (one translation of each role). */
    static String roleKey(ColumnRole role) {
        return role == null ? "role.none" : "role." + role.key();
    }
}
