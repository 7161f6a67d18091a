package com.stratum.ui.history;

import com.stratum.engine.Assignment;
import com.stratum.engine.Comparison;
import com.stratum.engine.Evaluator;
import com.stratum.engine.SegmentLabels;
import com.stratum.engine.SegmentSummary;
import com.stratum.engine.definition.Definition;
import com.stratum.engine.definition.SegmentSpec;
import com.stratum.features.CustomerFrame;
import com.stratum.ui.builder.DefinitionStore;
import com.stratum.ui.charts.LatestRunner;
import com.stratum.ui.charts.TimeSeriesData;
import com.stratum.ui.charts.ViewTexts;
import com.stratum.ui.results.CustomerData;
import com.stratum.ui.results.SegmentTexts;
import com.stratum.ui.results.CellFormat;
import com.stratum.ui.whatif.ComparisonExporter;
import com.stratum.workspace.RunInfo;
import com.stratum.workspace.RunRepository;
import com.stratum.workspace.Workspace;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * History: the runs kept in the workspace, "as of" re-runs of one definition at several dates
 * (features rebuilt at each date by the features layer, segments by the engine, each re-run kept as a
 * run), segment sizes over time and the migration between any two dates or two stored runs (the
 * engine's comparison), which can be exported to .xlsx.
 */
public final class HistoryViewModel {

    /** Label stored with the runs an as-of re-run keeps (data, not shown text). */
    static final String AS_OF_LABEL = "as-of re-run";

    /**
     * A migration on show: the engine's comparison, how each side is described, and the segments of
     * both sides (for names in the window's language and colours).
     */
    public record Migration(Comparison comparison, String from, String to, List<SegmentSpec> segments) {

        /** Engine segment names to the names shown in {@code locale}'s language. */
        public UnaryOperator<String> names(java.util.Locale locale) {
            return new SegmentTexts(locale).displayNames(segments);
        }

        /** The colour of an engine segment name, or null. */
        public String colour(String segment) {
            return segments.stream().filter(s -> s.name().equals(segment)).map(SegmentSpec::colour)
                    .filter(c -> c != null).findFirst().orElse(null);
        }
    }

    private final Supplier<ViewTexts> texts;
    private final LatestRunner runsSlot;
    private final LatestRunner seriesSlot;
    private final LatestRunner compareSlot;
    private final ComparisonExporter exporter;
    private final ObjectProperty<CustomerData> data = new SimpleObjectProperty<>();
    private final ObjectProperty<DefinitionStore> store = new SimpleObjectProperty<>(DefinitionStore.inMemory());
    private final ObjectProperty<Workspace> workspace = new SimpleObjectProperty<>();
    private final ObservableList<RunInfo> runs = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<AsOfSeries> series = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Migration> migration = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<String> error = new ReadOnlyObjectWrapper<>();
    private final javafx.beans.property.ReadOnlyBooleanWrapper running = new javafx.beans.property.ReadOnlyBooleanWrapper();

    /** For tests: English texts, every request on the calling thread, exports without dialogs. */
    public HistoryViewModel(LatestRunner runner) {
        this(() -> ViewTexts.of(java.util.Locale.ENGLISH), () -> runner,
                new ComparisonExporter(() -> ViewTexts.of(java.util.Locale.ENGLISH),
                        new com.stratum.ui.task.CurrentThreadTaskExecutor(), null, e -> { }));
    }

    private HistoryViewModel(Supplier<ViewTexts> texts, Supplier<LatestRunner> runners, ComparisonExporter exporter) {
        this.texts = texts;
        // separate slots: listing the runs must not cancel a re-run, nor a comparison
        this.runsSlot = runners.get();
        this.seriesSlot = runners.get();
        this.compareSlot = runners.get();
        this.exporter = exporter;
        workspace.addListener((o, a, ws) -> {
            store.set(ws == null ? DefinitionStore.inMemory() : DefinitionStore.of(ws));
            reloadRuns();
        });
    }

    /** The History section of the window. */
    public HistoryViewModel(com.stratum.ui.AppContext ctx) {
        this(() -> ViewTexts.of(ctx.i18n().locale()), () -> LatestRunner.background("history"),
                ComparisonExporter.of(ctx));
        data.bind(com.stratum.ui.results.AnalysisSession.of(ctx).dataProperty());
        workspace.bind(ctx.session().workspaceProperty());
        ctx.session().latestRunProperty().addListener((o, a, b) -> reloadRuns());
    }

    public ObjectProperty<CustomerData> dataProperty() {
        return data;
    }

    public ObjectProperty<DefinitionStore> storeProperty() {
        return store;
    }

    public ObjectProperty<Workspace> workspaceProperty() {
        return workspace;
    }

    public ObservableList<RunInfo> runs() {
        return runs;
    }

    public ReadOnlyObjectProperty<AsOfSeries> seriesProperty() {
        return series.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Migration> migrationProperty() {
        return migration.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<String> errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ComparisonExporter exporter() {
        return exporter;
    }

    /** True while an as-of re-run is evaluating and keeping its runs. */
    public javafx.beans.property.ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public void reloadRuns() {
        Workspace ws = workspace.get();
        if (ws == null) {
            runs.clear();
            return;
        }
        runsSlot.submit(() -> new RunRepository(ws).list(), runs::setAll, e -> error.set(e.getMessage()));
    }

    /** The quarter ends within the data (the default dates for as-of re-runs). */
    public List<LocalDate> quarterEnds() {
        CustomerData d = data.get();
        if (d == null) {
            return List.of();
        }
        return QuarterEnds.between(d.firstDate(), d.frame().asOf().minusDays(1));
    }

    /**
     * Evaluates {@code definition} as of each date (the day after each date: lines dated on or before
     * it count), off the FX thread. Each evaluation is kept as a run of the workspace (when one is
     * open), and the list of runs is refreshed once they are stored.
     */
    public void runAsOf(String definition, List<LocalDate> dates) {
        CustomerData d = data.get();
        Definition def = store.get().latest(definition).orElse(null);
        if (d == null || def == null || dates.isEmpty()) {
            return;
        }
        Workspace ws = workspace.get();
        running.set(true);
        seriesSlot.submit(() -> asOf(d, def, dates, ws == null ? null : new RunRepository(ws)), s -> {
            running.set(false);
            series.set(s);
            error.set(null);
            if (s.dates().size() >= 2) {
                compareDates(0, s.dates().size() - 1);
            }
            reloadRuns();
        }, e -> {
            running.set(false);
            error.set(e.getMessage());
            reloadRuns(); // the dates evaluated before the failure are kept
        });
    }

    /**
     * The series; each date's assignment is stored through {@code keep} (when given) before the next
     * date is evaluated, so only one date's features are in memory at a time.
     */
    static AsOfSeries asOf(CustomerData data, Definition def, List<LocalDate> dates, RunRepository keep) {
        Map<String, long[]> sizes = new LinkedHashMap<>();
        Map<String, String> colours = new LinkedHashMap<>();
        List<SegmentLabels> labels = new ArrayList<>();
        List<SegmentSpec> segments = new ArrayList<>();
        for (int t = 0; t < dates.size(); t++) {
            CustomerFrame frame = data.frameAsOf(dates.get(t).plusDays(1));
            Assignment a = Evaluator.evaluate(def, frame);
            if (keep != null) {
                keep.save(a, AS_OF_LABEL);
            }
            labels.add(a.labels());
            for (SegmentSummary s : a.summary()) {
                SegmentSpec spec = a.segments().get(s.index());
                if (!sizes.containsKey(spec.name())) {
                    segments.add(spec);
                }
                sizes.computeIfAbsent(spec.name(), k -> new long[dates.size()])[t] = s.count();
                colours.putIfAbsent(spec.name(), s.colour());
            }
        }
        String[] names = sizes.keySet().toArray(String[]::new);
        double[][] values = new double[names.length][dates.size()];
        for (int s = 0; s < names.length; s++) {
            long[] v = sizes.get(names[s]);
            for (int t = 0; t < v.length; t++) {
                values[s][t] = v[t];
            }
        }
        String[] periods = dates.stream().map(LocalDate::toString).toArray(String[]::new);
        return new AsOfSeries(def.name(), def.version(), List.copyOf(dates),
                new TimeSeriesData(periods, names, colours.values().toArray(String[]::new), values), labels,
                List.copyOf(segments));
    }

    /** Migration between two dates of the as-of series. */
    public void compareDates(int from, int to) {
        AsOfSeries s = series.get();
        if (s == null) {
            return;
        }
        ViewTexts t = texts.get();
        CellFormat f = new CellFormat(t.locale());
        String title = t.definitionTitle(s.definition());
        migration.set(new Migration(Comparison.of(s.labels().get(from), s.labels().get(to)),
                t.get("history.dateSide", title, s.version(), f.date(s.dates().get(from))),
                t.get("history.dateSide", title, s.version(), f.date(s.dates().get(to))), s.segments()));
    }

    /** Migration between two stored runs (the older one as the "from" side). */
    public void compareRuns(long first, long second) {
        Workspace ws = workspace.get();
        if (ws == null) {
            return;
        }
        long from = Math.min(first, second);
        long to = Math.max(first, second);
        ViewTexts t = texts.get();
        compareSlot.submit(() -> {
            RunRepository repo = new RunRepository(ws);
            List<SegmentSpec> specs = new ArrayList<>();
            repo.definitionOf(from).ifPresent(d -> specs.addAll(withEveryoneElse(d)));
            repo.definitionOf(to).ifPresent(d -> specs.addAll(withEveryoneElse(d)));
            return new Migration(Comparison.of(repo.loadLabels(from), repo.loadLabels(to)),
                    side(t, repo.find(from)), side(t, repo.find(to)), specs);
        }, migration::set, e -> error.set(e.getMessage()));
    }

    private static List<SegmentSpec> withEveryoneElse(Definition d) {
        List<SegmentSpec> all = new ArrayList<>(d.segments());
        if (d.everyoneElse() != null) {
            all.add(d.everyoneElse());
        }
        return all;
    }

    private static String side(ViewTexts t, Optional<RunInfo> run) {
        return run.map(r -> runLabel(t, r)).orElse("");
    }

    /** A run as the window names it: "Run 12: RFM (standard segments) v1, as of 31 Dec 2024". */
    public static String runLabel(ViewTexts t, RunInfo r) {
        // the id as a string: MessageFormat would group it ("1,234")
        return t.get("history.runSide", String.valueOf(r.id()), t.definitionTitle(r.definitionName()),
                r.definitionVersion(), new CellFormat(t.locale()).date(r.asOf()));
    }

    /** The migration on show as the exporter wants it; empty when there is none. */
    public Optional<ComparisonExporter.Request> exportRequest() {
        Migration m = migration.get();
        if (m == null) {
            return Optional.empty();
        }
        return Optional.of(new ComparisonExporter.Request(m.comparison(), m.from(), m.to(),
                m.names(texts.get().locale()), ComparisonExporter.fileName(m.from(), m.to())));
    }

    /** Asks for a file and writes the migration on show there (off the FX thread). */
    public void export() {
        exportRequest().ifPresent(exporter::chooseAndWrite);
    }

    public void exportTo(Path file) {
        exportRequest().ifPresent(r -> exporter.write(r, file));
    }
}
