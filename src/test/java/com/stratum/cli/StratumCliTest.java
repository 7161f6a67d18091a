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

    @Test
    void anImpossibleDateGetsOneReadableSentence() {
        // 2024 has no month 13: the message quotes the value and the expected form, and no Java class name
        int code = cli.runFresh("segment", "--workspace", temp.toString(), "--definition", "rfm-standard",
                "--export", temp.resolve("o.csv").toString(), "--as-of", "2024-13-45");
        assertThat(code).isEqualTo(StratumCli.EXIT_BAD_INPUT);
        assertThat(cli.err()).contains("'2024-13-45' is not a valid date; expected YYYY-MM-DD")
                .doesNotContain("java.time").doesNotContain("Exception");
    }

    @Test
    void aMalformedMapOptionNamesTheOptionOnce() {
        int code = cli.runFresh("import", "--workspace", temp.toString(), "--map", "foo", "x.csv");
        assertThat(code).isEqualTo(StratumCli.EXIT_BAD_INPUT);
        assertThat(cli.err()).contains("'--map'").doesNotContain("option option");
    }

    @Test
    void datesInIsoFormAreAccepted() {
        assertThat(StratumCli.parseDate(" 2024-02-29 ")).isEqualTo(java.time.LocalDate.of(2024, 2, 29));
    }
}
