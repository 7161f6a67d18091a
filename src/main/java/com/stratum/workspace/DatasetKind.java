package com.stratum.workspace;

import java.util.Locale;
import java.util.Optional;

/** What an imported dataset holds: transaction lines or customer attributes. */
public enum DatasetKind {
    TRANSACTIONS, CUSTOMERS;

    /** The value stored in {@code dataset.kind} and accepted by {@code --as}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<DatasetKind> fromKey(String key) {
        if (key == null) {
            return Optional.empty();
        }
        String k = key.trim().toLowerCase(Locale.ROOT);
        for (DatasetKind kind : values()) {
            if (kind.key().equals(k)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
