package com.stratum.cli;

import com.stratum.workspace.Workspace;
import picocli.CommandLine.Option;

import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The password of an encrypted workspace, for every command that opens one ({@code @Mixin}).
 * {@code --password} alone asks for it: on a console without echo, otherwise (piped, a script) it
 * reads the first line of stdin. {@code --password-file FILE} takes the first line of FILE.
 *
 * <p>Not picocli's {@code interactive = true}: without a console, picocli prints its prompt on stdout,
 * in front of the JSON a script reads; here the prompt goes to stderr.
 */
final class WorkspacePassword {

    static final String HINT = "Give it with --password or --password-file FILE.";

    private static final String PROMPT = "Workspace password: ";
    private static final String PROMPT_STDIN = "Workspace password (the first line of stdin):";

    @Option(names = "--password", arity = "0..1", paramLabel = "PASSWORD",
            description = "The password of an encrypted workspace; with import into a new folder, the"
                    + " workspace is created encrypted with it. Given alone, it is asked for without echo (or"
                    + " read from the first line of stdin when there is no console), which keeps it out of"
                    + " the shell history.")
    char[] password;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "Read the workspace password from the first line of FILE.")
    Path passwordFile;

    /**
     * Opens the workspace with the password given (or none, as {@link Workspace#open(Path)}), and
     * clears the password from memory afterwards.
     *
     * @throws BadInputException when both options are given or the password file cannot be read
     */
    Workspace open(Path folder) {
        char[] pw = read();
        try {
            return Workspace.open(folder, pw);
        } finally {
            clear(pw);
            clear(password);
        }
    }

    /** The password given, or null when neither option is. The caller clears it. */
    char[] read() {
        if (password != null && passwordFile != null) {
            throw new BadInputException("Give either --password or --password-file, not both.");
        }
        if (passwordFile != null) {
            return nonEmpty(fromFile(passwordFile), "The password file " + passwordFile + " is empty (its first line).");
        }
        if (password == null) {
            return null;
        }
        if (password.length > 0) {
            return password.clone();
        }
        return nonEmpty(ask(), "No password was given (an empty line).");
    }

    /** An empty password would open (or create) a plain workspace: never what the user asked for. */
    private static char[] nonEmpty(char[] pw, String message) {
        if (pw.length == 0) {
            throw new BadInputException(message);
        }
        return pw;
    }

    /** The first line of the file, without its line break (and without a UTF-8 byte order mark). */
    static char[] fromFile(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return firstLine(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            String why = e instanceof NoSuchFileException ? "there is no such file" : CommandSupport.reason(e);
            throw new BadInputException("Cannot read the password file " + file + ": " + why + ".");
        }
    }

    private static char[] ask() {
        Console console = System.console();
        if (console != null) {
            char[] typed = console.readPassword(PROMPT);
            return typed == null ? new char[0] : typed;
        }
        // no console: a pipe or a script; the prompt on stderr keeps stdout for the JSON
        // on its own line, so that a message after it (a wrong password, say) starts a line of its own
        System.err.println(PROMPT_STDIN);
        try {
            // not closed: closing would close System.in
            return firstLine(new InputStreamReader(System.in, Charset.defaultCharset()));
        } catch (IOException e) {
            throw new BadInputException("Cannot read the password from stdin: " + CommandSupport.reason(e) + ".");
        }
    }

    /**
     * Reads up to the first line break (\n, \r or \r\n) character by character, so no String
     * holds the password.
     */
    static char[] firstLine(Reader reader) throws IOException {
        char[] buf = new char[64];
        int n = 0;
        int c;
        while ((c = reader.read()) != -1 && c != '\n' && c != '\r') {
            if (n == 0 && c == '\uFEFF') {
                continue; // a byte order mark (Notepad's UTF-8) is not part of the password
            }
            if (n == buf.length) {
                char[] bigger = Arrays.copyOf(buf, n * 2);
                clear(buf);
                buf = bigger;
            }
            buf[n++] = (char) c;
        }
        char[] line = Arrays.copyOf(buf, n);
        clear(buf);
        return line;
    }

    private static void clear(char[] chars) {
        if (chars != null) {
            Arrays.fill(chars, '\0');
        }
    }
}
