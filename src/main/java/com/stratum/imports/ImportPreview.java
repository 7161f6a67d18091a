package com.stratum.imports;

import com.stratum.workspace.DatasetKind;

import java.util.List;
import java.util.Map;

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
     * be rejected, the column and the reason. {@code cellRejections} names every cell that would
     * reject the row (index into {@link ImportPreview#columns()} to the reason), not only the first,
     * so a preview can mark each bad cell; a value right of the last column has no index and shows
     * only in {@code rejectedColumn}. {@code readAs} gives, for a date or date-time written as text
     * (e.g. "05.03.2024"), the value it will be read as in the column's detected format ("2024-03-05").
     */
    public record Row(long rowNumber, List<String> cells, String rejectedColumn, String rejectReason,
                      Map<Integer, String> cellRejections, Map<Integer, String> readAs) {

        public Row {
            cellRejections = Map.copyOf(cellRejections);
            readAs = Map.copyOf(readAs);
        }

        public Row(long rowNumber, List<String> cells, String rejectedColumn, String rejectReason) {
            this(rowNumber, cells, rejectedColumn, rejectReason, Map.of(), Map.of());
        }

        /** How a date written as text in cell {@code column} will be read (ISO), or null. */
        public String readAs(int column) {
            return readAs.get(column);
        }

        /** The reason cell {@code column} would reject the row, or null when it is fine. */
        public String cellRejection(int column) {
            return cellRejections.get(column);
        }

        public boolean rejected() {
            return rejectReason != null;
        }
    }
}
