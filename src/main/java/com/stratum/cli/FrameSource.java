package com.stratum.cli;

import com.stratum.features.CustomerFrame;
import com.stratum.features.FeatureBuilder;
import com.stratum.features.FeatureSettings;
import com.stratum.features.SyntheticTransactions;

/** Where the engine benchmark gets its frame: the feature builder over seeded synthetic transactions. */
final class FrameSource {

    record Built(CustomerFrame frame, long transactions, double featureSeconds) {
    }

    private FrameSource() {
    }

    static Built benchmarkFrame(int customers, long transactions, long seed) {
        if (transactions > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("--transactions: at most " + (Integer.MAX_VALUE - 16));
        }
        SyntheticTransactions.Data data = SyntheticTransactions.generate(customers, (int) transactions, seed);
        long t0 = System.nanoTime();
        CustomerFrame frame = FeatureBuilder.build(data.transactions(), data.customers(), FeatureSettings.defaults())
                .frame();
        return new Built(frame, data.transactions().size(), (System.nanoTime() - t0) / 1e9);
    }
}
