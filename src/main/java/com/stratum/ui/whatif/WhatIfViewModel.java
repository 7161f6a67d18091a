package com.stratum.ui.whatif;

import com.stratum.engine.Assignment;
import com.stratum.engine.Comparison;
import com.stratum.engine.Evaluator;
import com.stratum.engine.ScenarioEvaluation;
import com.stratum.engine.definition.Definition;
import com.stratum.engine.definition.Operator;
import com.stratum.engine.definition.SegmentSpec;
import com.stratum.ui.builder.DefinitionStore;
import com.stratum.ui.builder.FieldStats;
import com.stratum.ui.charts.LatestRunner;
import com.stratum.ui.charts.ViewTexts;
import com.stratum.ui.results.FeatureLabels;
import com.stratum.ui.results.SegmentTexts;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What-if: a baseline definition and named scenarios beside it. Every threshold is a knob; moving
 * one re-evaluates the scenario with the engine (coalesced: the latest position wins, a superseded
 * evaluation is cancelled or its result dropped) and compares it with the baseline (the engine's
 * {@link Comparison}: deltas, migration matrix, movers). A scenario can be promoted to become the
 * definition's next version.
 */
public final class WhatIfViewModel {

    private final java.util.function.Supplier<ViewTexts> texts;
    private final java.util.function.Supplier<LatestRunner> runners;
    private final Map<String, LatestRunner> slots = new HashMap<>();
    private final LatestRunner baselineSlot;
    private final ComparisonExporter exporter;
    private final ObjectProperty<Evaluator> evaluator = new SimpleObjectProperty<>();
    private final ObjectProperty<DefinitionStore> store = new SimpleObjectProperty<>(DefinitionStore.inMemory());
    private final ObjectProperty<Definition> baseline = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<Assignment> baselineAssignment = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Scenario> scenarios = FXCollections.observableArrayList();
    private final IntegerProperty selected = new SimpleIntegerProperty(-1);
    private final ObservableMap<String, ScenarioResult> results = FXCollections.observableHashMap();
    private final ReadOnlyObjectWrapper<ScenarioResult> current = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<String> error = new ReadOnlyObjectWrapper<>();
    private final Map<String, FieldStats> stats = new HashMap<>();
    private final javafx.beans.property.ReadOnlyBooleanWrapper promotable = new javafx.beans.property.ReadOnlyBooleanWrapper();
    /** Rules promoted since the baseline was opened: promoting them again would save an identical version. */
    private final List<Definition> promoted = new java.util.ArrayList<>();

    /**
     * For tests: fixed texts, exports written on the calling thread without dialogs.
     *
     * @param runners makes one coalescing slot per scenario (scenarios do not cancel each other) and
     *                one for the baseline
     */
    public WhatIfViewModel(ViewTexts texts, java.util.function.Supplier<LatestRunner> runners) {
        this(() -> texts, runners, new ComparisonExporter(() -> texts,
                new com.stratum.ui.task.CurrentThreadTaskExecutor(), null, e -> { }));
    }

    private WhatIfViewModel(java.util.function.Supplier<ViewTexts> texts,
                            java.util.function.Supplier<LatestRunner> runners, ComparisonExporter exporter) {
        this.texts = texts;
        this.runners = runners;
        this.baselineSlot = runners.get();
        this.exporter = exporter;
        evaluator.addListener((o, a, b) -> {
            stats.clear();
            evaluateBaseline();
        });
        baseline.addListener((o, a, b) -> {
            promoted.clear();
            scenarios.clear();
            results.clear();
            current.set(null);
            if (b != null) {
                scenarios.add(new Scenario(texts.get().get("whatif.scenarioName", 1), b));
                selected.set(0);
            }
            evaluateBaseline();
        });
        selected.addListener((o, a, b) -> current.set(selectedScenario().map(s -> results.get(s.name())).orElse(null)));
        scenarios.addListener((javafx.collections.ListChangeListener<Scenario>) c -> updatePromotable());
        selected.addListener((o, a, b) -> updatePromotable());
        baseline.addListener((o, a, b) -> updatePromotable());
    }

