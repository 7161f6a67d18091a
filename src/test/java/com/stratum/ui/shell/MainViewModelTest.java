package com.stratum.ui.shell;

import com.stratum.ui.AppContext;
import com.stratum.ui.testsupport.FakeServices;
import com.stratum.ui.testsupport.RecordingDialogs;
import com.stratum.ui.testsupport.TestContexts;
import com.stratum.workspace.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MainViewModelTest {

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

    private MainViewModel vm() {
        ctx = TestContexts.create(fake.services(), dialogs, temp);
        return new MainViewModel(ctx, StandardSections.create());
    }

    @Test
    void newEncryptedWorkspaceIsEncryptedWithTheChosenPassword() {
        MainViewModel vm = vm();
        Path folder = temp.resolve("private");
        dialogs.answerNextChooser(folder);
        dialogs.answerNextPassword("pa55");
        vm.newEncryptedWorkspace();
        assertThat(ctx.session().workspace()).isNotNull();
        assertThat(Workspace.isEncrypted(folder)).isTrue();
        ctx.session().closeNow();
        Workspace.open(folder, "pa55".toCharArray()).close(); // the chosen password opens it
    }

    @Test
    void openingAFolderWithoutAWorkspaceIsRefusedAndForgotten() throws Exception {
        MainViewModel vm = vm();
        Path empty = Files.createDirectories(temp.resolve("empty"));
        ctx.prefs().recentWorkspaces().add(empty);
        vm.openExisting(empty);
        assertThat(dialogs.errors()).singleElement()
                .satisfies(e -> assertThat(e.title()).isEqualTo("Not a Stratum workspace"));
        assertThat(ctx.prefs().recentWorkspaces()).doesNotContain(empty);
        assertThat(ctx.session().workspace()).isNull();
    }

    @Test
    void droppedSpreadsheetsAreImportedAndOtherFilesIgnored() {
        MainViewModel vm = vm();
        ctx.session().open(temp.resolve("ws"));
        List<Path> started = new java.util.ArrayList<>();
        vm.useImportStarter(started::addAll);
        vm.importDropped(List.of(Path.of("a.XLSX"), Path.of("notes.txt"), Path.of("b.csv")));
        assertThat(started).containsExactly(Path.of("a.XLSX"), Path.of("b.csv"));
        assertThat(ctx.navigation().current()).isEqualTo(Section.DATA);
    }
}
