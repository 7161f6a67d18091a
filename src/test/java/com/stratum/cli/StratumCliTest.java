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
                .doesNotContain("java.time").doesNotContain("Exception")
                .contains("Run 'stratum segment --help' for the usage.").doesNotContain("Usage:");
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

    @Test
    void everySubcommandAnswersHelp() {
        for (String command : new String[] {"import", "info", "segment", "compare", "predict", "features",
                "definitions", "sample", "bench"}) {
            int code = cli.runFresh(command, "--help");
            assertThat(code).as(command).isZero();
            assertThat(cli.out()).as(command).startsWith("Usage: stratum " + command);
        }
    }

    @Test
    void anUnknownBenchmarkIsNamed() {
        int code = cli.runFresh("bench", "foo");
        assertThat(code).isEqualTo(StratumCli.EXIT_BAD_INPUT);
        assertThat(cli.err()).startsWith("Unknown command or argument 'foo' for 'stratum bench'.")
                .contains("Run 'stratum bench --help' for the usage.");
    }

    @Test
    void fileSystemFailuresReadAsReasons() {
        assertThat(CommandSupport.reason(new java.nio.file.AccessDeniedException("/x/.y.part"))).isEqualTo("permission denied");
        assertThat(CommandSupport.reason(new java.nio.file.NoSuchFileException("/x/.y.part")))
                .isEqualTo("the folder does not exist");
        assertThat(CommandSupport.reason(new java.nio.file.FileSystemException("/x", null, "Read-only file system")))
                .isEqualTo("Read-only file system");
    }
}
