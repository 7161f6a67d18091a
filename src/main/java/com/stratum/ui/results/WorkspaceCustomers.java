package com.stratum.ui.results;

import com.stratum.features.FeatureSettings;
import com.stratum.workspace.CustomerDataLoader;
import com.stratum.workspace.Workspace;

/** Reads a workspace's customers for the analysis views (the workspace layer's one loader). */
final class WorkspaceCustomers {

    private WorkspaceCustomers() {
    }

    static CustomerData load(Workspace ws) {
        CustomerDataLoader.CustomerData d = new CustomerDataLoader(ws).load();
        return new CustomerData(d.transactions(), d.customers(), FeatureSettings.defaults());
    }
}
