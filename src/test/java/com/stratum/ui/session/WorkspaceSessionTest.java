package com.stratum.ui.session;

import com.stratum.ui.AppContext;
import com.stratum.ui.testsupport.FakeServices;
import com.stratum.ui.testsupport.HoldWorkspace;
import com.stratum.ui.testsupport.RecordingDialogs;
import com.stratum.ui.testsupport.TestContexts;
import com.stratum.workspace.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Opening workspaces from the view-model side, with a synchronous executor (no FX toolkit). */
class WorkspaceSessionTest {

    @TempDir
    Path temp;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final FakeServices fake = new FakeServices();
    private AppContext ctx;

    @AfterEach
    void close() {
        if (ctx != null) {
            ctx.session().closeNow();
        }
    }

    @Test
    void opensAWorkspaceAndRemembersIt() {
        ctx = TestContexts.create(fake.services(), dialogs, temp);
        Path ws = temp.resolve("shop");
        ctx.session().open(ws);
        assertThat(ctx.session().workspace()).isNotNull();
        assertThat(ctx.session().nameProperty().get()).isEqualTo("shop");
        assertThat(ctx.session().customersProperty().get()).isEqualTo(7);
        assertThat(ctx.prefs().recentWorkspaces()).containsExactly(ws.toAbsolutePath().normalize());
        assertThat(dialogs.errors()).isEmpty();
    }

    @Test
    void aWorkspaceOpenInAnotherProcessGivesAClearDialogAndKeepsTheCurrentOne() throws Exception {
        ctx = TestContexts.create(fake.services(), dialogs, temp);
        Path mine = temp.resolve("mine");
        Path theirs = temp.resolve("theirs");
        ctx.session().open(mine);
        Process holder = HoldWorkspace.start(theirs);
        try {
            ctx.session().open(theirs);
        } finally {
            holder.getOutputStream().close();
            holder.waitFor();
        }
        assertThat(dialogs.errors()).hasSize(1);
        assertThat(dialogs.errors().get(0).title()).isEqualTo("The workspace is already open");
        assertThat(dialogs.errors().get(0).message()).contains("Another Stratum window or command");
        assertThat(ctx.session().workspace().folder()).isEqualTo(mine.toAbsolutePath().normalize());
    }

    @Test
    void anEncryptedWorkspaceAsksForItsPasswordUntilItIsRight() {
        Path secret = temp.resolve("secret");
        Workspace.open(secret, "s3cret".toCharArray()).close();
        ctx = TestContexts.create(fake.services(), dialogs, temp);
        dialogs.answerNextPassword("wrong");
        dialogs.answerNextPassword("s3cret");
        ctx.session().open(secret);
        assertThat(ctx.session().workspace()).isNotNull();
        assertThat(ctx.session().workspace().isEncrypted()).isTrue();
        List<RecordingDialogs.Shown> asked = dialogs.shown().stream().filter(d -> d.kind().equals("password")).toList();
        assertThat(asked).hasSize(2);
        assertThat(asked.get(0).message()).contains("is encrypted");
        assertThat(asked.get(1).message()).startsWith("Wrong password");
        assertThat(dialogs.errors()).isEmpty();
    }

    @Test
    void cancellingThePasswordLeavesNothingOpenAndShowsNoError() {
        Path secret = temp.resolve("secret");
        Workspace.open(secret, "s3cret".toCharArray()).close();
        ctx = TestContexts.create(fake.services(), dialogs, temp);
        ctx.session().open(secret); // no answer queued: the prompt is cancelled
        assertThat(ctx.session().workspace()).isNull();
        assertThat(dialogs.errors()).isEmpty();
    }

    @Test
    void firstLaunchImportsTheSamplesIntoAnEmptyWorkspaceOnly() {
        ctx = TestContexts.create(fake.services(), dialogs, temp);
        // The fake catalog already lists datasets, so nothing is imported.
        ctx.session().open(temp.resolve("ws"), SampleFile.STANDARD);
        assertThat(fake.imported()).isEmpty();
    }

    @Test
    void startupPrefersTheArgumentThenTheLastWorkspaceThenTheSample() {
        Path home = temp.resolve("home");
        StartupWorkspace fromArg = StartupWorkspace.choose(List.of("ws1"), Optional.empty(), home, SampleFile.STANDARD);
        assertThat(fromArg.folder()).isEqualTo(Path.of("ws1").toAbsolutePath());
        assertThat(fromArg.importsIfEmpty()).isEmpty();

        StartupWorkspace firstLaunch = StartupWorkspace.choose(List.of(), Optional.of(temp.resolve("gone")), home,
                SampleFile.STANDARD);
        assertThat(firstLaunch.folder()).isEqualTo(home.resolve("workspaces/sample"));
        assertThat(firstLaunch.importsIfEmpty()).isEqualTo(SampleFile.STANDARD);
    }

    /** A spreadsheet opened with Stratum is imported into the workspace opened, not taken for a workspace. */
    @Test
    void aSpreadsheetArgumentIsImportedIntoTheWorkspaceOpened() throws Exception {
        Path home = temp.resolve("home");
        Path csv = java.nio.file.Files.writeString(temp.resolve("orders.csv"), "customer id,date,amount\nC1,2024-01-01,5\n");
        StartupWorkspace alone = StartupWorkspace.choose(List.of(csv.toString()), Optional.empty(), home,
                SampleFile.STANDARD);
        assertThat(alone.folder()).isEqualTo(home.resolve("workspaces/sample"));
        assertThat(alone.filesToImport()).containsExactly(csv.toAbsolutePath().normalize());
        StartupWorkspace both = StartupWorkspace.choose(List.of("ws1", csv.toString()), Optional.empty(), home,
                SampleFile.STANDARD);
        assertThat(both.folder()).isEqualTo(Path.of("ws1").toAbsolutePath());
        assertThat(both.filesToImport()).containsExactly(csv.toAbsolutePath().normalize());
        // a folder named like a spreadsheet is still a workspace folder
        Path folder = java.nio.file.Files.createDirectories(temp.resolve("odd.csv"));
        StartupWorkspace odd = StartupWorkspace.choose(List.of(folder.toString()), Optional.empty(), home,
                SampleFile.STANDARD);
        assertThat(odd.folder()).isEqualTo(folder);
        assertThat(odd.filesToImport()).isEmpty();
    }

    @Test
    void theSampleWorkbooksShipOnTheClassPath() {
        assertThat(SampleFile.available()).isEqualTo(SampleFile.STANDARD);
    }
}
