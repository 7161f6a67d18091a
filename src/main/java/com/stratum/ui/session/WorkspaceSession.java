package com.stratum.ui.session;

import com.stratum.ui.dialog.ErrorReporter;
import com.stratum.ui.i18n.Localization;
import com.stratum.ui.prefs.UserPreferences;
import com.stratum.ui.service.AppServices;
import com.stratum.ui.service.ImportSummary;
import com.stratum.ui.service.SegmentRun;
import com.stratum.ui.task.BackgroundTask;
import com.stratum.ui.task.TaskExecutor;
import com.stratum.ui.undo.JobManager;
import com.stratum.workspace.Workspace;
import com.stratum.workspace.WorkspacePasswordException;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.property.SimpleStringProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The open workspace and what every section shares about it: its name, the customer and row
 * counts for the status bar, a revision that goes up when datasets change, and the latest run.
 * Opening, importing and counting run as background tasks; a second open of a workspace that is
 * locked elsewhere ends in a clear dialog and leaves the current workspace open.
 */
public final class WorkspaceSession {

    private static final Logger LOG = LoggerFactory.getLogger(WorkspaceSession.class);

    /** The definition run once on the freshly imported sample (the engine's built-in rfm-standard). */
    static final String SAMPLE_DEFINITION = com.stratum.engine.BuiltInDefinitions.RFM_STANDARD;

    private final TaskExecutor tasks;
    private final AppServices services;
    private final UserPreferences prefs;
    private final ErrorReporter errors;
    private final Localization i18n;
    private final JobManager jobs;

    private final ReadOnlyObjectWrapper<Workspace> workspace = new ReadOnlyObjectWrapper<>();
    private final StringProperty name = new SimpleStringProperty("");
    private final LongProperty customers = new SimpleLongProperty(-1);
    private final LongProperty rows = new SimpleLongProperty(-1);
    private final IntegerProperty datasetsRevision = new SimpleIntegerProperty();
    private final ObjectProperty<SegmentRun> latestRun = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();

    public WorkspaceSession(TaskExecutor tasks, AppServices services, UserPreferences prefs, ErrorReporter errors,
                            Localization i18n, JobManager jobs) {
        this.tasks = tasks;
        this.services = services;
        this.prefs = prefs;
        this.errors = errors;
        this.i18n = i18n;
        this.jobs = jobs;
    }

    /** Opens (creating if needed) the workspace in {@code folder}; the current one stays open if it fails. */
    public void open(Path folder) {
        open(folder, List.of());
    }

    /**
     * Opens {@code folder} and, if it holds no dataset yet, imports {@code initialImports} into it
     * (the sample workspace on first launch).
     */
    public void open(Path folder, List<SampleFile> initialImports) {
        open(folder, initialImports, null);
    }

    /** Creates a new workspace encrypted with {@code password} (H2 AES file encryption) and opens it. */
    public void createEncrypted(Path folder, char[] password) {
        open(folder, List.of(), password);
    }

    /**
     * Opens with a password (an encrypted workspace). When a password is needed or wrong, the user is
     * asked (again); cancelling leaves the current workspace open.
     */
    private void open(Path folder, List<SampleFile> initialImports, char[] password) {
        busy.set(true);
        BackgroundTask.wrap(progress -> {
                    progress.message(i18n.get("task.openWorkspace", folder.getFileName()));
                    progress.update(-1, -1);
                    Workspace ws = Workspace.open(folder, password);
                    boolean sampled = false;
                    try {
                        if (!initialImports.isEmpty() && services.catalog().datasets(ws).isEmpty()) {
                            sampled = importSamples(ws, initialImports, progress);
                        }
                    } catch (Exception | Error e) {
                        ws.close();
                        throw e;
                    }
                    return new Opened(ws, sampled);
                })
                .withTitle(i18n.get("task.openWorkspace", folder.getFileName()))
                .onSuccess(opened -> {
                    replaceWorkspace(opened.workspace());
                    if (opened.sampleImported()) {
                        runSampleDefinition(opened.workspace());
                    }
                })
                .onFailure(e -> {
                    if (e instanceof WorkspacePasswordException p
                            && p.reason() != WorkspacePasswordException.Reason.NOT_ENCRYPTED) {
                        askPasswordAndOpen(folder, initialImports, p.reason());
                    } else {
                        errors.report(e);
                    }
                })
                .onFinished(() -> busy.set(false))
                .executeWith(tasks);
    }

    private void askPasswordAndOpen(Path folder, List<SampleFile> initialImports,
                                    WorkspacePasswordException.Reason reason) {
        String message = reason == WorkspacePasswordException.Reason.WRONG_PASSWORD
                ? i18n.get("password.wrong", folder.getFileName())
                : i18n.get("password.needed", folder.getFileName());
        errors.dialogs().askPassword(i18n.get("password.title"), message)
                .filter(pw -> pw.length > 0)
                .ifPresent(pw -> open(folder, initialImports, pw));
    }

