package com.stratum.workspace;

import java.time.LocalDateTime;

/**
 * A line of the definitions list: the latest version of one name. Built-ins that were never
 * saved have version 0, {@code builtIn} true and no {@code savedAt}.
 */
public record DefinitionInfo(String name, int latestVersion, boolean builtIn, String family, String description,
                             LocalDateTime savedAt) {
}
