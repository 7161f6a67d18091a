package com.stratum.imports;

import com.stratum.workspace.DatasetKind;

import java.util.List;

/**
 * The report of a finished import. {@code rowsRead == rowsImported + rowsRejected} always.
 * For a customers import, {@code customersWithoutTransactions} and
 * {@code transactionCustomersUnknown} count distinct ids against the transactions datasets (and
 * the customers datasets) in the workspace; for a transactions import they are -1.
 */
public record ImportResult(
        long datasetId,
        String name,
        DatasetKind kind,
        String sheet,
        long rowsRead,
        long rowsImported,
        long rowsRejected,
        long customers,
        long anonymousLines,
        long customersWithoutTransactions,
        long transactionCustomersUnknown,
        List<Long> replacedDatasetIds,
        double seconds) {
}
