package com.stratum.imports;

/** The user cancelled the import; the workspace is as it was before. */
public class ImportCancelledException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ImportCancelledException(String message) {
        super(message);
    }
}
