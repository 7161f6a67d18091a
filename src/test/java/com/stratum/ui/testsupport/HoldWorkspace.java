package com.stratum.ui.testsupport;

import com.stratum.workspace.Workspace;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A second process for tests: opens the workspace given as argument, says "ready" on stdout and keeps
 * it open until its stdin closes (the H2 file lock only keeps out other processes).
 */
public final class HoldWorkspace {

    private HoldWorkspace() {
    }

    public static void main(String[] args) throws IOException {
        try (Workspace ws = Workspace.open(Path.of(args[0]))) {
            System.out.println("ready " + ws.folder());
            System.out.flush();
            while (System.in.read() >= 0) {
                // wait for the test to close our stdin
            }
        }
    }

    /** Starts a holder process for {@code folder} and returns once it holds the lock. */
    public static Process start(Path folder) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                HoldWorkspace.class.getName(), folder.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        var out = new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream()));
        String line = out.readLine();
        if (line == null || !line.startsWith("ready")) {
            p.destroy();
            throw new IOException("The holder process did not open " + folder + ": " + line);
        }
        return p;
    }
}
