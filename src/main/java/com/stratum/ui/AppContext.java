package com.stratum.ui;

import com.stratum.ui.dialog.DialogService;
import com.stratum.ui.dialog.ErrorReporter;
import com.stratum.ui.i18n.Localization;
import com.stratum.ui.prefs.UserPreferences;
import com.stratum.ui.session.WorkspaceSession;
import com.stratum.ui.shell.Navigation;
import com.stratum.ui.task.TaskExecutor;
import com.stratum.ui.theme.ThemeManager;
import com.stratum.ui.undo.JobManager;

import java.nio.file.Path;

/**
 * What view models get instead of global singletons: texts, background tasks, dialogs, the open
 * workspace, navigation, undo and preferences. Built once by {@link StratumApp} (or by a test).
 */
public record AppContext(Localization i18n, TaskExecutor tasks, DialogService dialogs, ErrorReporter errors,
                         WorkspaceSession session, Navigation navigation, JobManager jobs,
                         UserPreferences prefs, ThemeManager themes, Path dataFolder) {
}
