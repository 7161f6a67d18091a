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
            // the result is kept so the Predictive section shows the models without fitting again
            return new PredictiveFitRepository(ws).refit(d.transactions())
                    .map(r -> data.withFit(r, com.stratum.engine.predictive.PredictiveFeatures.addTo(data.frame(), r)))
                    .orElse(data);
        } catch (com.stratum.engine.predictive.PredictiveDataException e) {
            // the data changed since the fit (e.g. a re-import): the customers still load, without predictions
            org.slf4j.LoggerFactory.getLogger(WorkspaceCustomers.class)
                    .warn("Saved predictive fit not applied: {}", e.getMessage());
            return data;
        }
    }
}
