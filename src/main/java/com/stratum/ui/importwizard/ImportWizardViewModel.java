package com.stratum.ui.importwizard;

import com.stratum.imports.ColumnPlan;
import com.stratum.imports.ImportCancelledException;
import com.stratum.imports.ImportException;
import com.stratum.imports.ImportListener;
import com.stratum.imports.ImportMode;
import com.stratum.imports.ImportOptions;
import com.stratum.imports.ImportPreview;
import com.stratum.imports.ImportResult;
import com.stratum.ui.task.BackgroundTask;
import com.stratum.ui.task.TaskExecutor;
import com.stratum.workspace.ColumnRole;
import com.stratum.workspace.DataType;
import com.stratum.workspace.DatasetInfo;
import com.stratum.workspace.DatasetKind;
import com.stratum.workspace.DatasetRepository;
import com.stratum.workspace.RejectedRow;
import com.stratum.workspace.Workspace;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * The import wizard without any node: choose sheets, encoding and kind; preview with roles and
 * the cells that will be rejected; import with progress, rows per second and cancel; report.
 *
 * <p>All work runs as {@link BackgroundTask}s on the given executor. Progress from the import
 * thread reaches the properties through {@code uiThread} ({@code Platform::runLater} in the
 * window, a direct call in tests). Several sheets are imported one after another as one unit:
 * each is added next to what is there, and only when all succeeded are the earlier imports of
 * the same sheets removed (Replace); a cancel or a failure removes the sheets this run added, so
 * the workspace is exactly as before.
 */
