package com.stratum.imports;

import com.stratum.workspace.DatasetKind;

import java.util.List;

/**
 * The report of a finished import. {@code rowsRead == rowsImported + rowsRejected} always.
 * For a customers import, {@code customersWithoutTransactions} and
 * {@code transactionCustomersUnknown} count distinct ids against the transactions datasets (and
 * the customers datasets) in the workspace; for a transactions import they are -1.
 * {@code sourceHeaders} are the sheet's column names as imported, in sheet order, without a
 * derived amount: the names of a rejected row's raw cells.
 * For a transactions import, {@code duplicateOrders} counts its distinct order ids that another
 * transactions dataset already holds (named in {@code duplicateOrderDatasets}); nothing is dropped for
 * it, the user decides (their revenue would otherwise count twice). 0 for a customers import.
 * For a customers import, {@code repeatedCustomerRows} counts rows whose customer id an earlier row
 * of the sheet already had (the later row's attributes are the ones the analysis uses); 0 for
 * a transactions import, where a customer's id repeats on every purchase.
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
        double seconds,
        List<String> sourceHeaders,
        long duplicateOrders,
        List<String> duplicateOrderDatasets,
        long repeatedCustomerRows) {
}
