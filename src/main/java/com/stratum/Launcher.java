package com.stratum;

import com.stratum.cli.StratumCli;
import com.stratum.ui.StratumApp;

/**
 * Entry point of the jar. With no arguments (or only a workspace path) it opens the window;
 * with a command it runs headless and never touches JavaFX.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        if (StratumCli.isCommandLine(args)) {
            System.exit(StratumCli.run(args));
        }
        StratumApp.launchApp(args);
    }
}
