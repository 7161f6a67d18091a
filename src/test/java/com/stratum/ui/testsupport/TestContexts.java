package com.stratum.ui.testsupport;

import com.stratum.ui.AppContext;
import com.stratum.ui.dialog.ErrorReporter;
import com.stratum.ui.i18n.Localization;
import com.stratum.ui.prefs.UserPreferences;
import com.stratum.ui.service.AppServices;
import com.stratum.ui.session.WorkspaceSession;
import com.stratum.ui.shell.Navigation;
import com.stratum.ui.task.CurrentThreadTaskExecutor;
import com.stratum.ui.theme.AppTheme;
import com.stratum.ui.theme.ThemeManager;
import com.stratum.ui.undo.JobManager;

import java.nio.file.Path;
import java.util.Locale;

/**
 * An {@link AppContext} for plain JUnit view-model tests: everything runs synchronously on the test
 * thread ({@link CurrentThreadTaskExecutor}), dialogs are recorded, no FX toolkit is started.
 */
public final class TestContexts {

    private TestContexts() {
    }

    public static AppContext create(AppServices services, RecordingDialogs dialogs, Path dataFolder) {
        Localization i18n = new Localization(Locale.ENGLISH);
        CurrentThreadTaskExecutor tasks = new CurrentThreadTaskExecutor();
        ErrorReporter errors = new ErrorReporter(dialogs, i18n);
        tasks.setDefaultFailureHandler(errors::report);
        UserPreferences prefs = new UserPreferences();
        JobManager jobs = new JobManager();
        WorkspaceSession session = new WorkspaceSession(tasks, services, prefs, errors, i18n, jobs);
        return new AppContext(i18n, tasks, dialogs, errors, session, new Navigation(), jobs, prefs,
                new ThemeManager(AppTheme.LIGHT), dataFolder);
    }
}
