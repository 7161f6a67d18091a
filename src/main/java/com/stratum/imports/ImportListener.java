package com.stratum.imports;

/**
 * Progress and cancel for a running import, without any UI types: the window wraps it in a
 * {@code javafx.concurrent.Task}. Called on the reading thread; keep it quick.
 */
public interface ImportListener {

    ImportListener NONE = new ImportListener() {
    };

    /**
     * @param rowsRead data rows read so far
     * @param fraction share of the file read so far in [0, 1], or -1 when unknown
     */
    default void progress(long rowsRead, double fraction) {
    }

    /** Polled between batches; once true the import stops and the workspace stays as it was. */
    default boolean isCancelled() {
        return false;
    }
}
