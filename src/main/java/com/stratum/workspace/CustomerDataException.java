package com.stratum.workspace;

/**
 * Imported data that cannot be turned into customer features (a missing role, a value of the
 * wrong kind); the message names the dataset, file, sheet, row and column. Bad input, not a bug.
 */
public class CustomerDataException extends WorkspaceException {

    private static final long serialVersionUID = 1L;

    public CustomerDataException(String message) {
        super(message);
    }
}
