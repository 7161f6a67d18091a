package com.stratum.cli;

import com.stratum.features.CustomerFrame;
import com.stratum.features.FeatureBuilder;
import com.stratum.features.FeatureSettings;
import com.stratum.workspace.CustomerDataLoader;
import com.stratum.workspace.Workspace;

import java.time.LocalDate;

/**
 * How the CLI gets a workspace's customer frame at an analysis date (null = the default, the day
 * after the latest transaction). One seam so the commands do not care how the loading is done, and
 * tests can hand in a frame.
 */
@FunctionalInterface
public interface WorkspaceFrames {

    CustomerFrame load(Workspace ws, LocalDate asOf) throws Exception;

    /** The loader the commands use. */
    static WorkspaceFrames current() {
        return Holder.current;
    }

    /** Replaces the loader (tests; the wiring of the workspace loader). */
    static void use(WorkspaceFrames loader) {
        Holder.current = loader;
    }

    /**
     * The workspace's datasets through {@link CustomerDataLoader}, then {@link FeatureBuilder} with the
     * default settings at the given date. The loaded data are kept for the last workspace, so a
     * command that needs two analysis dates (compare) reads the tables once.
     */
    static WorkspaceFrames fromWorkspace() {
        return new WorkspaceFrames() {
            private Workspace lastWorkspace;
            private CustomerDataLoader.CustomerData lastData;

            @Override
            public synchronized CustomerFrame load(Workspace ws, LocalDate asOf) {
                if (ws != lastWorkspace) {
                    lastData = new CustomerDataLoader(ws).load();
                    lastWorkspace = ws;
                }
                FeatureSettings settings = FeatureSettings.defaults();
                if (asOf != null) {
                    settings = settings.withAsOf(asOf);
                }
                return FeatureBuilder.build(lastData.transactions(), lastData.customers(), settings).frame();
            }
        };
    }

    final class Holder {
        static volatile WorkspaceFrames current = fromWorkspace();

        private Holder() {
        }
    }
}
