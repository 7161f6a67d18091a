package com.stratum.ui.history;

import com.stratum.engine.Assignment;
import com.stratum.engine.Comparison;
import com.stratum.engine.Evaluator;
import com.stratum.engine.SegmentLabels;
import com.stratum.engine.SegmentSummary;
import com.stratum.engine.definition.Definition;
import com.stratum.features.CustomerFrame;
import com.stratum.ui.builder.DefinitionStore;
import com.stratum.ui.charts.LatestRunner;
import com.stratum.ui.charts.TimeSeriesData;
import com.stratum.ui.results.CustomerData;
import com.stratum.workspace.RunInfo;
import com.stratum.workspace.RunRepository;
import com.stratum.workspace.Workspace;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * History: the runs kept in the workspace, "as of" re-runs of one definition at several dates
 * (features rebuilt at each date by the features layer, segments by the engine), segment sizes over
 * time and the migration between any two dates or two stored runs (the engine's comparison).
 */
public final class HistoryViewModel {

    private final LatestRunner runner;
    private final ObjectProperty<CustomerData> data = new SimpleObjectProperty<>();
    private final ObjectProperty<DefinitionStore> store = new SimpleObjectProperty<>(DefinitionStore.inMemory());
    private final ObjectProperty<Workspace> workspace = new SimpleObjectProperty<>();
    private final ObservableList<RunInfo> runs = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<AsOfSeries> series = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Comparison> migration = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<String> error = new ReadOnlyObjectWrapper<>();

    public HistoryViewModel(LatestRunner runner) {
        this.runner = runner;
        workspace.addListener((o, a, ws) -> {
            store.set(ws == null ? DefinitionStore.inMemory() : DefinitionStore.of(ws));
            reloadRuns();
        });
    }

    /** The History section of the window. */
    public HistoryViewModel(com.stratum.ui.AppContext ctx) {
        this(LatestRunner.background("history"));
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

    public ReadOnlyObjectProperty<Comparison> migrationProperty() {
        return migration.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<String> errorProperty() {
        return error.getReadOnlyProperty();
    }

    public void reloadRuns() {
        Workspace ws = workspace.get();
        if (ws == null) {
            runs.clear();
            return;
        }
        runner.submit(() -> new RunRepository(ws).list(), runs::setAll, e -> error.set(e.getMessage()));
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
     * it count), off the FX thread. {@code segmentName} localizes names for the chart.
     */
    public void runAsOf(String definition, List<LocalDate> dates, Function<com.stratum.engine.definition.SegmentSpec,
            String> segmentName) {
        CustomerData d = data.get();
        Definition def = store.get().latest(definition).orElse(null);
        if (d == null || def == null || dates.isEmpty()) {
            return;
        }
        runner.submit(() -> asOf(d, def, dates, segmentName), s -> {
            series.set(s);
            error.set(null);
            if (s.dates().size() >= 2) {
                compareDates(0, s.dates().size() - 1);
            }
        }, e -> error.set(e.getMessage()));
    }

    static AsOfSeries asOf(CustomerData data, Definition def, List<LocalDate> dates,
                           Function<com.stratum.engine.definition.SegmentSpec, String> segmentName) {
        Map<String, long[]> sizes = new LinkedHashMap<>();
        Map<String, String> colours = new LinkedHashMap<>();
        List<SegmentLabels> labels = new ArrayList<>();
        for (int t = 0; t < dates.size(); t++) {
            CustomerFrame frame = data.frameAsOf(dates.get(t).plusDays(1));
            Assignment a = Evaluator.evaluate(def, frame);
            labels.add(a.labels());
            for (SegmentSummary s : a.summary()) {
                String name = segmentName.apply(a.segments().get(s.index()));
                sizes.computeIfAbsent(name, k -> new long[dates.size()])[t] = s.count();
                colours.putIfAbsent(name, s.colour());
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
        return new AsOfSeries(def.name(), List.copyOf(dates),
                new TimeSeriesData(periods, names, colours.values().toArray(String[]::new), values), labels);
    }

    /** Migration between two dates of the as-of series. */
    public void compareDates(int from, int to) {
        AsOfSeries s = series.get();
        if (s != null) {
            migration.set(Comparison.of(s.labels().get(from), s.labels().get(to)));
        }
    }

    /** Migration between two stored runs. */
    public void compareRuns(long from, long to) {
        Workspace ws = workspace.get();
        if (ws == null) {
            return;
        }
        runner.submit(() -> {
            RunRepository repo = new RunRepository(ws);
            return Comparison.of(repo.loadLabels(from), repo.loadLabels(to));
        }, migration::set, e -> error.set(e.getMessage()));
    }

}
