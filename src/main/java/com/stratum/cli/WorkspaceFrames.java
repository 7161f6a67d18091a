package com.stratum.cli;

import com.stratum.features.CustomerFrame;
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

    final class Holder {
        static volatile WorkspaceFrames current = (ws, asOf) ->
                CustomerDataLoader.features(ws, FeatureSettings.defaults().withAsOf(asOf)).frame();

        private Holder() {
        }
    }
}
