package com.stratum.ui.testsupport;

import com.stratum.ui.AppContext;
import com.stratum.ui.AppOverrides;
import com.stratum.ui.StratumApp;
import com.stratum.ui.prefs.UserDataFolder;
import com.stratum.ui.service.AppServices;
import javafx.application.Platform;
import javafx.scene.Node;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Base class of the TestFX tests: starts the real {@link StratumApp} headless (Monocle, set up by
 * the pom's surefire properties) on a temporary workspace and a temporary user data folder
 * ({@code -Dstratum.home}), with {@link RecordingDialogs} instead of native dialogs. Subclasses
 * choose the services ({@link FakeServices} by default, or {@code AppServices.standard()} for the
 * real lower layers) and may write preferences before the start.
 *
 * <p>Wait on conditions with {@link #waitUntil}; read JavaFX state with {@link #fx}; never sleep.
 */
public abstract class StratumAppTest extends FxRobot {

    protected static final int TIMEOUT_SECONDS = 60;

    @TempDir
    protected Path temp;
    protected Path home;
    protected Path workspace;
    protected final RecordingDialogs dialogs = new RecordingDialogs();
    protected final FakeServices fake = new FakeServices();
    protected StratumApp app;

    /** The services the app runs with. */
    protected AppServices services() {
        return fake.services();
    }

    /** The command-line arguments (by default the temporary workspace). */
    protected List<String> arguments() {
        return List.of(workspace.toString());
    }

    /** Runs before the app starts, e.g. to write {@code preferences.json} into {@link #home}. */
    protected void beforeStart() throws Exception {
    }

    @BeforeEach
    void startApp() throws Exception {
        home = temp.resolve("home");
        workspace = temp.resolve("workspace");
        System.setProperty(UserDataFolder.PROPERTY, home.toString());
        beforeStart();
        FxToolkit.registerPrimaryStage();
        AppOverrides overrides = new AppOverrides(seed -> dialogs, services(), arguments());
        app = (StratumApp) FxToolkit.setupApplication(() -> new StratumApp(overrides));
        waitUntil(() -> ctx().session().workspace() != null);
    }

    @AfterEach
    void stopApp() throws Exception {
        try {
            assertThat(dialogs.errors()).as("error dialogs shown during the test").isEmpty();
        } finally {
            FxToolkit.cleanupApplication(app);
            FxToolkit.cleanupStages();
            System.clearProperty(UserDataFolder.PROPERTY);
        }
    }

    protected AppContext ctx() {
        return app.context();
    }

    /** Waits (up to a minute) until {@code condition}, evaluated on the FX thread, holds. */
    protected void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> fx(condition::getAsBoolean));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("Condition not met within " + TIMEOUT_SECONDS + " s; dialogs: " + dialogs.shown(), e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Runs {@code call} on the FX thread and returns its result. */
    protected <T> T fx(Callable<T> call) {
        if (Platform.isFxApplicationThread()) {
            try {
                return call.call();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return WaitForAsyncUtils.waitForAsyncFx(TIMEOUT_SECONDS * 1000L, call);
    }

    /** Runs {@code action} on the FX thread and waits for the events it causes. */
    protected void onFx(Runnable action) {
        fx(() -> {
            action.run();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The node with this CSS selector, failing clearly when it is absent. */
    protected <T extends Node> T node(String query) {
        return lookup(query).query();
    }
}
