package com.stratum.ui.export;

import com.stratum.engine.Assignment;
import com.stratum.engine.Evaluator;
import com.stratum.engine.definition.Definition;
import com.stratum.exports.KeptAssignment;
import com.stratum.exports.PersonalColumns;
import com.stratum.exports.SegmentExport;
import com.stratum.exports.SegmentListExport;
import com.stratum.exports.SegmentListExport.PersonalData;
import com.stratum.exports.SummaryCharts;
import com.stratum.features.CustomerFrame;
import com.stratum.ui.AppContext;
import com.stratum.ui.charts.ViewTexts;
import com.stratum.ui.dialog.FileFilter;
import com.stratum.ui.i18n.Localization;
import com.stratum.ui.results.AnalysisSession;
import com.stratum.ui.results.AssignmentResult;
import com.stratum.ui.results.CustomerData;
import com.stratum.ui.results.FeatureLabels;
import com.stratum.ui.results.SegmentRow;
import com.stratum.ui.results.WorkspaceCustomers;
import com.stratum.ui.task.BackgroundTask;
import com.stratum.workspace.ExportPreferences;
import com.stratum.workspace.ExportPreferencesRepository;
import com.stratum.workspace.RunInfo;
import com.stratum.workspace.RunRepository;
import com.stratum.workspace.Workspace;
import com.stratum.workspace.WorkspaceException;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The Export section, and the choices Results' export button and File &gt; Export open: a run (the one
 * on screen, or a kept run: its stored members, segments and tiers, with the features of its definition
 * evaluated again at its analysis date), all segments
 * or one, the format, the columns and what to do with personal columns. The column and personal-data
 * choices are remembered per definition in the workspace. Writing goes through the exports layer's
 * {@link SegmentExport}, the same path as the CLI's {@code segment --export}, off the FX thread.
 */
public final class ExportViewModel implements com.stratum.ui.shell.ExportCapable {

    /** The file formats offered. */
    public enum Format {
        XLSX("xlsx"), CSV("csv");

        private final String extension;

        Format(String extension) {
            this.extension = extension;
        }

        public String extension() {
            return extension;
        }
    }

    /** A run to export: the one on screen ({@code current}) or a kept run of the workspace. */
    public record RunChoice(String label, Assignment current, RunInfo kept) {
        @Override
        public String toString() {
            return label;
        }
    }

