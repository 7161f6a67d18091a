package com.stratum.ui.importwizard;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.stratum.exports.XlsxTableWriter;
import com.stratum.imports.CsvEncoding;
import com.stratum.imports.ImportListener;
import com.stratum.imports.ImportOptions;
import com.stratum.imports.ImportPreview;
import com.stratum.imports.ImportResult;
import com.stratum.imports.Importer;
import com.stratum.workspace.DatasetInfo;
import com.stratum.workspace.DatasetRepository;
import com.stratum.workspace.RejectedRow;
import com.stratum.workspace.Workspace;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What the wizard asks of the lower layers: sheet listing, encoding detection, previews, the
 * import itself, earlier imports of the same file, rejected rows and the customer links. Called
 * off the FX thread only.
 */
public class WizardBackend {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Rows per sheet the report's table and the saved file hold at most. */
    static final int REJECTED_LIMIT = 100_000;

    public List<String> sheetNames(Path file, String encoding) {
        return Importer.sheetNames(file, encoding);
    }

    /** True for the text formats, whose encoding the user may choose. */
    public boolean isText(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".csv") || n.endsWith(".tsv") || n.endsWith(".txt");
    }

    /** The encoding a text file would be read with when the user chooses none. */
    public String detectEncoding(Path file) throws IOException {
        return CsvEncoding.detect(file, null).charset().name();
    }

    public ImportPreview preview(Path file, ImportOptions options, int maxRows) {
        return Importer.preview(file, options, maxRows);
    }

    /** Datasets imported earlier from the same file and sheet (what Replace would remove). */
    public List<DatasetInfo> earlierImports(Workspace ws, Path file, String sheet) {
        String source = file.toAbsolutePath().normalize().toString();
        return new DatasetRepository(ws).list().stream()
                .filter(d -> source.equals(d.sourceFile()) && Objects.equals(sheet, d.sheet()))
                .toList();
    }

    public ImportResult importSheet(Workspace ws, Path file, ImportOptions options, ImportListener listener) {
        return Importer.run(ws, file, options, listener);
    }

    public void delete(Workspace ws, long datasetId) {
        new DatasetRepository(ws).delete(datasetId);
    }

    /** Ids shown as examples beside each count of the customer links. */
    static final int LINK_EXAMPLES = 10;

    /**
     * Customers of a customers dataset without transactions, and transaction customers no customers
     * dataset knows: the counts and the first few ids of each.
     */
    public Links links(Workspace ws, long customersDatasetId) {
        DatasetRepository repo = new DatasetRepository(ws);
        DatasetRepository.CustomerLinks counts = repo.customerLinks(customersDatasetId);
        return new Links(counts.customersWithoutTransactions(), counts.transactionCustomersUnknown(),
                repo.customersWithoutTransactionsSample(customersDatasetId, LINK_EXAMPLES),
                repo.transactionCustomersUnknownSample(LINK_EXAMPLES));
    }

    /** How a customers sheet links to the transactions, by customer id. */
    public record Links(long withoutTransactions, long unknownCustomers, List<String> withoutTransactionsIds,
                        List<String> unknownCustomerIds) {
    }

    public List<RejectedRow> rejectedRows(Workspace ws, long datasetId) {
        return new DatasetRepository(ws).rejectedRows(datasetId, 0, REJECTED_LIMIT);
    }

    /**
     * Writes the rejected rows to an .xlsx file: one sheet per imported sheet, with the row number,
     * the column, the reason, then the row's cells under the sheet's own headers.
     */
    public void writeRejected(Path target, List<RejectedSheet> sheets, List<String> leadingHeaders) throws IOException {
        Path tmp = target.resolveSibling(target.getFileName() + ".part");
        try (XlsxTableWriter w = new XlsxTableWriter(tmp)) {
            for (RejectedSheet s : sheets) {
                List<String> header = new ArrayList<>(leadingHeaders);
                header.addAll(s.headers());
                w.startTable(s.sheet(), header);
                for (RejectedRow r : s.rows()) {
                    Object[] cells = new Object[header.size()];
                    cells[0] = r.rowNumber();
                    cells[1] = r.column();
                    cells[2] = r.reason();
                    List<String> raw = parse(r.rawValues());
                    for (int i = 0; i < raw.size() && i + 3 < cells.length; i++) {
                        cells[i + 3] = cellValue(raw.get(i));
                    }
                    w.writeRow(cells);
                }
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        Files.move(tmp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
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

    /** Numbers go back as numbers when their text is exactly a plain number (keeps "00123" as text). */
    static Object cellValue(String text) {
        if (text == null) {
            return null;
        }
        try {
            BigDecimal n = new BigDecimal(text);
            return n.toPlainString().equals(text) ? n : text;
        } catch (NumberFormatException e) {
            return text;
        }
    }

    /** The rejected rows of one imported sheet and its source headers. */
    public record RejectedSheet(String sheet, List<String> headers, List<RejectedRow> rows) {
    }
}