public final class ImportWizardViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(ImportWizardViewModel.class);
    /** Rows shown in the preview. */
    static final int PREVIEW_ROWS = 50;
    /** The encodings offered for text files besides the detected one. */
    public static final List<String> ENCODINGS = List.of("UTF-8", "GB18030", "GBK", "UTF-16", "ISO-8859-1");

    public enum Step { SHEETS, PREVIEW, IMPORT, REPORT }

    /** REPORTING: every sheet is in the workspace, the report's numbers are being counted (no cancel). */
    public enum ImportState { IDLE, RUNNING, CANCELLING, REPORTING, CANCELLED, FAILED, DONE }

    private final Workspace workspace;
    private final Path file;
    private final WizardBackend backend;
    private final TaskExecutor tasks;
    private final Executor uiThread;
    private final WizardTexts texts;
    private final RejectionReasons reasons;

    private final ObjectProperty<Step> step = new SimpleObjectProperty<>(Step.SHEETS);
    private final BooleanProperty textFile = new SimpleBooleanProperty();
    private final StringProperty detectedEncoding = new SimpleStringProperty();
    /** The encoding chosen by the user; null to use the detected one. */
    private final ObjectProperty<String> encoding = new SimpleObjectProperty<>();
    private final ObservableList<SheetChoice> sheets = FXCollections.observableArrayList();
    private final ObservableList<SheetChoice> chosenSheets = FXCollections.observableArrayList();
    private final ObjectProperty<SheetChoice> previewSheet = new SimpleObjectProperty<>();
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final StringProperty fileError = new SimpleStringProperty();
    private final ObjectProperty<ImportMode> mode = new SimpleObjectProperty<>(ImportMode.REPLACE);
    private final BooleanProperty importedBefore = new SimpleBooleanProperty();

    private final ObjectProperty<ImportState> state = new SimpleObjectProperty<>(ImportState.IDLE);
    private final DoubleProperty progress = new SimpleDoubleProperty(-1);
    private final LongProperty rowsRead = new SimpleLongProperty();
    private final DoubleProperty rowsPerSecond = new SimpleDoubleProperty();
    private final StringProperty currentSheet = new SimpleStringProperty("");
    private final StringProperty failure = new SimpleStringProperty();
    private final AtomicBoolean cancelRequested = new AtomicBoolean();
    /** Set by the import thread once the data is in: a cancel request after this cannot be honoured. */
    private final AtomicBoolean reporting = new AtomicBoolean();

    private final ObservableList<SheetOutcome> outcomes = FXCollections.observableArrayList();
    private final ObservableList<RejectedLine> rejected = FXCollections.observableArrayList();
    private final LongProperty totalRead = new SimpleLongProperty();
    private final LongProperty totalImported = new SimpleLongProperty();
    private final LongProperty totalRejected = new SimpleLongProperty();
    private final LongProperty customersWithoutTransactions = new SimpleLongProperty(-1);
    private final LongProperty transactionCustomersUnknown = new SimpleLongProperty(-1);
    private final ObservableList<String> withoutTransactionsIds = FXCollections.observableArrayList();
    private final ObservableList<String> unknownCustomerIds = FXCollections.observableArrayList();
    private final StringProperty savedTo = new SimpleStringProperty();
    /** Lines of the imported transactions without a customer id. */
    private final LongProperty anonymousLines = new SimpleLongProperty();
    private final LongProperty repeatedCustomerRows = new SimpleLongProperty();
    /** Distinct order ids of this import already in other transactions datasets (their revenue counts twice). */
    private final LongProperty duplicateOrders = new SimpleLongProperty();
    /** The names of those other datasets. */
    private final ObservableList<String> duplicateDatasets = FXCollections.observableArrayList();
    /** Of those, the ones not imported by this run: what "replace the other dataset" removes. */
    private List<Long> removableDuplicateIds = List.of();
    private final BooleanProperty duplicatesRemoved = new SimpleBooleanProperty();
    private List<WizardBackend.RejectedSheet> rejectedSheets = List.of();
    private Runnable onImported = () -> { };
    private boolean adjustingRoles;

    private final BooleanBinding canGoToPreview;
    private final BooleanBinding canImport;

    public ImportWizardViewModel(Workspace workspace, Path file, WizardBackend backend, TaskExecutor tasks,
                                 Executor uiThread, WizardTexts texts) {
        this.workspace = workspace;
        this.file = file;
        this.backend = backend;
        this.tasks = tasks;
        this.uiThread = uiThread;
        this.texts = texts;
        this.reasons = new RejectionReasons(texts);
        this.canGoToPreview = Bindings.createBooleanBinding(
                () -> !chosenSheets.isEmpty() && !loading.get()
                        && chosenSheets.stream().allMatch(s -> s.previewProperty().get() != null),
                chosenSheets, loading);
        this.canImport = Bindings.createBooleanBinding(
                () -> !chosenSheets.isEmpty() && !loading.get() && chosenSheets.stream().allMatch(SheetChoice::ready),
                chosenSheets, loading);
        encoding.addListener((obs, old, now) -> {
            if (!sheets.isEmpty()) {
                reload();
            }
        });
    }

    /** Runs on the FX thread after a successful import (the shell refreshes its counts). */
    public void setOnImported(Runnable r) {
        this.onImported = r;
    }

    // ---- step 1: sheets, encoding, kind

    /** Lists the sheets and previews each one (to infer its kind and find its header). */
    public void start() {
        loading.set(true);
        String enc = encoding.get();
        BackgroundTask.wrap(p -> {
                    boolean text = backend.isText(file);
                    String detected = text ? backend.detectEncoding(file) : null;
                    List<String> names = backend.sheetNames(file, enc);
                    List<List<DatasetInfo>> earlier = new ArrayList<>();
                    for (String n : names) {
                        earlier.add(backend.earlierImports(workspace, file, n));
                    }
                    return new Listing(text, detected, names, earlier);
                })
                .withTitle(texts.get("wizard.task.read", file.getFileName()))
                .onSuccess(this::listed)
                .onFailure(e -> {
                    fileError.set(message(e));
                    loading.set(false);
                })
                .executeWith(tasks);
    }

    private record Listing(boolean text, String detected, List<String> names, List<List<DatasetInfo>> earlier) {
    }

    private void listed(Listing l) {
        textFile.set(l.text());
        detectedEncoding.set(l.detected());
        List<SheetChoice> list = new ArrayList<>();
        for (int i = 0; i < l.names().size(); i++) {
            SheetChoice s = new SheetChoice(l.names().get(i));
            s.earlierImports(l.earlier().get(i));
            s.selectedProperty().set(i == 0);
            s.selectedProperty().addListener((obs, o, n) -> updateChosen());
            s.kindProperty().addListener((obs, o, n) -> {
                if (n != null && s.preview() != null && n != s.preview().kind()) {
                    refreshPreview(s);
                }
            });
            list.add(s);
        }
        sheets.setAll(list);
        updateChosen();
        loading.set(false);
        list.forEach(this::refreshPreview);
    }

    private void reload() {
        sheets.clear();
        chosenSheets.clear();
        previewSheet.set(null);
        start();
    }

    private void updateChosen() {
        chosenSheets.setAll(sheets.stream().filter(SheetChoice::isSelected).toList());
        importedBefore.set(chosenSheets.stream().anyMatch(s -> !s.earlierImports().isEmpty()));
        if (previewSheet.get() == null || !chosenSheets.contains(previewSheet.get())) {
            previewSheet.set(chosenSheets.isEmpty() ? null : chosenSheets.get(0));
        }
    }

    /** The options the sheet would be imported with: its kind, the encoding, and (once touched) every role. */
    ImportOptions options(SheetChoice s) {
        ImportOptions o = new ImportOptions().sheet(s.name()).encoding(encoding.get()).kind(s.kindProperty().get())
                .mode(ImportMode.APPEND);
        if (s.rolesChosen) {
            for (ColumnChoice c : s.columns()) {
                if (c.derived()) {
                    continue;
                }
                if (c.role() == null) {
                    o.noRole(c.header());
                } else {
                    o.map(c.role().key(), c.header());
                }
            }
        }
        return o;
    }

    private void refreshPreview(SheetChoice s) {
        ImportOptions o = options(s);
        int generation = ++s.generation;
        s.loadingProperty().set(true);
        BackgroundTask.wrap(p -> backend.preview(file, o, PREVIEW_ROWS))
                .withTitle(texts.get("wizard.task.preview", s.name()))
                .onSuccess(pv -> {
                    if (generation == s.generation) { // a later change has its own preview coming
                        previewed(s, pv);
                    }
                })
                .onFailure(e -> {
                    if (generation == s.generation) {
                        s.loadErrorProperty().set(message(e));
                        s.problems().setAll(message(e));
                    }
                })
                .onFinished(() -> {
                    s.loadingProperty().set(false);
                    refreshBindings();
                })
                .executeWith(tasks);
    }

    private void previewed(SheetChoice s, ImportPreview pv) {
        s.loadErrorProperty().set(null);
        List<ColumnChoice> cols = new ArrayList<>();
        for (int i = 0; i < pv.columns().size(); i++) {
            ColumnChoice c = new ColumnChoice(i, pv.columns().get(i));
            if (!c.derived()) {
                c.roleProperty().addListener((obs, old, now) -> roleChanged(s, c, now));
            }
            cols.add(c);
        }
        if (s.kindProperty().get() == null || s.kindProperty().get() != pv.kind()) {
            s.kindProperty().set(pv.kind());
        }
        s.columns().setAll(cols);
        s.problems().setAll(problems(pv));
        s.previewProperty().set(pv);
    }

    private void refreshBindings() {
        canGoToPreview.invalidate();
        canImport.invalidate();
    }

    /** A role goes to one column only: giving it to this column takes it from any other. */
    private void roleChanged(SheetChoice s, ColumnChoice changed, ColumnRole role) {
        if (adjustingRoles || !s.columns().contains(changed)) {
            return;
        }
        s.rolesChosen = true;
        adjustingRoles = true;
        try {
            if (role != null) {
                for (ColumnChoice c : List.copyOf(s.columns())) {
                    if (c != changed && !c.derived() && c.role() == role) {
                        c.roleProperty().set(null);
                    }
                }
            }
        } finally {
            adjustingRoles = false;
        }
        refreshPreview(s);
    }

    /** What stops the import of a previewed sheet, in the user's language (as the importer checks it). */
    List<String> problems(ImportPreview pv) {
        List<String> out = new ArrayList<>();
        if (pv.kind() == null) {
            out.add(texts.get("wizard.problem.kind"));
            return out;
        }
        if (column(pv, ColumnRole.CUSTOMER_ID) == null) {
            out.add(texts.get("wizard.problem.customerId"));
        }
        if (pv.kind() == DatasetKind.TRANSACTIONS) {
            ColumnPlan date = column(pv, ColumnRole.DATE);
            if (date == null) {
                out.add(texts.get("wizard.problem.date"));
            } else if (date.dataType() != DataType.DATE && date.dataType() != DataType.TIMESTAMP) {
                out.add(texts.get("wizard.problem.notDates", date.header()));
            }
            if (column(pv, ColumnRole.AMOUNT) == null) {
                out.add(texts.get("wizard.problem.amount"));
            }
            for (ColumnRole r : List.of(ColumnRole.AMOUNT, ColumnRole.QUANTITY, ColumnRole.UNIT_PRICE)) {
                ColumnPlan c = column(pv, r);
                if (c != null && c.dataType() != DataType.DECIMAL && c.dataType() != DataType.INTEGER) {
                    out.add(texts.get("wizard.problem.notNumbers", c.header()));
                }
            }
        }
        if (out.isEmpty() && !pv.problems().isEmpty()) {
            // a check of the importer's that this list does not know yet
            pv.problems().forEach(m -> out.add(m.format(texts.locale())));
        }
        return out;
    }

    private static ColumnPlan column(ImportPreview pv, ColumnRole role) {
        return pv.columns().stream().filter(c -> c.role() == role).findFirst().orElse(null);
    }

    // ---- navigation

    public void next() {
        switch (step.get()) {
            case SHEETS -> {
                if (canGoToPreview.get()) {
                    step.set(Step.PREVIEW);
                }
            }
            case PREVIEW -> startImport();
            default -> { }
        }
    }

    public void back() {
        if (step.get() == Step.PREVIEW) {
            step.set(Step.SHEETS);
        } else if (step.get() == Step.IMPORT && !busy()) {
            state.set(ImportState.IDLE);
            step.set(Step.PREVIEW);
        }
    }

    // ---- step 3: import

    public void startImport() {
        if (!canImport.get() || busy()) {
            return;
        }
        List<SheetChoice> chosen = List.copyOf(chosenSheets);
        List<ImportOptions> options = chosen.stream().map(this::options).toList();
        ImportMode m = mode.get();
        cancelRequested.set(false);
        reporting.set(false);
        failure.set(null);
        rowsRead.set(0);
        rowsPerSecond.set(0);
        progress.set(0);
        state.set(ImportState.RUNNING);
        step.set(Step.IMPORT);
        BackgroundTask.wrap(p -> isolated(() -> runImport(chosen, options, m, p::isCancelled)))
                .withTitle(texts.get("wizard.task.import", file.getFileName()))
                .onSuccess(this::finished)
                .onFailure(e -> failed(message(e)))
                .onCancelled(() -> {
                    state.set(ImportState.CANCELLED);
                    progress.set(0);
                })
                .executeWith(tasks);
    }

    /**
     * Runs the import on a thread of its own and waits for it. Cancelling the task (e.g. from the
     * status bar) interrupts the waiting thread only: the import sees a cancel request and undoes
     * its work, and H2 never runs on an interrupted thread (an interrupt can close its file).
     */
    private RunOutcome isolated(java.util.concurrent.Callable<RunOutcome> work) throws Exception {
        java.util.concurrent.FutureTask<RunOutcome> f = new java.util.concurrent.FutureTask<>(work);
        Thread t = new Thread(f, "stratum-import-wizard");
        t.setDaemon(true);
        t.start();
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return f.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                    cancelRequested.set(true);
                } catch (java.util.concurrent.ExecutionException e) {
                    Throwable c = e.getCause();
                    if (c instanceof Exception) {
                        throw (Exception) c;
                    }
                    throw (Error) c;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** True while an import runs, is being cancelled or counts its report. */
    public boolean busy() {
        ImportState st = state.get();
        return st == ImportState.RUNNING || st == ImportState.CANCELLING || st == ImportState.REPORTING;
    }

    /** Asks the running import to stop; the workspace is left as it was before the wizard's import. */
    public void cancelImport() {
        synchronized (reporting) {
            if (state.get() == ImportState.RUNNING && !reporting.get()) {
                cancelRequested.set(true);
                state.set(ImportState.CANCELLING);
            }
        }
    }

    private record RunOutcome(List<SheetOutcome> sheets, List<WizardBackend.RejectedSheet> rejected,
                              WizardBackend.Links links, boolean cancelled, long anonymousLines, long repeatedCustomerRows,
                              long duplicateOrders, List<String> duplicateDatasets, List<Long> removableDuplicateIds) {
        static RunOutcome cancelledRun() {
            return new RunOutcome(List.of(), List.of(), null, true, 0, 0, 0, List.of(), List.of());
        }
    }

    /** Off the FX thread: every chosen sheet, then the replacements, then the report's numbers. */
    private RunOutcome runImport(List<SheetChoice> chosen, List<ImportOptions> options, ImportMode m,
                                 java.util.function.BooleanSupplier taskCancelled) {
        long start = System.nanoTime();
        List<ImportResult> done = new ArrayList<>();
        ProgressPoster poster = new ProgressPoster(start);
        try {
            long before = 0;
            for (int i = 0; i < chosen.size(); i++) {
                if (cancelRequested.get() || taskCancelled.getAsBoolean()) {
                    throw new ImportCancelledException("cancelled");
                }
                String name = chosen.get(i).name();
                int index = i;
                long base = before;
                ui(() -> currentSheet.set(texts.get("wizard.import.sheet", index + 1, chosen.size(), name)));
                ImportResult r = backend.importSheet(workspace, file, options.get(i), new ImportListener() {
                    @Override
                    public void progress(long read, double fraction) {
                        double overall = fraction < 0 ? -1 : (index + Math.min(1, fraction)) / chosen.size();
                        poster.post(base + read, overall);
                    }

                    @Override
                    public boolean isCancelled() {
                        return cancelRequested.get() || taskCancelled.getAsBoolean();
                    }
                });
                done.add(r);
                before += r.rowsRead();
                poster.post(before, (double) (i + 1) / chosen.size());
            }
            boolean cancelledMeanwhile;
            synchronized (reporting) { // against cancelImport: a cancel is either honoured here or refused there
                reporting.set(true);
                cancelledMeanwhile = cancelRequested.get() || taskCancelled.getAsBoolean();
            }
            if (cancelledMeanwhile) {
                throw new ImportCancelledException("cancelled"); // asked for while the last sheet finished
            }
        } catch (ImportCancelledException | CancellationException e) {
            undo(done);
            return RunOutcome.cancelledRun();
        } catch (RuntimeException | Error e) {
            undo(done);
            throw e;
        }
        ui(() -> state.set(ImportState.REPORTING));
        return report(chosen, done, m);
    }

    private RunOutcome report(List<SheetChoice> chosen, List<ImportResult> done, ImportMode m) {
        List<SheetOutcome> sheetsOut = new ArrayList<>();
        List<WizardBackend.RejectedSheet> rej = new ArrayList<>();
        long customersDataset = -1;
        for (int i = 0; i < done.size(); i++) {
            ImportResult r = done.get(i);
            SheetChoice s = chosen.get(i);
            long replaced = 0;
            if (m == ImportMode.REPLACE) {
                for (DatasetInfo d : s.earlierImports()) {
                    backend.delete(workspace, d.id());
                    replaced++;
                }
            }
            sheetsOut.add(new SheetOutcome(s.name(), r.kind(), r.rowsRead(), r.rowsImported(), r.rowsRejected(),
                    replaced));
            if (r.rowsRejected() > 0) {
                List<String> headers = s.preview().columns().stream().filter(c -> !c.derived())
                        .map(ColumnPlan::header).toList();
                List<RejectedRow> rows = backend.rejectedRows(workspace, r.datasetId());
                rej.add(new WizardBackend.RejectedSheet(s.name(), headers, rows));
            }
            if (r.kind() == DatasetKind.CUSTOMERS) {
                customersDataset = r.datasetId();
            }
        }
        WizardBackend.Links links = customersDataset >= 0 ? backend.links(workspace, customersDataset) : null;
        long anonymous = done.stream().mapToLong(ImportResult::anonymousLines).sum();
        long repeated = done.stream().mapToLong(ImportResult::repeatedCustomerRows).sum();
        // counted again after the replaced imports are gone (the importer saw them still there)
        long duplicates = 0;
        java.util.Set<Long> thisRun = new java.util.HashSet<>();
        done.forEach(r -> thisRun.add(r.datasetId()));
        java.util.LinkedHashMap<Long, String> others = new java.util.LinkedHashMap<>();
        for (ImportResult r : done) {
            if (r.duplicateOrders() > 0) {
                DatasetRepository.DuplicateOrders d = backend.duplicateOrders(workspace, r.datasetId());
                duplicates += d.count();
                for (int k = 0; k < d.otherDatasetIds().size(); k++) {
                    others.put(d.otherDatasetIds().get(k), d.otherDatasets().get(k));
                }
            }
        }
        List<Long> removable = others.keySet().stream().filter(id -> !thisRun.contains(id)).toList();
        return new RunOutcome(sheetsOut, rej, links, false, anonymous, repeated, duplicates, List.copyOf(others.values()),
                removable);
    }

    /** Removes the datasets this run already added (a later sheet failed or the user cancelled). */
    private void undo(List<ImportResult> done) {
        for (ImportResult r : done) {
            try {
                backend.delete(workspace, r.datasetId());
            } catch (RuntimeException e) {
                LOG.warn("Removing dataset {} after a cancelled import failed", r.datasetId(), e);
            }
        }
    }

    private void finished(RunOutcome o) {
        if (o.cancelled()) {
            state.set(ImportState.CANCELLED);
            progress.set(0);
            return;
        }
        outcomes.setAll(o.sheets());
        totalRead.set(o.sheets().stream().mapToLong(SheetOutcome::rowsRead).sum());
        totalImported.set(o.sheets().stream().mapToLong(SheetOutcome::rowsImported).sum());
        totalRejected.set(o.sheets().stream().mapToLong(SheetOutcome::rowsRejected).sum());
        WizardBackend.Links links = o.links();
        customersWithoutTransactions.set(links == null ? -1 : links.withoutTransactions());
        transactionCustomersUnknown.set(links == null ? -1 : links.unknownCustomers());
        withoutTransactionsIds.setAll(links == null ? List.of() : links.withoutTransactionsIds());
        unknownCustomerIds.setAll(links == null ? List.of() : links.unknownCustomerIds());
        rejectedSheets = o.rejected();
        removableDuplicateIds = o.removableDuplicateIds(); // before the properties its binding listens to
        duplicatesRemoved.set(false);
        anonymousLines.set(o.anonymousLines());
        repeatedCustomerRows.set(o.repeatedCustomerRows());
        duplicateOrders.set(o.duplicateOrders());
        duplicateDatasets.setAll(o.duplicateDatasets());
        List<RejectedLine> lines = new ArrayList<>();
        for (WizardBackend.RejectedSheet s : o.rejected()) {
            for (RejectedRow r : s.rows()) {
                lines.add(new RejectedLine(s.sheet(), r.rowNumber(), r.column(), reason(r.reason())));
            }
        }
        rejected.setAll(lines);
        rowsRead.set(totalRead.get());
        progress.set(1);
        state.set(ImportState.DONE);
        step.set(Step.REPORT);
        onImported.run();
    }

    private void failed(String message) {
        failure.set(message);
        state.set(ImportState.FAILED);
        progress.set(0);
    }

    /** Posts progress to the FX thread at most once at a time (the import thread never waits for it). */
    private final class ProgressPoster {
        private final long start;
        private final AtomicReference<double[]> latest = new AtomicReference<>();
        private final AtomicBoolean pending = new AtomicBoolean();

        ProgressPoster(long start) {
            this.start = start;
        }

        void post(long read, double fraction) {
            latest.set(new double[] {read, fraction, (System.nanoTime() - start) / 1e9});
            if (pending.compareAndSet(false, true)) {
                ui(() -> {
                    pending.set(false);
                    double[] v = latest.get();
                    rowsRead.set((long) v[0]);
                    progress.set(v[1]);
                    rowsPerSecond.set(v[2] > 0 ? v[0] / v[2] : 0);
                });
            }
        }
    }

    private void ui(Runnable r) {
        uiThread.execute(r);
    }

    // ---- step 4: report

    /** A rejection reason of the importer in the window's language. */
    public String reason(String importerReason) {
        return reasons.show(importerReason);
    }

    /** True when "replace the other dataset" has something to remove. */
    public boolean canRemoveDuplicated() {
        return !removableDuplicateIds.isEmpty() && !duplicatesRemoved.get();
    }

    /**
     * Removes the other datasets holding this import's orders (the user chose this import to replace
     * them), in the background; then the shell refreshes its counts.
     */
    public void removeDuplicatedDatasets(Consumer<Throwable> onError) {
        List<Long> ids = removableDuplicateIds;
        if (ids.isEmpty()) {
            return;
        }
        BackgroundTask.wrapVoid(p -> ids.forEach(id -> backend.delete(workspace, id)))
                .withTitle(texts.get("wizard.task.removeDuplicated"))
                .onSuccess(v -> {
                    removableDuplicateIds = List.of();
                    duplicatesRemoved.set(true);
                    onImported.run();
                })
                .onFailure(onError)
                .executeWith(tasks);
    }

    /** Rows of the customers sheets whose customer id an earlier row already had. */
    public LongProperty repeatedCustomerRowsProperty() {
        return repeatedCustomerRows;
    }

    public LongProperty anonymousLinesProperty() {
        return anonymousLines;
    }

    public LongProperty duplicateOrdersProperty() {
        return duplicateOrders;
    }

    public ObservableList<String> duplicateDatasets() {
        return duplicateDatasets;
    }

    public BooleanProperty duplicatesRemovedProperty() {
        return duplicatesRemoved;
    }

    /** True when the report has rejected rows to save. */
    public boolean hasRejected() {
        return !rejected.isEmpty();
    }

    /** Writes the rejected rows to {@code target} (.xlsx) in the background; {@code done} gets the path. */
    public void saveRejected(Path target, Consumer<Path> done, Consumer<Throwable> onError) {
        List<WizardBackend.RejectedSheet> sheetsToWrite = rejectedSheets.stream()
                .map(s -> new WizardBackend.RejectedSheet(s.sheet(), s.headers(), s.rows().stream()
                        .map(r -> new RejectedRow(r.sheet(), r.rowNumber(), r.column(), reason(r.reason()), r.rawValues()))
                        .toList()))
                .toList();
        List<String> leading = List.of(texts.get("wizard.rejected.row"), texts.get("wizard.rejected.column"),
                texts.get("wizard.rejected.reason"));
        BackgroundTask.wrapVoid(p -> backend.writeRejected(target, sheetsToWrite, leading))
                .withTitle(texts.get("wizard.task.saveRejected", target.getFileName()))
                .onSuccess(v -> {
                    savedTo.set(target.toString());
                    done.accept(target);
                })
                .onFailure(onError)
                .executeWith(tasks);
    }

    /** The file name offered when saving rejected rows. */
    public String rejectedFileName() {
        String n = file.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return (dot > 0 ? n.substring(0, dot) : n) + texts.get("wizard.rejected.fileSuffix") + ".xlsx";
    }

    /** The user's message: the importer's (it names file, sheet, row and column) in the window's language. */
    String message(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ImportException) {
                return ((ImportException) t).localizedMessage(texts.locale());
            }
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    // ---- properties

    public Path file() {
        return file;
    }

    public WizardTexts texts() {
        return texts;
    }

    public ObjectProperty<Step> stepProperty() {
        return step;
    }

    public BooleanProperty textFileProperty() {
        return textFile;
    }

    public StringProperty detectedEncodingProperty() {
        return detectedEncoding;
    }

    public ObjectProperty<String> encodingProperty() {
        return encoding;
    }

    public ObservableList<SheetChoice> sheets() {
        return sheets;
    }

    public ObservableList<SheetChoice> chosenSheets() {
        return chosenSheets;
    }

    public ObjectProperty<SheetChoice> previewSheetProperty() {
        return previewSheet;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }

    public StringProperty fileErrorProperty() {
        return fileError;
    }

    public ObjectProperty<ImportMode> modeProperty() {
        return mode;
    }

    public BooleanProperty importedBeforeProperty() {
        return importedBefore;
    }

    public BooleanBinding canGoToPreviewBinding() {
        return canGoToPreview;
    }

    public BooleanBinding canImportBinding() {
        return canImport;
    }

    public ObjectProperty<ImportState> stateProperty() {
        return state;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public LongProperty rowsReadProperty() {
        return rowsRead;
    }

    public DoubleProperty rowsPerSecondProperty() {
        return rowsPerSecond;
    }

    public StringProperty currentSheetProperty() {
        return currentSheet;
    }

    public StringProperty failureProperty() {
        return failure;
    }

    public ObservableList<SheetOutcome> outcomes() {
        return outcomes;
    }

    public ObservableList<RejectedLine> rejected() {
        return rejected;
    }

    public LongProperty totalReadProperty() {
        return totalRead;
    }

    public LongProperty totalImportedProperty() {
        return totalImported;
    }

    public LongProperty totalRejectedProperty() {
        return totalRejected;
    }

    /** Customers of the imported customers sheet with no transaction; -1 when no customers sheet was imported. */
    public LongProperty customersWithoutTransactionsProperty() {
        return customersWithoutTransactions;
    }

    /** Customer ids in transactions that no customers dataset knows; -1 when no customers sheet was imported. */
    public LongProperty transactionCustomersUnknownProperty() {
        return transactionCustomersUnknown;
    }

    /** The first few ids of {@link #customersWithoutTransactionsProperty()}, by id. */
    public ObservableList<String> withoutTransactionsIds() {
        return withoutTransactionsIds;
    }

    /** The first few ids of {@link #transactionCustomersUnknownProperty()}, by id. */
    public ObservableList<String> unknownCustomerIds() {
        return unknownCustomerIds;
    }

    public StringProperty savedToProperty() {
        return savedTo;
    }
}
