package com.stratum.imports;

/**
 * Bad input: the file cannot be imported as it is. The message is for the user and names the
 * file, and the sheet, row and column where they apply. The workspace is left unchanged.
 */
public class ImportException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ImportException(String message) {
        super(message);
    }

    public ImportException(String message, Throwable cause) {
        super(message, cause);
    }
}
