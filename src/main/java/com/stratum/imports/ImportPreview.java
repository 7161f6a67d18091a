package com.stratum.imports;

import com.stratum.workspace.DatasetKind;

import java.util.List;

/**
 * What the import of a sheet would do, for the wizard: the sheets of the file, the header row
 * found, each column's header, type and role, the kind, the first rows as text with the cell that
 * would reject each row, and the problems that would stop the import (empty when it can run;
 * show them with {@link Message#format(java.util.Locale)}).
 */
public record ImportPreview(
        List<String> sheetNames,
        String sheet,
        long headerRowNumber,
        List<ColumnPlan> columns,
        DatasetKind kind,
        List<Row> rows,
        List<Message> problems) {

    /**
     * One previewed row: its row number in the sheet, the cells as the user will see them
     * (one per column, null when empty; the derived amount included), and, when the row would
     * be rejected, the column and the reason.
     */
    public record Row(long rowNumber, List<String> cells, String rejectedColumn, String rejectReason) {

        public boolean rejected() {
            return rejectReason != null;
        }
    }
}
