package com.stratum.workspace;

/** Another process (a second Stratum window or a CLI run) has the workspace open. */
public class WorkspaceLockedException extends WorkspaceException {

    private static final long serialVersionUID = 1L;

    public WorkspaceLockedException(String message, Throwable cause) {
        super(message, cause);
    }
}
