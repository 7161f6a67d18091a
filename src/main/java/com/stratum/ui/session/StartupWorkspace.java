package com.stratum.ui.session;

import com.stratum.workspace.Workspace;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which workspace the window opens at start: the one named on the command line, else the last one
 * used, else the sample workspace in the user data folder (created and filled on first launch).
 * Spreadsheets named on the command line (a .csv or .xlsx opened with Stratum from the file
 * manager) are not workspaces: they are imported into the workspace opened, through the wizard.
 */
public record StartupWorkspace(Path folder, List<SampleFile> importsIfEmpty, List<Path> filesToImport) {

    public static final String SAMPLE_FOLDER = "workspaces/sample";

    public StartupWorkspace {
        importsIfEmpty = List.copyOf(importsIfEmpty);
        filesToImport = List.copyOf(filesToImport);
    }

    public static StartupWorkspace choose(List<String> args, Optional<Path> last, Path dataFolder,
                                          List<SampleFile> samples) {
        Path named = null;
        List<Path> files = new ArrayList<>();
        for (String a : args) {
            if (a.startsWith("-")) {
                continue;
            }
            Path p = Path.of(a).toAbsolutePath().normalize();
            if (ImportAction.isImportable(p) && Files.isRegularFile(p)) {
                files.add(p);
            } else if (named == null) {
                named = p;
            }
        }
        if (named != null) {
            return new StartupWorkspace(named, List.of(), files);
        }
        if (last.isPresent() && Workspace.exists(last.get())) {
            return new StartupWorkspace(last.get(), List.of(), files);
        }
        return new StartupWorkspace(dataFolder.resolve(SAMPLE_FOLDER), samples, files);
    }
}
