package com.stratum.workspace;

/**
 * A dataset's stored chunks cannot be read (a chunk missing, cut short or not of the dataset's
 * shape): the workspace opens, but this dataset's rows cannot be used. The message names the dataset.
 */
public final class DatasetDamagedException extends WorkspaceException {

    private static final long serialVersionUID = 1L;

    public DatasetDamagedException(String message, Throwable cause) {
        super(message, cause);
    }
}
