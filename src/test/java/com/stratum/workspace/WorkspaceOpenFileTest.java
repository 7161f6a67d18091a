package com.stratum.workspace;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** What a double-click or a command-line argument names resolves to the workspace folder. */
class WorkspaceOpenFileTest {

    @TempDir
    Path tmp;

    @Test
    void aWorkspaceHasAStratumFileToDoubleClick() {
        Path folder = tmp.resolve("shop analysis");
        Workspace.open(folder).close();
        assertThat(folder.resolve("workspace.stratum")).isRegularFile();
    }

    @Test
    void theStratumFileTheDatabaseFileAndTheFolderAllMeanTheFolder() {
        Path folder = tmp.resolve("shop analysis");
        Workspace.open(folder).close();
        assertThat(Workspace.folderOf(folder.resolve("workspace.stratum"))).isEqualTo(folder);
        assertThat(Workspace.folderOf(folder.resolve("stratum.mv.db"))).isEqualTo(folder);
        assertThat(Workspace.folderOf(folder)).isEqualTo(folder);
    }

    @Test
    void openingTheStratumFileOpensTheWorkspace() throws Exception {
        Path folder = tmp.resolve("ws");
        try (Workspace ws = Workspace.open(folder)) {
            WorkspaceEncryptionTest.writeCustomer(ws);
        }
        try (Workspace ws = Workspace.open(folder.resolve("workspace.stratum"))) {
            assertThat(ws.folder()).isEqualTo(folder);
            assertThat(WorkspaceEncryptionTest.readCustomer(ws)).startsWith(WorkspaceEncryptionTest.CUSTOMER_ID);
        }
    }

    @Test
    void anyStratumFileMeansTheFolderItIsIn() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("renamed"));
        Path renamed = Files.writeString(folder.resolve("Q3 campaign.stratum"), "x");
        assertThat(Workspace.folderOf(renamed)).isEqualTo(folder);
    }

    @Test
    void theStratumFileHoldsNoCustomerData() throws Exception {
        Path folder = tmp.resolve("ws");
        try (Workspace ws = Workspace.open(folder, "pw".toCharArray())) {
            WorkspaceEncryptionTest.writeCustomer(ws);
        }
        assertThat(Files.readString(folder.resolve("workspace.stratum")))
                .doesNotContain(WorkspaceEncryptionTest.CUSTOMER_ID).hasSizeLessThan(200);
    }
}
