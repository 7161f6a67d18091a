package com.stratum.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.stratum.exports.RejectedRowsExport;
import com.stratum.exports.TableWriters;
import com.stratum.imports.ImportException;
import com.stratum.imports.ImportMode;
import com.stratum.imports.ImportOptions;
import com.stratum.imports.ImportResult;
import com.stratum.imports.Importer;
import com.stratum.workspace.DatasetKind;
import com.stratum.workspace.DatasetRepository;
import com.stratum.workspace.RejectedRow;
import com.stratum.workspace.Workspace;
import com.stratum.workspace.WorkspaceException;
import com.stratum.workspace.WorkspaceLockedException;
import com.stratum.workspace.WorkspacePasswordException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * `import FILE --workspace WS`: one sheet into the workspace, a one-line JSON report on stdout.
 * Rejected rows: the first {@value #SHOWN_REJECTED} on stderr as {@code sheet, row, column, reason}
 * lines with the total, and all of them in a file with {@code --rejected OUT.xlsx|OUT.csv}.
 */
@Command(name = "import", description = "Import a sheet (.xlsx, .xls, .csv, .tsv, .txt) into a workspace.")
public final class ImportCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(ImportCommand.class);

    @Parameters(index = "0", paramLabel = "FILE", description = "The spreadsheet file.")
    Path file;

    @Option(names = "--workspace", required = true, paramLabel = "WS", description = "The workspace folder.")
    Path workspace;

    @Mixin
    WorkspacePassword password;

    @Option(names = "--sheet", paramLabel = "NAME", description = "The sheet to import (default: the first).")
    String sheet;

    @Option(names = "--as", paramLabel = "KIND", description = "transactions or customers (default: inferred).")
    String kind;

    @Option(names = "--map", paramLabel = "ROLE=COLUMN", description = "Map a role to a column header, e.g."
            + " --map customer_id=\"Member No\". Repeatable.")
    Map<String, String> map = new LinkedHashMap<>();

    @Option(names = "--mode", paramLabel = "MODE", defaultValue = "replace",
            description = "replace (default: the earlier import of this file and sheet) or append.")
    String mode;

    @Option(names = "--encoding", paramLabel = "NAME", description = "CSV encoding (default: detected).")
    String encoding;

    @Option(names = "--rejected", paramLabel = "OUT", description = "Save all rejected rows (row, column, reason"
            + " and the row's cells) to OUT.xlsx or OUT.csv.")
    Path rejected;

    static final int SHOWN_REJECTED = 20;
    /** Rejected rows read from the workspace at a time while saving them. */
    private static final int PAGE = 10_000;

    @Override
    public Integer call() {
        // a failed import into a folder that did not exist leaves no workspace behind (an empty one,
        // perhaps encrypted with a mistyped password, would only get in the way of the next try)
        boolean newFolder = workspace != null && !java.nio.file.Files.exists(workspace);
        int code = importFile();
        if (code != 0 && newFolder) {
            removeCreatedFolder();
        }
        return code;
    }

    private void removeCreatedFolder() {
        try {
            CommandSupport.deleteTree(workspace);
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            LOG.warn("Could not remove the workspace folder {} made for a failed import: {}", workspace, e.getMessage());
        }
    }

    private int importFile() {
        if (rejected != null) {
            try {
                TableWriters.formatOf(rejected);
            } catch (IllegalArgumentException e) {
                return bad("--rejected: the file name must end with .xlsx or .csv (" + rejected.getFileName() + ").");
            }
        }
        ImportOptions options = new ImportOptions().sheet(sheet).encoding(encoding);
        if (kind != null) {
            DatasetKind k = DatasetKind.fromKey(kind).orElse(null);
            if (k == null) {
                return bad("--as must be transactions or customers, not \"" + kind + "\".");
            }
            options.kind(k);
        }
        ImportMode m = ImportMode.fromKey(mode).orElse(null);
        if (m == null) {
            return bad("--mode must be replace or append, not \"" + mode + "\".");
        }
        options.mode(m);
        map.forEach(options::map);
        try (Workspace ws = password.open(workspace)) {
            ImportResult r = Importer.run(ws, file, options, null);
            System.out.println(json(r));
            if (r.duplicateOrders() > 0) {
                System.err.println(duplicateWarning(r));
            }
            if (r.repeatedCustomerRows() > 0) {
                long n = r.repeatedCustomerRows();
                System.err.println("Warning: " + n + (n == 1 ? " row of " : " rows of ") + r.name()
                        + (n == 1 ? " repeats" : " repeat")
                        + " the customer id of an earlier row; for the analysis, later rows overwrite earlier ones.");
            }
            if (r.rowsRejected() > 0 || rejected != null) {
                return reportRejected(ws, r);
            }
            return 0;
        } catch (ImportException e) {
            return bad(e.getMessage() + otherSheetsHint());
        } catch (WorkspaceLockedException | BadInputException e) {
            return bad(e.getMessage());
        } catch (WorkspacePasswordException e) {
            return bad(CommandSupport.passwordMessage(e));
        } catch (WorkspaceException e) {
            System.err.println(e.getMessage());
            return StratumCli.EXIT_INTERNAL;
        } catch (RuntimeException e) {
            LOG.error("Import of {} failed", file, e);
            System.err.println("Internal error while importing " + file.getFileName() + ": " + e.getMessage());
            return StratumCli.EXIT_INTERNAL;
        }
    }

    /**
     * When the first sheet was taken by default and the workbook has others, names them: the data may
     * be on another sheet (a notes or cover sheet first is common).
     */
    private String otherSheetsHint() {
        if (sheet != null) {
            return "";
        }
        try {
            List<String> names = Importer.sheetNames(file, encoding);
            if (names.size() < 2) {
                return "";
            }
            return " The workbook has the sheets " + String.join(", ", names.stream().map(n -> "\"" + n + "\"").toList())
                    + "; choose one with --sheet NAME.";
        } catch (ImportException e) {
            return "";
        }
    }

    /** The first rejected rows on stderr, then all of them to --rejected; the import itself stands. */
    private int reportRejected(Workspace ws, ImportResult r) {
        DatasetRepository repo = new DatasetRepository(ws);
        List<RejectedRow> first = repo.rejectedRows(r.datasetId(), 0, SHOWN_REJECTED);
        if (r.rowsRejected() > 0) {
            System.err.println("Rejected rows: " + r.rowsRejected() + " of " + r.rowsRead()
                    + (r.rowsRejected() > first.size() ? " (the first " + first.size() + " below)" : "")
                    + ". sheet, row, column, reason:");
            for (RejectedRow x : first) {
                System.err.println(x.sheet() + ", " + x.rowNumber() + ", " + x.column() + ", " + x.reason());
            }
        }
        if (rejected == null) {
            if (r.rowsRejected() > first.size()) {
                System.err.println("Save them all with --rejected OUT.xlsx (or OUT.csv).");
            }
            return 0;
        }
        List<RejectedRow> all = new ArrayList<>();
        for (long offset = 0; ; offset += PAGE) {
            List<RejectedRow> page = repo.rejectedRows(r.datasetId(), offset, PAGE);
            all.addAll(page);
            if (page.size() < PAGE) {
                break;
            }
        }
        String sheetName = r.sheet() == null ? file.getFileName().toString() : r.sheet();
        try {
            RejectedRowsExport.write(rejected, List.of(new RejectedRowsExport.Sheet(sheetName, r.sourceHeaders(), all)),
                    List.of("row", "column", "reason"));
        } catch (IOException e) {
            System.err.println("The import is done, but the rejected rows could not be saved to " + rejected + ": "
                    + e.getMessage());
            return StratumCli.EXIT_BAD_INPUT;
        }
        // a file even when nothing was rejected: a script that asked for it finds it, with its headers
        System.err.println(all.isEmpty() ? "No rejected rows; saved the empty list to " + rejected + "."
                : "Saved " + all.size() + " rejected rows to " + rejected + ".");
        return 0;
    }

    /** Nothing was dropped: the user decides which dataset keeps the orders. */
    static String duplicateWarning(ImportResult r) {
        return "Warning: " + r.duplicateOrders() + " order ids of " + r.name() + " are already in "
                + String.join(", ", r.duplicateOrderDatasets().stream().map(n -> "\"" + n + "\"").toList())
                + "; if these are the same orders their revenue now counts twice. Nothing was dropped:"
                + " keep only one of the datasets (remove-dataset --id N; info lists the ids).";
    }

    private static int bad(String message) {
        System.err.println(message);
        return StratumCli.EXIT_BAD_INPUT;
    }

    static String json(ImportResult r) {
        ObjectMapper om = new ObjectMapper();
        ObjectNode o = om.createObjectNode();
        o.put("rows_read", r.rowsRead());
        o.put("rows_imported", r.rowsImported());
        o.put("rows_rejected", r.rowsRejected());
        o.put("customers", r.customers());
        o.put("seconds", Math.round(r.seconds() * 1000) / 1000.0);
        o.put("dataset_id", r.datasetId());
        o.put("dataset", r.name());
        o.put("kind", r.kind().key());
        o.put("sheet", r.sheet());
        o.put("anonymous_lines", r.anonymousLines());
        if (r.kind() == DatasetKind.TRANSACTIONS) {
            o.put("duplicate_orders", r.duplicateOrders());
        }
        if (r.customersWithoutTransactions() >= 0) {
            o.put("repeated_customer_rows", r.repeatedCustomerRows());
            o.put("customers_without_transactions", r.customersWithoutTransactions());
            o.put("transaction_customers_unknown", r.transactionCustomersUnknown());
        }
        o.putPOJO("replaced_dataset_ids", r.replacedDatasetIds());
        return o.toString();
    }
}