    /** The What-if section of the window. */
    public WhatIfViewModel(com.stratum.ui.AppContext ctx) {
        // texts follow the window's language: knob labels are made afresh after a live switch
        this(() -> ViewTexts.of(ctx.i18n().locale()), () -> LatestRunner.background("whatif"),
                ComparisonExporter.of(ctx));
        evaluator.bind(com.stratum.ui.results.AnalysisSession.of(ctx).evaluatorProperty());
        ctx.session().workspaceProperty().addListener((o, a, ws) ->
                store.set(ws == null ? DefinitionStore.inMemory() : DefinitionStore.of(ws)));
        if (ctx.session().workspace() != null) {
            store.set(DefinitionStore.of(ctx.session().workspace()));
        }
        // start from the definition last run, so the section opens on something to explore
        ctx.session().latestRunProperty().addListener((o, a, run) -> baselineFrom(run));
        ctx.i18n().localeProperty().addListener((o, a, b) -> languageChanged(ViewTexts.of(a), ViewTexts.of(b)));
        baselineFrom(ctx.session().latestRunProperty().get());
    }

    private void baselineFrom(com.stratum.ui.service.SegmentRun run) {
        if (baseline.get() == null && run instanceof com.stratum.ui.results.AssignmentResult r) {
            baseline.set(r.assignment().definition());
        }
    }

    public ObjectProperty<Evaluator> evaluatorProperty() {
        return evaluator;
    }

    public ObjectProperty<DefinitionStore> storeProperty() {
        return store;
    }

    public ObjectProperty<Definition> baselineProperty() {
        return baseline;
    }

    public ReadOnlyObjectProperty<Assignment> baselineAssignmentProperty() {
        return baselineAssignment.getReadOnlyProperty();
    }

    public ObservableList<Scenario> scenarios() {
        return scenarios;
    }

    public IntegerProperty selectedProperty() {
        return selected;
    }

    /** Results of every scenario evaluated so far, by name (the side-by-side table). */
    public ObservableMap<String, ScenarioResult> results() {
        return results;
    }

