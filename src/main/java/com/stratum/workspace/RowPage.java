package com.stratum.workspace;

import java.util.List;

/**
 * A page of a dataset's rows in sheet order, for a virtualized table. {@code sourceRows.get(i)} is
 * the row number in the sheet of {@code rows.get(i)}; each row has one value per column (String,
 * Long, BigDecimal, LocalDate, LocalDateTime, Boolean or null). {@code totalRows} is the dataset size.
 */
public record RowPage(List<DatasetColumn> columns, long offset, long totalRows, List<Long> sourceRows,
                      List<List<Object>> rows) {
}
