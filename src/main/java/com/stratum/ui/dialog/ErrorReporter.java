package com.stratum.ui.dialog;

import com.stratum.ui.i18n.Localization;
import com.stratum.ui.service.ServiceUnavailableException;
import com.stratum.engine.definition.DefinitionException;
import com.stratum.imports.ImportException;
import com.stratum.workspace.CustomerDataException;
import com.stratum.workspace.DatasetDamagedException;
import com.stratum.workspace.WorkspaceException;
import com.stratum.workspace.WorkspaceLockedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.CancellationException;

/** Turns a failure into a readable dialog: a localized title and message, the trace in "details". */
public final class ErrorReporter {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorReporter.class);

    private final DialogService dialogs;
    private final Localization i18n;

    public ErrorReporter(DialogService dialogs, Localization i18n) {
        this.dialogs = dialogs;
        this.i18n = i18n;
    }

    /** The dialogs errors are shown with (for follow-up questions such as a password). */
    public DialogService dialogs() {
        return dialogs;
    }

    public void report(Throwable t) {
        if (t instanceof CancellationException) {
            return;
        }
        Throwable root = unwrap(t);
        if (root instanceof WorkspaceLockedException) {
            dialogs.showError(i18n.get("error.locked.title"), i18n.get("error.locked.message"), root);
        } else if (root instanceof ServiceUnavailableException) {
            dialogs.showError(i18n.get("error.unavailable.title"), i18n.get("error.unavailable.message"), root);
        } else if (root instanceof ImportException bad) {
            dialogs.showError(i18n.get("error.data.title"), bad.localizedMessage(i18n.locale()), root);
        } else if (root instanceof CustomerDataException || root instanceof DatasetDamagedException
                || root instanceof DefinitionException) {
            // Bad input: the message names the file, sheet, row and column (or what is missing).
            dialogs.showError(i18n.get("error.data.title"), ErrorDialog.describe(root), root);
        } else if (root instanceof WorkspaceException) {
            dialogs.showError(i18n.get("error.workspace.title"), ErrorDialog.describe(root), root);
        } else {
            LOG.error("Unexpected error", root);
            dialogs.showError(i18n.get("error.unexpected.title"),
                    i18n.get("error.unexpected.message", ErrorDialog.describe(root)), root);
        }
    }

    private static Throwable unwrap(Throwable t) {
        Throwable cur = t;
        while ((cur instanceof java.util.concurrent.ExecutionException
                || cur instanceof java.lang.reflect.InvocationTargetException) && cur.getCause() != null) {
            cur = cur.getCause();
        }
        for (Throwable c = cur; c != null; c = c.getCause()) {
            if (c instanceof WorkspaceException || c instanceof ServiceUnavailableException
                    || c instanceof ImportException || c instanceof DefinitionException) {
                return c;
            }
        }
        return cur;
    }
}
