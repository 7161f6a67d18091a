package com.stratum.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Which arguments open the window and which run headless. */
class StratumCliTest {

    @RegisterExtension
    final CliRun cli = new CliRun();

    @TempDir
    Path temp;

    @Test
    void noArgumentsOrAWorkspaceOpenTheWindow() {
        assertThat(StratumCli.isCommandLine(new String[0])).isFalse();
        assertThat(StratumCli.isCommandLine(new String[] {temp.toString()})).isFalse();
        assertThat(StratumCli.isCommandLine(new String[] {"Sales/workspace.stratum"})).isFalse();
    }

    @Test
    void commandsAndOptionsRunHeadless() {
        assertThat(StratumCli.isCommandLine(new String[] {"info", "--workspace", "x"})).isTrue();
        assertThat(StratumCli.isCommandLine(new String[] {"--help"})).isTrue();
    }

    @Test
    void aMistypedCommandIsAUsageErrorNotAWindow() {
        String[] args = {"frobnicate"};
        assertThat(StratumCli.isCommandLine(args)).isTrue();
        assertThat(cli.run(args)).isEqualTo(2); // picocli's usage-error exit code
        assertThat(cli.err()).contains("frobnicate");
    }
}
