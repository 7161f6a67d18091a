package com.stratum.exports;

import java.io.IOException;
import java.util.List;

/**
 * Writes one table (a header and rows) to a file, row by row, so a million rows never sit in
 * memory. Cells may be String, Long/Integer, Double, BigDecimal (money, written exactly),
 * {@link Percent} (a share), LocalDate, LocalDateTime, Boolean or null (an empty cell). Text cells
 * that could run as a formula in a spreadsheet (= + - @, tab, carriage return) are neutralised by
 * every implementation ({@link FormulaGuard}); numbers stay numbers.
 *
 * <p>Implementations: {@link CsvTableWriter}, {@link XlsxTableWriter}; {@link TableWriters#forPath}
 * picks one from the file name. For a segment run use {@link SegmentListExport}.
 */
public interface TableWriter extends AutoCloseable {

    /** Starts a new table (for xlsx a new sheet with this name; csv allows only one table). */
    void startTable(String name, List<String> header) throws IOException;

    void writeRow(Object... cells) throws IOException;

    @Override
    void close() throws IOException;
}