    /** A workspace just opened, and whether the sample files were imported into it now. */
    private record Opened(Workspace workspace, boolean sampleImported) {
    }

    /** True when every file was imported (false when the user cancelled on the way). */
    private boolean importSamples(Workspace ws, List<SampleFile> files, com.stratum.ui.task.TaskProgress progress)
            throws Exception {
        for (SampleFile f : files) {
            progress.message(i18n.get("task.importSample", f.displayName()));
            Path tmp = f.copyToTemp();
            try {
                services.importer().importFile(ws, tmp, progress);
            } finally {
                java.nio.file.Files.deleteIfExists(tmp);
            }
            if (progress.isCancelled()) {
                return false;
            }
        }
        return true;
    }

    /**
     * First launch of the sample workspace: runs the standard definition once, stored like any run,
     * so Results, History and the tour's last steps show segments rather than an empty page.
     */
    private void runSampleDefinition(Workspace ws) {
        BackgroundTask.wrap(progress -> {
                    progress.message(i18n.get("task.sampleRun"));
                    return services.segmentation().run(ws, SAMPLE_DEFINITION, progress);
                })
                .withTitle(i18n.get("task.sampleRun"))
                .onSuccess(run -> {
                    if (workspace.get() == ws && latestRun.get() == null) {
                        latestRun.set(run);
                    }
                })
                .onFailure(e -> LOG.warn("The sample workspace's first run failed: {}", e.getMessage()))
                .executeWith(tasks);
    }

    private void replaceWorkspace(Workspace opened) {
        Workspace old = workspace.get();
        workspace.set(opened);
        name.set(opened.folder().getFileName().toString());
        prefs.workspaceOpened(opened.folder());
        latestRun.set(null);
        jobs.clear();
        datasetsRevision.set(datasetsRevision.get() + 1);
        refreshCounts();
        if (old != null) {
            BackgroundTask.wrapVoid(p -> old.close())
                    .withTitle(i18n.get("task.closeWorkspace"))
                    .onFailure(e -> LOG.warn("Closing the previous workspace failed: {}", e.getMessage()))
                    .executeWith(tasks);
        }
    }

    /** Imports files one after another, then refreshes the datasets and counts. */
    public void importFiles(List<Path> files) {
        Workspace ws = workspace.get();
        if (ws == null || files.isEmpty()) {
            return;
        }
        busy.set(true);
        BackgroundTask.wrap(progress -> {
                    List<ImportSummary> done = new ArrayList<>();
                    for (Path f : files) {
                        progress.message(i18n.get("task.import", f.getFileName()));
                        done.add(services.importer().importFile(ws, f, progress));
                        if (progress.isCancelled()) {
                            break;
                        }
                    }
                    return done;
                })
                .withTitle(i18n.get("task.import", files.get(0).getFileName()))
                .onSuccess(done -> {
                    datasetsRevision.set(datasetsRevision.get() + 1);
                    refreshCounts();
                })
                .onFailure(errors::report)
                .onFinished(() -> busy.set(false))
                .executeWith(tasks);
    }

    /** Recounts rows and customers for the status bar (off the FX thread). */
    public void refreshCounts() {
        Workspace ws = workspace.get();
        if (ws == null) {
            return;
        }
        BackgroundTask.wrap(progress -> {
                    long total = services.catalog().datasets(ws).stream().mapToLong(d -> d.rows()).sum();
                    long people = services.catalog().customerCount(ws);
                    return new long[] {total, people};
                })
                .withTitle(i18n.get("task.count"))
                .onSuccess(r -> {
                    rows.set(r[0]);
                    customers.set(r[1]);
                })
                .onFailure(e -> {
                    LOG.warn("Counting rows and customers failed: {}", e.getMessage());
                    rows.set(-1);
                    customers.set(-1);
                })
                .executeWith(tasks);
    }

    /** Closes the workspace now, on the calling thread (the app is exiting). */
    public void closeNow() {
        Workspace ws = workspace.get();
        workspace.set(null);
        if (ws != null) {
            try {
                ws.close();
            } catch (RuntimeException e) {
                LOG.warn("Closing the workspace failed: {}", e.getMessage());
            }
        }
    }

    public ReadOnlyObjectProperty<Workspace> workspaceProperty() {
        return workspace.getReadOnlyProperty();
    }

    public Workspace workspace() {
        return workspace.get();
    }

    public StringProperty nameProperty() {
        return name;
    }

    /** Distinct customers, or -1 while unknown. */
    public LongProperty customersProperty() {
        return customers;
    }

    /** Imported rows over all datasets, or -1 while unknown. */
    public LongProperty rowsProperty() {
        return rows;
    }

    public IntegerProperty datasetsRevisionProperty() {
        return datasetsRevision;
    }

    public ObjectProperty<SegmentRun> latestRunProperty() {
        return latestRun;
    }

    /** True while a workspace is being opened or data imported. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public AppServices services() {
        return services;
    }
}
