package com.stratum.workspace;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A second process (another window or a CLI run) is kept out of an open workspace with a clear message. */
class WorkspaceLockTest {

    @TempDir
    Path tmp;

    @Test
    @Timeout(60)
    void secondProcessGetsWorkspaceLockedException() throws Exception {
        Path folder = tmp.resolve("ws");
        try (Workspace held = Workspace.open(folder);
             ChildJvm child = ChildJvm.start(tmp, WorkspaceOpenProbe.class, folder.toString())) {
            String line = child.readLine();
            assertThat(child.waitFor()).isZero();
            assertThat(line).as("child said (stderr: %s)", child.stderr()).isEqualTo("LOCKED The workspace "
                    + held.folder() + " is already open in another Stratum window or command. Close it there first.");
        }
    }

    @Test
    @Timeout(60)
    void afterTheFirstProcessClosesItTheSecondOpensIt() throws Exception {
        Path folder = tmp.resolve("ws");
        Workspace.open(folder).close();
        try (ChildJvm child = ChildJvm.start(tmp, WorkspaceOpenProbe.class, folder.toString())) {
            String line = child.readLine();
            assertThat(child.waitFor()).isZero();
            assertThat(line).as("child said (stderr: %s)", child.stderr()).startsWith("OPENED ");
        }
    }
}
