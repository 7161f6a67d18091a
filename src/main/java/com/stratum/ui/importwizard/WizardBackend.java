package com.stratum.ui.importwizard;

import com.stratum.exports.RejectedRowsExport;
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

    /** Order ids of a transactions dataset that other transactions datasets already hold. */
    public DatasetRepository.DuplicateOrders duplicateOrders(Workspace ws, long datasetId) {
        return new DatasetRepository(ws).duplicateOrders(datasetId);
    }

    /** Ids shown as examples beside each count of the customer links. */
    static final int LINK_EXAMPLES = 10;

    /**
     * Customers of a customers dataset without transactions, and transaction customers no customers
     * dataset knows: the counts and the first few ids of each.
     */
    public Links links(Workspace ws, long customersDatasetId) {
        DatasetRepository.CustomerLinks l = new DatasetRepository(ws).customerLinks(customersDatasetId, LINK_EXAMPLES);
        return new Links(l.customersWithoutTransactions(), l.transactionCustomersUnknown(),
                l.withoutTransactionsExamples(), l.unknownExamples());
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
     * the column, the reason, then the row's cells under the sheet's own headers
     * ({@link RejectedRowsExport}, the same writer as the CLI's {@code import --rejected}).
     */
    public void writeRejected(Path target, List<RejectedSheet> sheets, List<String> leadingHeaders) throws IOException {
        List<RejectedRowsExport.Sheet> out = new ArrayList<>(sheets.size());
        for (RejectedSheet s : sheets) {
            out.add(new RejectedRowsExport.Sheet(s.sheet(), s.headers(), s.rows()));
        }
        RejectedRowsExport.write(target, out, leadingHeaders);
    }

    /** The rejected rows of one imported sheet and its source headers. */
    public record RejectedSheet(String sheet, List<String> headers, List<RejectedRow> rows) {
    }
}
