package com.stratum.logging;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import com.stratum.ui.prefs.UserDataFolder;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * The shipped logback.xml (the tests themselves run with logback-test.xml): the log file lives in the
 * user data folder, stdout stays clean for the CLI's JSON and CSV, only warnings reach stderr.
 */
class LogbackConfigTest {

    @TempDir
    Path tmp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream savedOut;
    private PrintStream savedErr;
    private String savedHome;
    private String savedUserHome;

    @BeforeEach
    void captureConsole() {
        savedOut = System.out;
        savedErr = System.err;
        savedHome = System.getProperty("stratum.home");
        savedUserHome = System.getProperty("user.home");
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(savedOut);
        System.setErr(savedErr);
        restore("stratum.home", savedHome);
        restore("user.home", savedUserHome);
    }

    @Test
    void logsGoToTheDataFolderAndOnlyWarningsToStderr() throws Exception {
        Path home = tmp.resolve("data home");
        System.setProperty("stratum.home", home.toString());
        LoggerContext ctx = shippedConfiguration();
        Logger log = ctx.getLogger("com.stratum.imports.Example");
        log.info("imported 3 rows from dataset 7");
        log.warn("2 rows rejected in dataset 7");
        log.error("import failed", new IllegalStateException("boom"));
        ctx.stop();

        Path file = home.resolve("logs/stratum.log");
        assertThat(file).exists();
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).contains("INFO", "imported 3 rows from dataset 7", "2 rows rejected in dataset 7",
                "import failed", "java.lang.IllegalStateException: boom");
        assertThat(out.toString(StandardCharsets.UTF_8)).as("stdout").isEmpty();
        String stderr = err.toString(StandardCharsets.UTF_8);
        assertThat(stderr).contains("WARN Example: 2 rows rejected in dataset 7", "ERROR Example: import failed")
                .doesNotContain("imported 3 rows").doesNotContain("IllegalStateException");
    }

    @Test
    void withoutStratumHomeTheLogIsInTheSameDataFolderAsTheWindowUses() throws Exception {
        assumeFalse(System.getProperty("os.name").toLowerCase(Locale.ROOT).contains("win"),
                "on Windows the folder is under %APPDATA%, not under user.home");
        System.clearProperty("stratum.home");
        System.setProperty("user.home", tmp.toString());
        LoggerContext ctx = shippedConfiguration();
        ctx.getLogger("com.stratum.Example").info("hello");
        ctx.stop();
        assertThat(UserDataFolder.resolve()).startsWith(tmp);
        assertThat(UserDataFolder.resolve().resolve("logs/stratum.log")).exists();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    /** Logs and preferences must share one folder on every platform: the UI's rule, called by reflection. */
    @Test
    void theLogFolderRuleIsTheWindowsDataFolderRule() throws Exception {
        Method uiRule = UserDataFolder.class.getDeclaredMethod("resolve", String.class, String.class, String.class, Map.class);
        uiRule.setAccessible(true);
        String appData = "C:\\Users\\ana\\AppData\\Roaming";
        for (String os : List.of("Linux", "Mac OS X", "Windows 11")) {
            assertThat(DataFolderDefiner.resolve(null, os, "/home/ana", appData)).as(os)
                    .isEqualTo(uiRule.invoke(null, null, os, "/home/ana", Map.of("APPDATA", appData)));
        }
        assertThat(DataFolderDefiner.resolve("/tmp/x", "Linux", "/home/ana", null)).isEqualTo(Path.of("/tmp/x"));
    }

    @Test
    void aFolderThatCannotBeWrittenPrintsNothingOnStdout() throws Exception {
        Path notADir = Files.writeString(tmp.resolve("file"), "x");
        System.setProperty("stratum.home", notADir.toString());
        LoggerContext ctx = shippedConfiguration();
        ctx.getLogger("com.stratum.Example").info("hello");
        ctx.stop();
        assertThat(out.toString(StandardCharsets.UTF_8)).as("stdout").isEmpty();
    }

    /** A separate logger context configured from the logback.xml that ships in the jar. */
    private static LoggerContext shippedConfiguration() throws Exception {
        URL config = LogbackConfigTest.class.getResource("/logback.xml");
        assertThat(config).as("logback.xml on the class path").isNotNull();
        LoggerContext ctx = new LoggerContext();
        ctx.setMDCAdapter(new LogbackMDCAdapter()); // a context of our own needs one, or every append fails
        JoranConfigurator jc = new JoranConfigurator();
        jc.setContext(ctx);
        jc.doConfigure(config);
        return ctx;
    }

    private static void restore(String key, String value) {
        if (value == null) {
            System.clearProperty(key);
        } else {
            System.setProperty(key, value);
        }
    }
}
