package com.stratum.ui.service;

import com.stratum.features.CustomerFrame;
import com.stratum.workspace.Workspace;

/** Loads the workspace's customers and builds their features (one row per customer). */
final class CustomerFrames {

    private CustomerFrames() {
    }

    static CustomerFrame load(Workspace ws) throws ServiceUnavailableException {
        // Wired to com.stratum.workspace.CustomerDataLoader + FeatureBuilder once the loader is in main.
        throw new ServiceUnavailableException("Loading customers from the workspace");
    }
}
