package com.stratum.cli;

import com.stratum.engine.definition.DefinitionException;
import com.stratum.engine.predictive.PredictiveDataException;
import com.stratum.exports.TableWriters;
import com.stratum.workspace.CustomerDataException;
import com.stratum.workspace.Workspace;
import com.stratum.workspace.WorkspaceException;
import com.stratum.workspace.WorkspaceLockedException;
import com.stratum.workspace.WorkspacePasswordException;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Function;

/** What the workspace commands share: the missing-workspace check and the mapping of failures to exit codes. */
final class CommandSupport {

    private CommandSupport() {
    }

    /** Fails with exit 2 before {@link Workspace#open} would silently create an empty workspace. */
    static void requireWorkspace(Path dir) {
        if (!Workspace.exists(dir)) {
            throw new BadInputException("There is no workspace in " + dir.toAbsolutePath() + ".");
        }
    }

    /** The export must be .csv or .xlsx; checked before any work, so a typo costs nothing. */
    static void checkExport(Path out) {
        try {
            TableWriters.formatOf(out);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
    }

    /**
     * Prints the failure on stderr and returns its exit code: 2 for what the user can fix (bad input, data
     * problems, a workspace locked by the window, an unwritable export), 1 for everything else.
     *
     * @param export          the export file named in "Cannot write" messages (may be null)
     * @param internalMessage the message for an unexpected failure
     */
    static int exitCode(Exception e, Path export, String internalMessage) {
        if (e instanceof WorkspacePasswordException p) {
            System.err.println(passwordMessage(p));
            return StratumCli.EXIT_BAD_INPUT;
        }
        if (e instanceof BadInputException || e instanceof DefinitionException || e instanceof PredictiveDataException
                || e instanceof WorkspaceLockedException || e instanceof CustomerDataException) {
            System.err.println(e.getMessage());
            return StratumCli.EXIT_BAD_INPUT;
        }
        if (e instanceof IOException) {
            System.err.println("Cannot write " + export + ": " + reason((IOException) e) + ".");
            return StratumCli.EXIT_BAD_INPUT;
        }
        System.err.println(e instanceof WorkspaceException ? e.getMessage() : internalMessage);
        return StratumCli.EXIT_INTERNAL;
    }

    /** The workspace's message, with the options that fix it on the command line. */
    static String passwordMessage(WorkspacePasswordException e) {
        return switch (e.reason()) {
            case PASSWORD_NEEDED -> e.getMessage() + " " + WorkspacePassword.HINT;
            case NOT_ENCRYPTED -> e.getMessage() + " Leave out --password and --password-file.";
            case WRONG_PASSWORD -> e.getMessage();
        };
    }

    /**
     * The reason of a file-system failure as a user reads it: the JDK's exceptions carry only the path
     * (often of a temporary file) as their message.
     */
    static String reason(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "the folder does not exist";
        }
        if (e instanceof java.nio.file.FileAlreadyExistsException) {
            return "a file of that name is in the way";
        }
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }

    /** Deletes a folder and everything in it (deepest first). */
    static void deleteTree(Path root) throws IOException {
        try (java.util.stream.Stream<Path> s = java.nio.file.Files.walk(root)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                java.nio.file.Files.deleteIfExists(p);
            }
        }
    }

    /** Opens the workspace, prints the one-line JSON that {@code json} makes of it and returns the exit code. */
    static int printJson(Path dir, WorkspacePassword password, Function<Workspace, String> json) {
        try {
            requireWorkspace(dir);
            try (Workspace ws = password.open(dir)) {
                System.out.println(json.apply(ws));
                return 0;
            }
        } catch (BadInputException | WorkspaceException e) {
            return exitCode(e, null, e.getMessage());
        }
    }
}
