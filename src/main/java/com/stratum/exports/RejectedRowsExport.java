package com.stratum.exports;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.stratum.workspace.RejectedRow;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the rows an import rejected, for the user to fix and import again: the row number, the
 * column and the reason, then the row's own cells under the sheet's headers. .xlsx gets one sheet
 * per imported sheet; .csv one table with the sheet name in front. Used by the import wizard's
 * "Save rejected rows" and by the CLI's {@code import --rejected}. Written to a temporary file
 * first, so a failure never leaves half a file under the chosen name.
 */
public final class RejectedRowsExport {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The rejected rows of one imported sheet and that sheet's headers (source columns only). */
    public record Sheet(String sheet, List<String> headers, List<RejectedRow> rows) {
    }

    private RejectedRowsExport() {
    }

    /**
     * @param leadingHeaders the names of the row number, column and reason columns, in the
     *                       caller's language (the wizard's window language, English for the CLI)
     */
    public static void write(Path target, List<Sheet> sheets, List<String> leadingHeaders) throws IOException {
        Path tmp = target.resolveSibling(target.getFileName() + ".part");
        boolean csv = TableWriters.formatOf(target) == TableWriters.Format.CSV;
        try (TableWriter w = csv ? new CsvTableWriter(tmp) : new XlsxTableWriter(tmp)) {
            if (csv) {
                List<String> header = new ArrayList<>();
                header.add("sheet");
                header.addAll(leadingHeaders);
                header.addAll(sheets.isEmpty() ? List.of() : sheets.get(0).headers());
                w.startTable("rejected", header);
            }
            for (Sheet s : sheets) {
                List<String> header = new ArrayList<>(leadingHeaders);
                header.addAll(s.headers());
                if (!csv) {
                    w.startTable(s.sheet(), header);
                }
                int offset = csv ? 1 : 0;
                for (RejectedRow r : s.rows()) {
                    Object[] cells = new Object[header.size() + offset];
                    if (csv) {
                        cells[0] = s.sheet();
                    }
                    cells[offset] = r.rowNumber();
                    cells[offset + 1] = r.column();
                    cells[offset + 2] = r.reason();
                    List<String> raw = parse(r.rawValues());
                    for (int i = 0; i < raw.size() && i + offset + 3 < cells.length; i++) {
                        Object v = cellValue(raw.get(i));
                        // in .xlsx a double gets Excel's General format: 17850 shows as 17850, not as money (17,850.00)
                        cells[i + offset + 3] = !csv && v instanceof BigDecimal d ? (Object) d.doubleValue() : v;
                    }
                    w.writeRow(cells);
                }
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
    }

    private static List<String> parse(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        try {
            return JSON.readValue(json, new TypeReference<List<String>>() { });
        } catch (IOException e) {
            return List.of(json);
        }
    }

    /**
     * Numbers go back as numbers only when the number shows as the same text in Excel, so that fixing
     * and importing the row again reads what the file had: "00123", "1.10" and "17850.0" (an id, a
     * code) stay text, as do numbers of more than 15 digits (Excel keeps 15) and of more than 9
     * decimals (Excel's General format shows them as 4.9E-11).
     */
    public static Object cellValue(String text) {
        if (text == null) {
            return null;
        }
        try {
            BigDecimal n = new BigDecimal(text);
            boolean sameText = n.toPlainString().equals(text) && !(text.indexOf('.') >= 0 && text.endsWith("0"));
            return sameText && n.precision() <= 15 && n.scale() <= 9 ? n : text;
        } catch (NumberFormatException e) {
            return text;
        }
    }
}
