package com.stratum.workspace;

/**
 * An encrypted workspace cannot be opened with the password given: the UI asks for the password
 * ({@link Reason#PASSWORD_NEEDED}), asks again ({@link Reason#WRONG_PASSWORD}), or opens without one
 * ({@link Reason#NOT_ENCRYPTED}).
 */
public class WorkspacePasswordException extends WorkspaceException {

    private static final long serialVersionUID = 1L;

    /** Why the password did not open the workspace. */
    public enum Reason { PASSWORD_NEEDED, WRONG_PASSWORD, NOT_ENCRYPTED }

    private final Reason reason;

    public WorkspacePasswordException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
