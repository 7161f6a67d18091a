package com.stratum.ui.results;

import com.stratum.ui.service.ServiceUnavailableException;
import com.stratum.workspace.Workspace;

/** Reads a workspace's customers for the analysis views. */
final class WorkspaceCustomers {

    private WorkspaceCustomers() {
    }

    static CustomerData load(Workspace ws) throws Exception {
        // Wired to com.stratum.workspace.CustomerDataLoader once it is in main (features branch).
        throw new ServiceUnavailableException("Loading customers from the workspace");
    }
}
