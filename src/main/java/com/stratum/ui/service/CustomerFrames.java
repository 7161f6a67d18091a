package com.stratum.ui.service;

import com.stratum.features.CustomerFrame;
import com.stratum.ui.prefs.AnalysisDefaults;
import com.stratum.workspace.CustomerDataLoader;
import com.stratum.workspace.Workspace;

/** Loads the workspace's customers and builds their features (one row per customer). */
final class CustomerFrames {

    private CustomerFrames() {
    }

    static CustomerFrame load(Workspace ws) {
        return CustomerDataLoader.features(ws, AnalysisDefaults.currentFeatureSettings()).frame();
    }
}
