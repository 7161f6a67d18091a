package com.stratum.ui;

import com.stratum.ui.AppOverrides.AppContextSeed;
import com.stratum.ui.dialog.DialogService;
import com.stratum.ui.dialog.ErrorReporter;
import com.stratum.ui.dialog.FxDialogService;
import com.stratum.ui.i18n.Localization;
import com.stratum.ui.prefs.AnalysisDefaults;
import com.stratum.ui.prefs.PreferencesFile;
import com.stratum.ui.prefs.UserDataFolder;
import com.stratum.ui.prefs.UserPreferences;
import com.stratum.ui.prefs.WindowGeometry;
import com.stratum.ui.service.AppServices;
import com.stratum.ui.session.SampleFile;
import com.stratum.ui.session.StartupWorkspace;
import com.stratum.ui.session.WorkspaceSession;
import com.stratum.ui.shell.MainWindow;
import com.stratum.ui.shell.Navigation;
import com.stratum.ui.shell.SectionRegistry;
import com.stratum.ui.shell.StandardSections;
import com.stratum.ui.task.FxTaskExecutor;
import com.stratum.ui.task.TaskExecutor;
import com.stratum.ui.theme.ThemeManager;
import com.stratum.ui.undo.JobManager;
import javafx.application.Application;
import javafx.beans.binding.Bindings;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The JavaFX application: builds the context (preferences, texts, theme, tasks, dialogs, the
 * workspace session), shows the main window and opens the start-up workspace. A test starts it
 * with {@link AppOverrides} and {@code -Dstratum.home} pointing at a temporary folder.
 */
