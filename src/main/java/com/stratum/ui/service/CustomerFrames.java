package com.stratum.ui.service;

import com.stratum.features.CustomerFrame;
import com.stratum.features.FeatureBuilder;
import com.stratum.features.FeatureSettings;
import com.stratum.workspace.CustomerDataLoader;
import com.stratum.workspace.Workspace;

/**
 * Loads the workspace's customers and builds their features (one row per customer) with the default
 * settings: the analysis date is the day after the latest transaction, monetary is net spend.
 */
final class CustomerFrames {

    private CustomerFrames() {
    }

    static CustomerFrame load(Workspace ws) {
        CustomerDataLoader.CustomerData data = new CustomerDataLoader(ws).load();
        return FeatureBuilder.build(data.transactions(), data.customers(), FeatureSettings.defaults()).frame();
    }
}
