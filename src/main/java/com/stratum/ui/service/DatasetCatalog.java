package com.stratum.ui.service;

import com.stratum.workspace.Workspace;

import java.util.List;

/**
 * What the window reads about the imported data. Every method does I/O: call it from a
 * {@link com.stratum.ui.task.BackgroundTask}, never on the FX thread.
 */
public interface DatasetCatalog {

    List<DatasetSummary> datasets(Workspace ws) throws Exception;

    List<DatasetColumn> columns(Workspace ws, long datasetId) throws Exception;

    /** Rows {@code offset .. offset+limit-1} in import order; each array has one value per column. */
    List<Object[]> page(Workspace ws, long datasetId, long offset, int limit) throws Exception;

    /** Distinct customers across the workspace's transactions and customers datasets (buyers or not). */
    long customerCount(Workspace ws) throws Exception;
}