public class StratumApp extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(StratumApp.class);
    /** The system's locale before the language preference replaced the JVM default. */
    private static final Locale SYSTEM_LOCALE = Locale.getDefault();

    private final AppOverrides overrides;
    private AppContext ctx;
    private PreferencesFile prefsFile;
    private Stage stage;
    private MainWindow window;
    private Scene scene;
    private final SectionRegistry sections = StandardSections.create();

    public StratumApp() {
        this(AppOverrides.NONE);
    }

    public StratumApp(AppOverrides overrides) {
        this.overrides = overrides;
    }

    public static void launchApp(String[] args) {
        Application.launch(StratumApp.class, args);
    }

    @Override
    public void start(Stage primary) throws IOException {
        this.stage = primary;
        Path home = UserDataFolder.resolve();
        Files.createDirectories(home);
        prefsFile = new PreferencesFile(home);
        UserPreferences prefs = prefsFile.load();
        Localization i18n = new Localization(windowLocale(prefs));
        ThemeManager themes = new ThemeManager(prefs.themeProperty().get());
        themes.themeProperty().bind(prefs.themeProperty());

        TaskExecutor tasks = new FxTaskExecutor();
        DialogService dialogs = overrides.dialogs() != null
                ? overrides.dialogs().apply(new AppContextSeed(i18n, primary))
                : new FxDialogService(() -> stage, i18n);
        ErrorReporter errors = new ErrorReporter(dialogs, i18n);
        tasks.setDefaultFailureHandler(errors::report);
        AppServices services = overrides.services() != null ? overrides.services() : AppServices.standard(i18n);
        JobManager jobs = new JobManager();
        WorkspaceSession session = new WorkspaceSession(tasks, services, prefs, errors, i18n, jobs);
        ctx = new AppContext(i18n, tasks, dialogs, errors, session, new Navigation(), jobs, prefs, themes, home);
        // Open the workspace first: H2 opens on a worker while the window is built and shown. Its result
        // reaches the FX thread through runLater, so only after this method (and the window) is done.
        List<String> args = overrides.arguments() != null ? overrides.arguments()
                : getParameters() != null ? getParameters().getUnnamed() : List.of();
        StartupWorkspace start = StartupWorkspace.choose(args, prefs.lastWorkspace(), home,
                SampleFile.available());
        session.open(start.folder(), start.importsIfEmpty());

        window = new MainWindow(ctx, sections, primary);
        scene = new Scene(window.build());
        themes.attach(scene);
        prefs.languageProperty().addListener((obs, o, n) -> switchLanguage());
        prefs.recentLimitProperty().addListener((obs, o, n) -> savePreferences());
        prefs.themeProperty().addListener((obs, o, n) -> savePreferences());
        AnalysisDefaults.use(prefs.analysisProperty().get());
        prefs.analysisProperty().addListener((obs, o, n) -> {
            AnalysisDefaults.use(n);
            savePreferences();
            // the open workspace's customer measures again, with the new settings
            com.stratum.ui.results.AnalysisSession.of(ctx).reload();
        });

        primary.setScene(scene);
        primary.titleProperty().bind(Bindings.createStringBinding(() -> session.nameProperty().get().isEmpty()
                ? ctx.i18n().get("app.title") : ctx.i18n().get("app.titleWithWorkspace", session.nameProperty().get()),
                session.nameProperty(), i18n.localeProperty()));
        setIcon(primary);
        restoreGeometry(primary, prefs.windowProperty().get());
        primary.setOnCloseRequest(e -> rememberGeometry());
        primary.show();
        prefs.tourSeenProperty().addListener((obs, o, n) -> savePreferences());
        if (!prefs.tourSeenProperty().get() && overrides.dialogs() == null) {
            window.showTour(); // tests (which replace the dialogs) open it from Help when they want it
        }
        com.stratum.ui.session.ImportAction.importWhenReady(ctx, start.filesToImport());

    }

    private void switchLanguage() {
        ctx.i18n().setLocale(windowLocale(ctx.prefs()));
        boolean touring = window.isTourShowing();
        window.dispose();
        window = new MainWindow(ctx, sections, stage);
        scene.setRoot(window.build());
        if (touring) {
            window.showTour();
        }
        savePreferences();
    }

    /**
     * The window's locale from the language preference. It also becomes the JVM's default, so what
     * JavaFX itself writes (a dialog's "Show details", a text field's menu) and the default number and
     * date formats follow the chosen language too.
     */
    private static Locale windowLocale(UserPreferences prefs) {
        Locale locale = prefs.languageProperty().get().locale(SYSTEM_LOCALE);
        Locale.setDefault(locale);
        return locale;
    }

    /** The running app's context (tests use it to reach the session and view models). */
    public AppContext context() {
        return ctx;
    }

    public SectionRegistry sections() {
        return sections;
    }

    private static void setIcon(Stage s) {
        for (int size : new int[] {16, 32, 48, 64, 128, 256}) {
            try (InputStream in = StratumApp.class.getResourceAsStream("/com/stratum/assets/icon-" + size + ".png")) {
                if (in != null) {
                    s.getIcons().add(new Image(in));
                }
            } catch (IOException e) {
                LOG.debug("No window icon of size {}: {}", size, e.getMessage());
            }
        }
    }

    /** The remembered size and place, kept on a screen; the first time, a size fitting the screen. */
    private static void restoreGeometry(Stage s, WindowGeometry g) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        if (g.hasPosition()) {
            for (Screen candidate : Screen.getScreensForRectangle(g.x(), g.y(), 50, 50)) {
                screen = candidate.getVisualBounds();
            }
        }
        if (g.equals(WindowGeometry.DEFAULT)) {
            g = WindowGeometry.firstLaunch(screen.getWidth(), screen.getHeight());
        }
        s.setWidth(Math.min(g.width(), screen.getWidth()));
        s.setHeight(Math.min(g.height(), screen.getHeight()));
        if (g.hasPosition() && !Screen.getScreensForRectangle(g.x(), g.y(), 50, 50).isEmpty()) {
            s.setX(g.x());
            s.setY(g.y());
        } else {
            s.centerOnScreen();
        }
        s.setMaximized(g.maximized());
    }

    private void rememberGeometry() {
        if (stage.isMaximized()) {
            WindowGeometry old = ctx.prefs().windowProperty().get();
            ctx.prefs().windowProperty().set(new WindowGeometry(old.x(), old.y(), old.width(), old.height(), true));
        } else {
            ctx.prefs().windowProperty().set(new WindowGeometry(stage.getX(), stage.getY(), stage.getWidth(),
                    stage.getHeight(), false));
        }
    }

    private void savePreferences() {
        try {
            prefsFile.save(ctx.prefs());
        } catch (IOException e) {
            LOG.warn("Could not save preferences to {}: {}", prefsFile.path(), e.getMessage());
        }
    }

    @Override
    public void stop() {
        Locale.setDefault(SYSTEM_LOCALE); // the JVM may live on (tests): leave its default as found
        if (ctx == null) {
            return;
        }
        if (stage.isShowing()) {
            rememberGeometry();
        }
        savePreferences();
        ctx.session().closeNow();
        ctx.tasks().shutdown();
    }
}
