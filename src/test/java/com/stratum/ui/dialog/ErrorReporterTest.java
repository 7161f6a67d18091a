package com.stratum.ui.dialog;

import com.stratum.imports.ImportException;
import com.stratum.imports.Message;
import com.stratum.ui.i18n.Localization;
import com.stratum.ui.testsupport.RecordingDialogs;
import com.stratum.workspace.WorkspaceLockedException;
import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;

import static org.assertj.core.api.Assertions.assertThat;

class ErrorReporterTest {

    private final RecordingDialogs dialogs = new RecordingDialogs();

    @Test
    void badInputKeepsTheMessageThatNamesTheCell() {
        ImportException bad = new ImportException(Message.of("import.csv.unclosedQuote", "sales.csv", 12));
        new ErrorReporter(dialogs, new Localization(Locale.ENGLISH)).report(new RuntimeException(bad));
        assertThat(dialogs.errors()).singleElement().satisfies(e -> {
            assertThat(e.title()).isEqualTo("The data could not be used");
            assertThat(e.message()).isEqualTo(bad.localizedMessage(Locale.ENGLISH)).contains("sales.csv", "row 12");
        });
    }

    @Test
    void aLockedWorkspaceIsExplainedInTheUsersLanguage() {
        new ErrorReporter(dialogs, new Localization(Locale.SIMPLIFIED_CHINESE)).report(
                new ExecutionException(new WorkspaceLockedException("locked", null)));
        assertThat(dialogs.errors()).singleElement().satisfies(e -> assertThat(e.title()).isEqualTo("该工作区已被打开"));
    }

    /** A damaged dataset is a data problem in an open workspace, not a workspace that failed to open. */
    @Test
    void aDamagedDatasetIsADataProblemNamingTheDataset() {
        var damaged = new com.stratum.workspace.DatasetDamagedException(
                "Dataset 'orders.csv' is damaged in the workspace: the chunk at position 4096 is missing", null);
        new ErrorReporter(dialogs, new Localization(Locale.SIMPLIFIED_CHINESE)).report(new ExecutionException(damaged));
        assertThat(dialogs.errors()).singleElement().satisfies(e -> {
            assertThat(e.title()).isEqualTo("无法使用这些数据");
            assertThat(e.message()).contains("orders.csv", "4096");
        });
    }

    @Test
    void cancellingIsNotAnError() {
        new ErrorReporter(dialogs, new Localization(Locale.ENGLISH)).report(new CancellationException());
        assertThat(dialogs.shown()).isEmpty();
    }
}
