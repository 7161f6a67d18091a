package com.stratum.ui.results;

import com.stratum.ui.prefs.AnalysisDefaults;
import com.stratum.workspace.CustomerDataLoader;
import com.stratum.workspace.PredictiveFitRepository;
import com.stratum.workspace.Workspace;

/** Reads a workspace's customers for the analysis views, with the predictive columns of its saved fit. */
public final class WorkspaceCustomers {

    private WorkspaceCustomers() {
    }

    public static CustomerData load(Workspace ws) throws Exception {
        CustomerDataLoader.CustomerData d = new CustomerDataLoader(ws).load();
        CustomerData data = new CustomerData(d.transactions(), d.customers(), AnalysisDefaults.currentFeatureSettings());
        try {
            return data.withFrame(new PredictiveFitRepository(ws).applyTo(data.frame(), d.transactions()));
        } catch (com.stratum.engine.predictive.PredictiveDataException e) {
            // the data changed since the fit (e.g. a re-import): the customers still load, without predictions
            org.slf4j.LoggerFactory.getLogger(WorkspaceCustomers.class)
                    .warn("Saved predictive fit not applied: {}", e.getMessage());
            return data;
        }
    }
}
