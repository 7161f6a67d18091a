package com.stratum.workspace;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** One imported dataset as listed in the workspace, with its columns. */
public record DatasetInfo(long id, String name, DatasetKind kind, String sourceFile, String sheet, String tableName,
                          long rowsRead, long rowsImported, long rowsRejected, LocalDateTime importedAt,
                          List<DatasetColumn> columns) {

    /** The column with {@code role}, if the dataset has one. */
    public Optional<DatasetColumn> column(ColumnRole role) {
        return columns.stream().filter(c -> c.role() == role).findFirst();
    }
}