    /** All segments ({@code index} -1) or one. */
    public record SegmentChoice(int index, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    /** A column that can be written: its key, its header for people, and whether it is chosen. */
    public static final class ColumnChoice {
        private final String key;
        private final String label;
        private final boolean personal;
        private final BooleanProperty chosen = new SimpleBooleanProperty();

        ColumnChoice(String key, String label, boolean personal, boolean chosen) {
            this.key = key;
            this.label = label;
            this.personal = personal;
            this.chosen.set(chosen);
        }

        public String key() {
            return key;
        }

        public String label() {
            return label;
        }

        public boolean isPersonal() {
            return personal;
        }

        public BooleanProperty chosenProperty() {
            return chosen;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** A run ready to export, with what the workspace remembers for its definition. */
    record Prepared(Assignment run, KeptAssignment kept, List<String> personalKeys,
                    Optional<ExportPreferences> prefs) {
    }

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ExportViewModel.class);
    private static final Map<AppContext, ExportViewModel> MODELS = new WeakHashMap<>();

    private final AppContext ctx;
    private final ObservableList<RunChoice> runs = FXCollections.observableArrayList();
    private final ObjectProperty<RunChoice> run = new SimpleObjectProperty<>();
    private final ObjectProperty<Assignment> assignment = new SimpleObjectProperty<>();
    private final ObservableList<SegmentChoice> segments = FXCollections.observableArrayList();
    private final ObjectProperty<SegmentChoice> segment = new SimpleObjectProperty<>();
    private final ObjectProperty<Format> format = new SimpleObjectProperty<>(Format.XLSX);
    private final ObservableList<ColumnChoice> columns = FXCollections.observableArrayList();
    private final ObjectProperty<PersonalData> personalData = new SimpleObjectProperty<>(PersonalData.INCLUDE);
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty();
    private final StringProperty message = new SimpleStringProperty("");
    private final ObjectProperty<Path> lastFile = new SimpleObjectProperty<>();
    private Consumer<Path> folderOpener = ExportViewModel::openWithDesktop;
    private int wantedSegment = -1;
    /** A kept run's stored members, segments and tiers (null for the run on screen). */
    private KeptAssignment kept;
    private final BooleanProperty keptChosen = new SimpleBooleanProperty();
    /** The last export's row count, to say it again in another language. */
    private long lastRows = -1;
    /** True while the lists are given their texts in a new language (the choices stay). */
    private boolean relabelling;
    private int listing;
    private int preparing;

    public ExportViewModel(AppContext ctx) {
        this.ctx = ctx;
        run.addListener((obs, old, now) -> {
            if (!relabelling) { // a relabelled run (another language) needs no preparing again
                resolve(now);
            }
        });
        if (ctx.session() != null) { // a new run on screen (and kept) joins the list
            ctx.session().latestRunProperty().addListener((obs, old, now) -> refresh());
        }
        ctx.i18n().localeProperty().addListener((obs, old, now) -> relabel());
    }

    /** The window's one Export view model, shared by the Export section, Results and File &gt; Export. */
    public static synchronized ExportViewModel of(AppContext ctx) {
        return MODELS.computeIfAbsent(ctx, ExportViewModel::new);
    }

    // --- what the view binds to ---------------------------------------------------------------

    public ObservableList<RunChoice> runs() {
        return runs;
    }

    public ObjectProperty<RunChoice> runProperty() {
        return run;
    }

    /** The chosen run, evaluated (null while it is being prepared). */
    public ObjectProperty<Assignment> assignmentProperty() {
        return assignment;
    }

    public ObservableList<SegmentChoice> segments() {
        return segments;
    }

    public ObjectProperty<SegmentChoice> segmentProperty() {
        return segment;
    }

    public ObjectProperty<Format> formatProperty() {
        return format;
    }

    public ObservableList<ColumnChoice> columns() {
        return columns;
    }

    public ObjectProperty<PersonalData> personalDataProperty() {
        return personalData;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    /** True while the chosen run is a kept run (its stored assignment is exported). */
    public BooleanProperty keptChosenProperty() {
        return keptChosen;
    }

    /** "Exported N rows to FILE" after an export; empty before. */
    public StringProperty messageProperty() {
        return message;
    }

    /** The file last written (null before the first export). */
    public ObjectProperty<Path> lastFileProperty() {
        return lastFile;
    }

    /** Replaces how "Open folder" opens a folder (tests). */
    public void setFolderOpener(Consumer<Path> opener) {
        this.folderOpener = opener;
    }

    // --- actions --------------------------------------------------------------------------------

    /**
     * Lists the runs again: the run on screen first (when there is one), then the workspace's kept
     * runs, newest first. Keeps the chosen run when it is still there.
     */
    public void refresh() {
        Workspace ws = ctx.session().workspace();
        Assignment current = currentRun();
        RunChoice before = run.get();
        int mine = ++listing;
        BackgroundTask.wrap(p -> ws == null ? List.<RunInfo>of() : new RunRepository(ws).list())
                .withTitle(i18n().get("export.task.runs"))
                .onSuccess(kept -> {
                    if (mine != listing) {
                        return;
                    }
                    List<RunChoice> choices = new ArrayList<>();
                    if (current != null) {
                        choices.add(new RunChoice(i18n().get("export.run.current", current.definition().name(),
                                current.frame().asOf()), current, null));
                    }
                    for (RunInfo r : kept) {
                        choices.add(new RunChoice(keptLabel(r), null, r));
                    }
                    RunChoice again = before == null ? null : choices.stream().filter(c -> same(c, before))
                            .findFirst().orElse(null);
                    // the same run still chosen and prepared: keep it (and the segment chosen) as it is
                    boolean keep = again != null && assignment.get() != null && before == run.get();
                    relabelling = keep;
                    try {
                        runs.setAll(choices);
                        run.set(again != null ? again : choices.isEmpty() ? null : choices.get(0));
                    } finally {
                        relabelling = false;
                    }
                })
                .onFailure(ctx.errors()::report)
                .executeWith(ctx.tasks());
    }

    /** Opens the choices on the run on screen with this segment chosen (-1 = all): Results' export. */
    public void prepare(int segmentIndex) {
        wantedSegment = segmentIndex;
        run.set(null);
        refresh();
    }

    /** Asks where to write (a file of the chosen format), then exports there. */
    @Override
    public void export() {
        Assignment a = assignment.get();
        if (a == null || busy.get()) {
            return;
        }
        Format f = format.get();
        SegmentChoice s = segment.get();
        String what = s == null || s.index() < 0 ? i18n().get("export.segments.all") : s.label();
        String initial = (a.definition().name() + "-" + what).replaceAll("[^\\p{L}\\p{N}._-]+", "-")
                + "." + f.extension();
        FileFilter filter = new FileFilter(i18n().get(f == Format.XLSX ? "export.files.xlsx" : "export.files.csv"),
                List.of("*." + f.extension()));
        ctx.dialogs().chooseFileToSave(i18n().get("export.chooser.title"), initial, filter).ifPresent(this::exportTo);
    }

    /** Exports the chosen run, segments, columns and personal-data handling to {@code file} (off the FX thread). */
    public void exportTo(Path file) {
        Assignment a = assignment.get();
        if (a == null || busy.get()) {
            return;
        }
        Path target = withExtension(file, format.get());
        List<String> chosen = chosenColumns();
        PersonalData policy = personalData.get();
        int only = segment.get() == null ? -1 : segment.get().index();
        KeptAssignment stored = kept;
        Workspace ws = ctx.session().workspace();
        Locale locale = i18n().locale();
        remember(ws, a.definition().name(), chosen, policy);
        busy.set(true);
        progress.set(0);
        message.set("");
        BackgroundTask.wrap(p -> {
                    SegmentExport request = request(ws, a, chosen, policy, only, locale);
                    if (stored != null) {
                        request.kept(stored);
                    }
                    long total = Math.max(1, request.rowCount());
                    request.progress(n -> {
                        p.update(n, total);
                        Platform.runLater(() -> progress.set((double) n / total));
                    });
                    return request.write(target);
                })
                .withTitle(i18n().get("export.task.write", target.getFileName()))
                .onSuccess(r -> {
                    lastFile.set(r.file());
                    lastRows = r.rows();
                    progress.set(1);
                    message.set(i18n().get("export.done", r.rows(), r.file()));
                })
                .onFailure(ctx.errors()::report)
                .onFinished(() -> busy.set(false))
                .executeWith(ctx.tasks());
    }

    /** Opens the folder of the last export in the desktop's file manager. */
    public void openFolder() {
        Path file = lastFile.get();
        if (file != null && file.toAbsolutePath().getParent() != null) {
            folderOpener.accept(file.toAbsolutePath().getParent());
        }
    }

    /** The chosen column keys, in list order. */
    public List<String> chosenColumns() {
        return columns.stream().filter(c -> c.chosenProperty().get()).map(ColumnChoice::key).toList();
    }

    /** Chooses exactly these columns (by key). */
    public void choose(List<String> keys) {
        Set<String> wanted = new HashSet<>(keys);
        columns.forEach(c -> c.chosenProperty().set(wanted.contains(c.key())));
    }

    // --- the work -------------------------------------------------------------------------------

    /** The one export request the window builds: texts in the user's language, personal columns loaded when chosen. */
    SegmentExport request(Workspace ws, Assignment a, List<String> chosen, PersonalData policy, int only,
                          Locale locale) {
        AssignmentResult shown = new AssignmentResult(a, locale);
        String[] names = shown.segmentRows().stream().map(SegmentRow::name).toArray(String[]::new);
        String[] strategies = shown.segmentRows().stream().map(SegmentRow::strategy).toArray(String[]::new);
        SegmentExport request = SegmentExport.of(a).columns(chosen).personalData(policy).onlySegment(only)
                .segmentTexts(names, strategies)
                .tierNames(shown.tierNames().toArray(String[]::new))
                .headers(headers(locale))
                .labels(summaryLabels(), chartTitles());
        if (ws != null && policy != PersonalData.OMIT) {
            request.personalColumns(PersonalColumns.load(ws, a, chosen));
        }
        return request;
    }

    private void resolve(RunChoice choice) {
        int mine = ++preparing;
        assignment.set(null);
        kept = null;
        keptChosen.set(choice != null && choice.kept() != null);
        segments.clear();
        columns.clear();
        if (choice == null) {
            return;
        }
        Workspace ws = ctx.session().workspace();
        CustomerData loaded = AnalysisSession.of(ctx).data();
        BackgroundTask.wrap(p -> prepared(ws, choice, loaded))
                .withTitle(i18n().get("export.task.prepare"))
                .onSuccess(prepared -> {
                    if (mine == preparing) {
                        show(prepared);
                    }
                })
                .onFailure(ctx.errors()::report)
                .executeWith(ctx.tasks());
    }

    private static Prepared prepared(Workspace ws, RunChoice choice, CustomerData loaded) throws Exception {
        Assignment a = choice.current() != null ? choice.current() : evaluateKept(ws, choice.kept(), loaded);
        KeptAssignment stored = null;
        if (choice.kept() != null) {
            RunRepository.StoredRun run = new RunRepository(ws).load(choice.kept().id());
            stored = KeptAssignment.match(a, run.labels(), run.tiers());
            if (stored.notInData() > 0) {
                LOG.info("Run {}: {} kept customers are no longer in the data and are not exported",
                        choice.kept().id(), stored.notInData());
            }
        }
        List<String> personal = ws == null ? List.of() : PersonalColumns.availableKeys(ws);
        Optional<ExportPreferences> prefs = ws == null ? Optional.empty()
                : new ExportPreferencesRepository(ws).find(a.definition().name());
        return new Prepared(a, stored, personal, prefs);
    }

    /**
     * A kept run's definition evaluated again over the customers at its analysis date: the frame its
     * stored members, segments and tiers are joined with (features and scores for the other columns).
     */
    private static Assignment evaluateKept(Workspace ws, RunInfo kept, CustomerData loaded) throws Exception {
        Definition def = new RunRepository(ws).definitionOf(kept.id())
                .orElseThrow(() -> new WorkspaceException("Run " + kept.id() + " has no stored definition."));
        CustomerData data = loaded != null ? loaded : WorkspaceCustomers.load(ws);
        CustomerFrame frame = data.frame().asOf().equals(kept.asOf()) || !data.canRebuildAsOf() ? data.frame()
                : data.frameAsOf(kept.asOf());
        return Evaluator.evaluate(def, frame);
    }

    private void show(Prepared p) {
        Assignment a = p.run();
        kept = p.kept();
        Locale locale = i18n().locale();
        int wanted = wantedSegment;
        wantedSegment = -1;
        listSegments(a, wanted);

        List<String> defaults = SegmentExport.defaultColumns(a);
        List<String> remembered = p.prefs().map(ExportPreferences::columns).orElse(defaults);
        Set<String> chosen = new HashSet<>(remembered);
        Function<String, String> header = headers(locale);
        List<ColumnChoice> list = new ArrayList<>();
        for (String key : SegmentExport.availableColumns(a, p.personalKeys())) {
            if (!key.equals(SegmentExport.CUSTOMER_ID)) { // always written
                list.add(new ColumnChoice(key, header.apply(key), PersonalColumns.isPersonalKey(key),
                        chosen.contains(key)));
            }
        }
        columns.setAll(list);
        personalData.set(p.prefs().map(ExportPreferences::personalData).map(ExportViewModel::policyOf)
                .orElse(PersonalData.INCLUDE));
        assignment.set(a);
    }

    /** The segment choices in the current language, keeping the one chosen. */
    private void listSegments(Assignment a, int wanted) {
        AssignmentResult shown = new AssignmentResult(a, i18n().locale());
        List<SegmentChoice> segs = new ArrayList<>();
        segs.add(new SegmentChoice(-1, i18n().get("export.segments.all")));
        for (SegmentRow r : shown.segmentRows()) {
            segs.add(new SegmentChoice(r.index(), r.name()));
        }
        segments.setAll(segs);
        segment.set(segs.stream().filter(s -> s.index() == wanted).findFirst().orElse(segs.get(0)));
    }

    /** After a language switch: runs, segments, column names and the last message in the new language. */
    private void relabel() {
        List<RunChoice> again = new ArrayList<>();
        for (RunChoice c : runs) {
            again.add(c.kept() != null ? new RunChoice(keptLabel(c.kept()), null, c.kept())
                    : new RunChoice(i18n().get("export.run.current", c.current().definition().name(),
                    c.current().frame().asOf()), c.current(), null));
        }
        RunChoice before = run.get();
        relabelling = true;
        try {
            runs.setAll(again); // a combo box bound to the run may clear it meanwhile
            run.set(before == null ? null : again.stream().filter(c -> same(c, before)).findFirst().orElse(null));
        } finally {
            relabelling = false;
        }
        Assignment a = assignment.get();
        if (a != null) {
            int chosen = segment.get() == null ? -1 : segment.get().index();
            listSegments(a, chosen);
            Function<String, String> header = headers(i18n().locale());
            List<ColumnChoice> relabelled = new ArrayList<>();
            for (ColumnChoice c : columns) {
                ColumnChoice n = new ColumnChoice(c.key(), header.apply(c.key()), c.isPersonal(), c.chosenProperty().get());
                relabelled.add(n);
            }
            columns.setAll(relabelled);
        }
        if (lastFile.get() != null && lastRows >= 0) {
            message.set(i18n().get("export.done", lastRows, lastFile.get()));
        }
    }

    private void remember(Workspace ws, String definition, List<String> chosen, PersonalData policy) {
        if (ws == null) {
            return;
        }
        try {
            new ExportPreferencesRepository(ws).save(definition, new ExportPreferences(chosen, keyOf(policy)));
        } catch (WorkspaceException e) {
            ctx.errors().report(e);
        }
    }

    static String keyOf(PersonalData policy) {
        return switch (policy) {
            case INCLUDE -> "keep";
            case MASK -> "mask";
            case OMIT -> "omit";
        };
    }

    static PersonalData policyOf(String key) {
        return switch (key) {
            case "mask" -> PersonalData.MASK;
            case "omit" -> PersonalData.OMIT;
            default -> PersonalData.INCLUDE;
        };
    }

    /** Headers for people: the members table's names for features, the role names for personal columns. */
    Function<String, String> headers(Locale locale) {
        FeatureLabels features = new FeatureLabels(ViewTexts.of(locale));
        Localization t = i18n();
        return key -> switch (key) {
            case SegmentExport.CUSTOMER_ID -> t.get("export.col.customerId");
            case SegmentExport.SEGMENT -> t.get("export.col.segment");
            case SegmentExport.TIER -> t.get("export.col.tier");
            default -> PersonalColumns.isPersonalKey(key) ? t.get("role." + key) : features.apply(key);
        };
    }

    private SegmentListExport.Labels summaryLabels() {
        Localization t = i18n();
        return new SegmentListExport.Labels(t.get("export.summary"), t.get("export.definition"),
                t.get("export.analysisDate"), t.get("export.exportTime"), t.get("export.customers"),
                t.get("export.col.segment"), t.get("export.col.tier"), t.get("export.count"), t.get("export.share"),
                t.get("export.revenue"), t.get("export.revenueShare"), t.get("export.avgRecency"),
                t.get("export.avgFrequency"), t.get("export.avgMonetary"), t.get("export.strategy"),
                t.get("export.total"), t.get("export.unassigned"), t.get("export.tiersWithinSegments"),
                t.get("export.shareOfSegment"), t.get("export.segmentsExported"), t.get("export.segments.all"));
    }

    private SummaryCharts.Titles chartTitles() {
        Localization t = i18n();
        return new SummaryCharts.Titles(t.get("export.chart.sizes"), t.get("export.chart.shares"),
                t.get("export.customers"));
    }

    private Localization i18n() {
        return ctx.i18n();
    }

    private Assignment currentRun() {
        return ctx.session().latestRunProperty().get() instanceof AssignmentResult r ? r.assignment() : null;
    }

    private String keptLabel(RunInfo r) {
        String label = r.label() == null || r.label().isBlank() ? "" : " — " + r.label();
        return i18n().get("export.run.kept", r.definitionName(), r.definitionVersion(), r.asOf(), r.id()) + label;
    }

    private static boolean same(RunChoice a, RunChoice b) {
        if (a.kept() != null && b.kept() != null) {
            return a.kept().id() == b.kept().id();
        }
        return a.current() != null && a.current() == b.current();
    }

    static Path withExtension(Path file, Format format) {
        String name = file.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith("." + format.extension()) ? file
                : file.resolveSibling(name + "." + format.extension());
    }

    private static void openWithDesktop(Path folder) {
        Thread t = new Thread(() -> {
            try {
                if (java.awt.Desktop.isDesktopSupported()
                        && java.awt.Desktop.getDesktop().isSupported(java.awt.Desktop.Action.OPEN)) {
                    java.awt.Desktop.getDesktop().open(folder.toFile());
                } else {
                    new ProcessBuilder("xdg-open", folder.toString()).start();
                }
            } catch (Exception e) {
                org.slf4j.LoggerFactory.getLogger(ExportViewModel.class).warn("Cannot open {}: {}", folder, e.getMessage());
            }
        }, "stratum-open-folder");
        t.setDaemon(true);
        t.start();
    }
}
