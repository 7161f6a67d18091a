package com.stratum.cli;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Runs {@link StratumCli} in-process with System.out and System.err captured, so CLI tests can check the
 * exit code, the JSON on stdout and the message on stderr. Register with {@code @RegisterExtension}.
 */
final class CliRun implements BeforeEachCallback, AfterEachCallback {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream oldOut;
    private PrintStream oldErr;

    @Override
    public void beforeEach(ExtensionContext context) {
        oldOut = System.out;
        oldErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        System.setOut(oldOut);
        System.setErr(oldErr);
    }

    /** Runs the command line and returns its exit code; output accumulates until a reset. */
    int run(String... args) {
        return StratumCli.run(args);
    }

    /** Like {@link #run} but starts from empty stdout and stderr, so they hold only this run's output. */
    int runFresh(String... args) {
        resetOut();
        resetErr();
        return run(args);
    }

    String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    void resetOut() {
        out.reset();
    }

    void resetErr() {
        err.reset();
    }
}
