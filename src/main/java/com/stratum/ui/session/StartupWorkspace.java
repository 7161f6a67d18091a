package com.stratum.ui.session;

import com.stratum.workspace.Workspace;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Which workspace the window opens at start: the one named on the command line, else the last one
 * used, else the sample workspace in the user data folder (created and filled on first launch).
 */
public record StartupWorkspace(Path folder, List<SampleFile> importsIfEmpty) {

    public static final String SAMPLE_FOLDER = "workspaces/sample";

    public static StartupWorkspace choose(List<String> args, Optional<Path> last, Path dataFolder,
                                          List<SampleFile> samples) {
        for (String a : args) {
            if (!a.startsWith("-")) {
                return new StartupWorkspace(Path.of(a).toAbsolutePath().normalize(), List.of());
            }
        }
        if (last.isPresent() && Workspace.exists(last.get())) {
            return new StartupWorkspace(last.get(), List.of());
        }
        return new StartupWorkspace(dataFolder.resolve(SAMPLE_FOLDER), samples);
    }
}