    /** The selected scenario's latest result. */
    public ReadOnlyObjectProperty<ScenarioResult> currentProperty() {
        return current.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<String> errorProperty() {
        return error.getReadOnlyProperty();
    }

    public Optional<Scenario> selectedScenario() {
        int i = selected.get();
        return i >= 0 && i < scenarios.size() ? Optional.of(scenarios.get(i)) : Optional.empty();
    }

    /** Opens a definition from the store as the baseline. */
    public void openBaseline(String name) {
        store.get().latest(name).ifPresent(baseline::set);
    }

    public void addScenario() {
        Definition base = selectedScenario().map(Scenario::definition).orElse(baseline.get());
        if (base == null) {
            return;
        }
        String name = texts.get().get("whatif.scenarioName", scenarios.size() + 1);
        scenarios.add(new Scenario(name, base));
        selected.set(scenarios.size() - 1);
        evaluate(scenarios.get(scenarios.size() - 1));
    }

    public void renameScenario(String name) {
        renameAt(selected.get(), name);
    }

    private void renameAt(int i, String name) {
        if (i < 0 || i >= scenarios.size() || name == null || name.isBlank()) {
            return;
        }
        Scenario old = scenarios.get(i);
        ScenarioResult r = results.remove(old.name());
        Scenario s = old.withName(name.strip());
        scenarios.set(i, s);
        if (r != null) {
            results.put(s.name(), new ScenarioResult(s, r.assignment(), r.comparison()));
        }
        if (i == selected.get()) {
            current.set(results.get(s.name()));
        }
    }

    /** After a live language switch, scenarios still called by their default name take the new language's. */
    void languageChanged(ViewTexts before, ViewTexts after) {
        for (int i = 0; i < scenarios.size(); i++) {
            String name = scenarios.get(i).name();
            for (int k = 1; k <= scenarios.size() + 50; k++) {
                if (name.equals(before.get("whatif.scenarioName", k))) {
                    renameAt(i, after.get("whatif.scenarioName", k));
                    break;
                }
            }
        }
    }

    /**
     * True when the selected scenario's rules differ from the baseline's and from what was promoted
     * since: promoting twice would store two identical versions.
     */
    public javafx.beans.property.ReadOnlyBooleanProperty promotableProperty() {
        return promotable.getReadOnlyProperty();
    }

    private void updatePromotable() {
        Definition base = baseline.get();
        promotable.set(selectedScenario().map(s -> !sameRules(s.definition(), base)
                && promoted.stream().noneMatch(p -> sameRules(s.definition(), p))).orElse(false));
    }

    /** Equal but for name and version. */
    static boolean sameRules(Definition a, Definition b) {
        return a != null && b != null && a.withName(b.name()).withVersion(b.version()).equals(b);
    }

    /** Built-in templates are never overwritten: promoting one saves a copy under a new name. */
    public boolean baselineIsBuiltIn() {
        Definition b = baseline.get();
        return b != null && com.stratum.engine.BuiltInDefinitions.isBuiltIn(b.name());
    }

    /** The name offered for a copy of a built-in, e.g. "RFM (standard segments) (Scenario 1)", not yet taken. */
    public String suggestedCopyName() {
        ViewTexts t = texts.get();
        String base = t.get("whatif.copyName", t.definitionTitle(baseline.get().name()),
                selectedScenario().map(Scenario::name).orElse(""));
        java.util.Set<String> taken = new java.util.HashSet<>();
        store.get().list().forEach(d -> taken.add(d.name()));
        String name = base;
        for (int i = 2; taken.contains(name); i++) {
            name = base + " " + i;
        }
        return name;
    }

    /** Stores the selected scenario as the next version of the baseline's name (the old stays in history). */
    public Definition promote() {
        return promote(baseline.get().name());
    }

    /**
     * Stores the selected scenario under {@code name}: the next version of that definition (a new
     * definition when the name is new). A built-in's name is refused.
     */
    public Definition promote(String name) {
        Scenario s = selectedScenario().orElseThrow();
        if (name == null || name.isBlank() || com.stratum.engine.BuiltInDefinitions.isBuiltIn(name.strip())) {
            throw new IllegalArgumentException(texts.get().get("whatif.promoteBuiltIn", name));
        }
        Definition saved = store.get().save(s.definition().withName(name.strip()));
        promoted.add(saved);
        updatePromotable();
        return saved;
    }

    // ---- export --------------------------------------------------------------------------------

    public ComparisonExporter exporter() {
        return exporter;
    }

    /** Baseline vs the selected scenario as the exporter wants it; empty until the scenario is evaluated. */
    public Optional<ComparisonExporter.Request> exportRequest() {
        ScenarioResult r = current.get();
        Assignment base = baselineAssignment.get();
        if (r == null || base == null) {
            return Optional.empty();
        }
        ViewTexts t = texts.get();
        Definition d = base.definition();
        java.util.List<SegmentSpec> specs = new java.util.ArrayList<>(base.segments());
        specs.addAll(r.assignment().segments());
        SegmentTexts names = new SegmentTexts(t.locale());
        String baseSide = t.get("whatif.baselineSide", t.definitionTitle(d.name()), d.version(),
                new com.stratum.ui.results.CellFormat(t.locale()).date(base.frame().asOf()));
        return Optional.of(new ComparisonExporter.Request(r.comparison(), baseSide, r.scenario().name(),
                names.displayNames(specs), ComparisonExporter.fileName(d.name(), r.scenario().name())));
    }

    /** Asks for a file and writes baseline vs the selected scenario there (off the FX thread). */
    public void export() {
        exportRequest().ifPresent(exporter::chooseAndWrite);
    }

    /** Writes baseline vs the selected scenario to {@code file} (off the FX thread in the window). */
    public void exportTo(java.nio.file.Path file) {
        exportRequest().ifPresent(r -> exporter.write(r, file));
    }

    // ---- knobs ---------------------------------------------------------------------------------

    public List<Knob> knobs() {
        return selectedScenario().map(s -> Knobs.sliders(s.definition(), this::fieldStats, labels())).orElse(List.of());
    }

    public List<Choice> choices() {
        return selectedScenario().map(s -> Knobs.toggles(s.definition(), this::fieldStats, labels())).orElse(List.of());
    }

    /** A slider moved: the scenario takes the value and is re-evaluated (coalesced). */
    public void set(Knob knob, double value) {
        change(d -> knob.apply().apply(d, knob.integer() ? Math.round(value) : value));
    }

    public void set(Choice choice, boolean on) {
        change(d -> choice.apply().apply(d, on));
    }

    private void change(java.util.function.UnaryOperator<Definition> f) {
        int i = selected.get();
        if (i < 0) {
            return;
        }
        Scenario s = scenarios.get(i).withDefinition(f.apply(scenarios.get(i).definition()));
        scenarios.set(i, s);
        evaluate(s);
    }

    private Optional<FieldStats> fieldStats(String feature) {
        Assignment a = baselineAssignment.get();
        var frame = a != null ? a.frame() : evaluator.get() == null ? null : evaluator.get().frame();
        if (frame == null || frame.find(feature).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(stats.computeIfAbsent(feature, f -> FieldStats.of(frame.column(f))));
    }

    private Knobs.Labels labels() {
        ViewTexts texts = this.texts.get();
        FeatureLabels features = new FeatureLabels(texts);
        SegmentTexts names = new SegmentTexts(texts.locale());
        return new Knobs.Labels() {
            @Override
            public String feature(String key) {
                return features.apply(key);
            }

            @Override
            public String segment(SegmentSpec s) {
                return names.name(s);
            }

            @Override
            public boolean money(String feature) {
                Assignment a = baselineAssignment.get();
                var frame = a != null ? a.frame() : evaluator.get() == null ? null : evaluator.get().frame();
                return frame != null && frame.find(feature).isPresent()
                        && frame.column(feature) instanceof com.stratum.features.MoneyColumn;
            }

            @Override
            public String tierLevel(com.stratum.engine.definition.TierLevel level) {
                return names.name(level);
            }

            @Override
            public String operator(Operator op) {
                return texts.get("op." + op.name());
            }

            @Override
            public String text(String key, Object... args) {
                return texts.get(key, args);
            }
        };
    }

    // ---- evaluation ----------------------------------------------------------------------------

    /**
     * Evaluates the baseline off the FX thread (once per change of baseline or data; a newer change
     * supersedes a pending one), then every scenario against it.
     */
    private void evaluateBaseline() {
        Evaluator ev = evaluator.get();
        Definition d = baseline.get();
        baselineAssignment.set(null);
        if (ev == null || d == null) {
            baselineSlot.cancel();
            return;
        }
        baselineSlot.submit(() -> ev.evaluate(d), a -> {
            if (ev != evaluator.get() || d != baseline.get()) {
                return; // the data or the baseline changed meanwhile; its own evaluation follows
            }
            baselineAssignment.set(a);
            error.set(null);
            for (Scenario s : scenarios) {
                evaluate(s);
            }
        }, e -> error.set(e.getMessage()));
    }

    private void evaluate(Scenario s) {
        Evaluator ev = evaluator.get();
        Assignment base = baselineAssignment.get();
        if (ev == null || base == null) {
            return;
        }
        slots.computeIfAbsent(s.name(), n -> runners.get()).submit(() -> {
            ScenarioEvaluation e = ScenarioEvaluation.of(ev, s.definition(), base.labels());
            return new ScenarioResult(s, e.assignment(), e.comparison());
        }, r -> {
            if (base != baselineAssignment.get()) {
                return; // compared with a superseded baseline
            }
            results.put(s.name(), r);
            error.set(null);
            if (selectedScenario().map(Scenario::name).orElse("").equals(s.name())) {
                current.set(r);
            }
        }, e -> error.set(e.getMessage()));
    }
}
