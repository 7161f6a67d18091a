package com.stratum.imports;

import java.util.Locale;
import java.util.Optional;

/** What happens to an earlier import of the same file and sheet. */
public enum ImportMode {
    /** The earlier dataset from the same file and sheet is removed when the new one is published. */
    REPLACE,
    /** The new dataset is added next to the earlier ones. */
    APPEND;

    public static Optional<ImportMode> fromKey(String key) {
        if (key == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(key.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
