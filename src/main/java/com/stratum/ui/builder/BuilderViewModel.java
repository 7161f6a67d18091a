package com.stratum.ui.builder;

import com.stratum.engine.Assignment;
import com.stratum.engine.BuiltInDefinitions;
import com.stratum.engine.Evaluator;
import com.stratum.engine.SegmentSummary;
import com.stratum.engine.definition.ClusteringSpec;
import com.stratum.engine.definition.Condition;
import com.stratum.engine.definition.Criterion;
import com.stratum.engine.definition.Definition;
import com.stratum.engine.definition.Group;
import com.stratum.engine.definition.RfmScoring;
import com.stratum.engine.definition.SegmentSpec;
import com.stratum.engine.definition.TierSpec;
import com.stratum.features.Column;
import com.stratum.features.CustomerFrame;
import com.stratum.ui.charts.LatestRunner;
import com.stratum.ui.charts.Palette;
import com.stratum.ui.charts.ViewTexts;
import com.stratum.ui.undo.JobManager;
import com.stratum.workspace.DefinitionInfo;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The visual builder (Segments section): the definition being edited, every edit an undoable job,
 * and a live preview (per segment and per condition counts and revenue) computed by the engine off
 * the FX thread, a newer edit cancelling the older preview. The view model holds no segmentation
 * logic: criteria are the engine's records, counts come from {@link Evaluator}.
 */
public final class BuilderViewModel implements com.stratum.ui.shell.RunCapable {

    private final ViewTexts texts;
    private final JobManager jobs;
    private final LatestRunner previewRunner;
    private final ObjectProperty<DefinitionStore> store = new SimpleObjectProperty<>(DefinitionStore.inMemory());
    private final ObjectProperty<Evaluator> evaluator = new SimpleObjectProperty<>();
    private final ObjectProperty<Definition> definition = new SimpleObjectProperty<>();
    private final IntegerProperty selectedSegment = new SimpleIntegerProperty(-1);
    private final ReadOnlyObjectWrapper<BuilderPreview> preview = new ReadOnlyObjectWrapper<>();
    private final ObservableList<DefinitionInfo> definitions = FXCollections.observableArrayList();
    private final Map<String, FieldStats> statsCache = new HashMap<>();
    private final ObjectProperty<Definition> savedState = new SimpleObjectProperty<>();
    private int newSegments;

    private com.stratum.ui.AppContext ctx;

    /** The Segments section of the window: the shared undo stack, the workspace's definitions and customers. */
    public BuilderViewModel(com.stratum.ui.AppContext ctx) {
        this(ViewTexts.of(ctx.i18n().locale()), ctx.jobs(), LatestRunner.background("builder-preview"));
        this.ctx = ctx;
        com.stratum.ui.results.AnalysisSession analysis = com.stratum.ui.results.AnalysisSession.of(ctx);
        evaluator.bind(analysis.evaluatorProperty());
        ctx.session().workspaceProperty().addListener((o, a, ws) ->
                store.set(ws == null ? DefinitionStore.inMemory() : DefinitionStore.of(ws)));
        if (ctx.session().workspace() != null) {
            store.set(DefinitionStore.of(ctx.session().workspace()));
        }
        if (definition.get() == null && !definitions.isEmpty()) {
            open(definitions.get(0).name());
        }
    }

    public BuilderViewModel(ViewTexts texts, JobManager jobs, LatestRunner previewRunner) {
        this.texts = texts;
        this.jobs = jobs;
        this.previewRunner = previewRunner;
        definition.addListener((obs, old, now) -> refreshPreview());
        selectedSegment.addListener((obs, old, now) -> refreshPreview());
        evaluator.addListener((obs, old, now) -> {
            statsCache.clear();
            refreshPreview();
        });
        store.addListener((obs, old, now) -> reloadList());
        reloadList();
    }

    // ---- state -------------------------------------------------------------------------------

    public ObjectProperty<Definition> definitionProperty() {
        return definition;
    }

    public Definition definition() {
        return definition.get();
    }

    public IntegerProperty selectedSegmentProperty() {
        return selectedSegment;
    }

    public ReadOnlyObjectProperty<BuilderPreview> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    public ObjectProperty<Evaluator> evaluatorProperty() {
        return evaluator;
    }

    public ObjectProperty<DefinitionStore> storeProperty() {
        return store;
    }

    public ObservableList<DefinitionInfo> definitions() {
        return definitions;
    }

    public JobManager jobs() {
        return jobs;
    }

    /** True when the definition differs from what was last opened or saved. */
    public boolean isDirty() {
        return definition.get() != null && !definition.get().equals(savedState.get());
    }

    public void reloadList() {
        definitions.setAll(store.get().list());
    }

    // ---- definitions -----------------------------------------------------------------------

    /** Opens the latest version of a definition (a built-in opens as a template to edit). */
    public void open(String name) {
        store.get().latest(name).ifPresent(d -> {
            jobs.clear();
            definition.set(d);
            savedState.set(d);
            selectedSegment.set(d.segments().isEmpty() ? -1 : 0);
        });
    }

    /** A new definition from a template: the template's content under a new name. */
    public void newFromTemplate(String templateName, String newName) {
        Definition t = BuiltInDefinitions.find(templateName).orElseThrow();
        start(new Definition(newName, 0, t.family(), t.description(), t.rfm(), t.clustering(), t.segments(),
                t.everyoneElse(), t.tiers(), t.predictive()));
    }

    /** A new empty rule definition with one segment to fill in. */
    public void newBlank(String name) {
        start(new Definition(name, 0, "custom", null, null, null, List.of(blankSegment(List.of())), null, null, null));
    }

    public void duplicate(String newName) {
        Definition d = definition.get();
        if (d != null) {
            start(d.withName(newName).withVersion(0));
        }
    }

    private void start(Definition d) {
        jobs.clear();
        definition.set(d);
        savedState.set(null);
        selectedSegment.set(d.segments().isEmpty() ? -1 : 0);
    }

    /** Stores the definition as its next version. */
    public Definition save() {
        Definition saved = store.get().save(definition.get());
        definition.set(saved);
        savedState.set(saved);
        reloadList();
        return saved;
    }

    /** Removes every saved version of the open definition (built-ins stay available). */
    public void deleteSaved(String name) {
        store.get().delete(name);
        reloadList();
        if (definition.get() != null && definition.get().name().equals(name)) {
            Optional<Definition> builtIn = BuiltInDefinitions.find(name);
            jobs.clear();
            definition.set(builtIn.orElse(null));
            savedState.set(builtIn.orElse(null));
        }
    }

    // ---- edits (each one undoable) -----------------------------------------------------------

    private void edit(String descriptionKey, UnaryOperator<Definition> change) {
        Definition before = definition.get();
        Definition after = change.apply(before);
        if (after.equals(before)) {
            return;
        }
        jobs.push(new DefinitionEdit(texts().get(descriptionKey), before, after, definition::set));
    }

    public void renameDefinition(String name) {
        if (name != null && !name.isBlank()) {
            edit("edit.renameDefinition", d -> d.withName(name.strip()));
        }
    }

    public void addSegment() {
        edit("edit.addSegment", d -> {
            List<SegmentSpec> list = new ArrayList<>(d.segments());
            list.add(blankSegment(list));
            return d.withSegments(list);
        });
        selectedSegment.set(definition.get().segments().size() - 1);
    }

    /** A new segment named in the window's language now, in a colour unlike the others'. */
    private SegmentSpec blankSegment(List<SegmentSpec> others) {
        newSegments++;
        int index = others.size();
        String key = "segment_" + System.nanoTime() % 1_000_000 + "_" + newSegments;
        List<String> used = new ArrayList<>();
        for (SegmentSpec s : others) {
            used.add(s.colour());
        }
        return new SegmentSpec(key, texts().get("builder.newSegmentName", index + 1), Palette.unused(used, index), null,
                "", null, new Group(Group.Logic.AND, false, List.of()));
    }

    /** The texts of the window's present language (it can be switched while the section is open). */
    private ViewTexts texts() {
        return ctx == null ? texts : ViewTexts.of(ctx.i18n().locale());
    }

    public void removeSegment(int index) {
        edit("edit.removeSegment", d -> {
            List<SegmentSpec> list = new ArrayList<>(d.segments());
            list.remove(index);
            return d.withSegments(list);
        });
        int n = definition.get().segments().size();
        selectedSegment.set(Math.min(selectedSegment.get(), n - 1));
    }

    /** Moves a segment (order matters: the first segment that matches a customer wins). */
    public void moveSegment(int from, int to) {
        if (from == to) {
            return;
        }
        edit("edit.moveSegment", d -> {
            List<SegmentSpec> list = new ArrayList<>(d.segments());
            SegmentSpec s = list.remove(from);
            list.add(Math.max(0, Math.min(to, list.size())), s);
            return d.withSegments(list);
        });
        selectedSegment.set(to);
    }

    public void renameSegment(int index, String name) {
        if (name == null || name.isBlank()) {
            return;
        }
        // a renamed template segment keeps the analyst's text, not the template's translation
        edit("edit.renameSegment", d -> d.withSegment(index, s -> new SegmentSpec(s.key(), name.strip(), s.colour(),
                s.description(), s.strategy(), null, s.criteria())));
    }

    public void setSegmentColour(int index, String hex) {
        edit("edit.segmentColour", d -> d.withSegment(index, s -> new SegmentSpec(s.key(), s.name(), hex,
                s.description(), s.strategy(), s.i18nKey(), s.criteria())));
    }

    public void setSegmentStrategy(int index, String strategy) {
        edit("edit.segmentStrategy", d -> d.withSegment(index, s -> new SegmentSpec(s.key(), s.name(), s.colour(),
                s.description(), strategy, null, s.criteria())));
    }

    private void editTree(int segment, String key, UnaryOperator<Group> change) {
        edit(key, d -> d.withSegment(segment, s -> s.withCriteria(change.apply(CriteriaTrees.root(s.criteria())))));
    }

    public Group tree(int segment) {
        return CriteriaTrees.root(definition.get().segments().get(segment).criteria());
    }

    public void addCondition(int segment, CriteriaPath group, Condition condition) {
        editTree(segment, "edit.addCondition", t -> CriteriaTrees.insert(t, group, -1, condition));
    }

    /** Adds a condition on {@code feature} with the operator and value that fit its type and data. */
    public void addCondition(int segment, CriteriaPath group, String feature) {
        addCondition(segment, group, defaultCondition(feature));
    }

    public void addGroup(int segment, CriteriaPath group, Group.Logic logic) {
        editTree(segment, "edit.addGroup", t -> CriteriaTrees.insert(t, group, -1, new Group(logic, false, List.of())));
    }

    public void removeNode(int segment, CriteriaPath path) {
        editTree(segment, "edit.removeNode", t -> CriteriaTrees.remove(t, path));
    }

    public void toggleNegate(int segment, CriteriaPath path) {
        editTree(segment, "edit.negate", t -> CriteriaTrees.replace(t, path, CriteriaTrees.get(t, path).not()));
    }

    public void setLogic(int segment, CriteriaPath path, Group.Logic logic) {
        editTree(segment, "edit.logic", t -> {
            Group g = (Group) CriteriaTrees.get(t, path);
            return CriteriaTrees.replace(t, path, new Group(logic, g.negate(), g.children()));
        });
    }

    public void setCondition(int segment, CriteriaPath path, Condition condition) {
        editTree(segment, "edit.condition", t -> CriteriaTrees.replace(t, path, condition));
    }

    /** Drag and drop: moves a condition (or group) into another group. */
    public void moveNode(int segment, CriteriaPath from, CriteriaPath toGroup) {
        editTree(segment, "edit.moveNode", t -> CriteriaTrees.move(t, from, toGroup));
    }

    public void setRfm(RfmScoring rfm) {
        edit("edit.rfm", d -> d.withRfm(rfm));
    }

    /**
     * The RFM grid: sends the customers of one score cell (every M score when {@code m} is null)
     * to a segment ({@link ScoreGrid#EVERYONE_ELSE} for the catch-all) by rewriting the rules.
     */
    public void assignScoreCell(int r, int f, Integer m, int segment) {
        Definition d = definition.get();
        if (d == null || d.rfm() == null) {
            return;
        }
        int mBins = d.rfm().monetary().bins();
        if (ScoreGrid.segmentAt(d, r, f, m, mBins) == segment) {
            return;
        }
        edit("edit.scoreCell", x -> ScoreGrid.assign(x, r, f, m, mBins, segment));
    }

    /** The segment a score cell goes to under the current rules (see {@link ScoreGrid}). */
    public int scoreCellSegment(int r, int f, Integer m) {
        Definition d = definition.get();
        return d == null || d.rfm() == null ? ScoreGrid.MIXED
                : ScoreGrid.segmentAt(d, r, f, m, d.rfm().monetary().bins());
    }

    public void setTiers(TierSpec tiers) {
        edit("edit.tiers", d -> d.withTiers(tiers));
    }

    public void setClustering(ClusteringSpec clustering) {
        edit("edit.clustering", d -> d.withClustering(clustering));
    }

    // ---- fields ------------------------------------------------------------------------------

    /** The frame conditions can test: the customers' features plus the scores the definition derives. */
    public Optional<CustomerFrame> fieldFrame() {
        BuilderPreview p = preview.get();
        if (p != null && p.assignment() != null) {
            return Optional.of(p.assignment().frame());
        }
        return evaluator.get() == null ? Optional.empty() : Optional.of(evaluator.get().frame());
    }

    public List<String> fields() {
        return fieldFrame().map(CustomerFrame::columnNames).orElse(List.of());
    }

    /** The feature's distribution (cached per data set; a pass over one column). */
    public Optional<FieldStats> stats(String feature) {
        Optional<CustomerFrame> f = fieldFrame();
        if (f.isEmpty() || f.get().find(feature).isEmpty()) {
            return Optional.empty();
        }
        Column c = f.get().column(feature);
        String key = feature + "@" + System.identityHashCode(c);
        return Optional.of(statsCache.computeIfAbsent(key, k -> FieldStats.of(c)));
    }

    /** A first condition on a feature: the middle of its range, all levels but none chosen, the full date range. */
    public Condition defaultCondition(String feature) {
        FieldStats s = stats(feature).orElse(null);
        if (s == null) {
            return Condition.notEmpty(feature);
        }
        return switch (s.kind()) {
            case NUMBER -> Condition.between(feature, niceFloor(s.min()), niceCeil(s.max()));
            case CATEGORY -> new Condition(feature, com.stratum.engine.definition.Operator.IN, null, null,
                    s.levels().isEmpty() ? List.of() : List.of(s.levels().get(0)), null, null, null, false);
            case DATE -> Condition.dateBetween(feature, s.firstDate(), s.lastDate());
        };
    }

    private static double niceFloor(double v) {
        return Math.floor(v * 100) / 100;
    }

    private static double niceCeil(double v) {
        return Math.ceil(v * 100) / 100;
    }

    // ---- preview -----------------------------------------------------------------------------

    /** Recomputes the counts off the FX thread; a newer call cancels the older one. */
    public void refreshPreview() {
        Evaluator ev = evaluator.get();
        Definition d = definition.get();
        if (ev == null || d == null) {
            preview.set(null);
            return;
        }
        int segment = selectedSegment.get();
        previewRunner.submit(() -> computePreview(ev, d, segment), preview::set,
                e -> preview.set(BuilderPreview.failed(e.getMessage())));
    }

    static BuilderPreview computePreview(Evaluator ev, Definition d, int segment) {
        Assignment a;
        try {
            a = ev.evaluate(d);
        } catch (RuntimeException e) {
            return BuilderPreview.failed(e.getMessage());
        }
        List<SegmentSummary> summary = a.summary();
        long[] counts = new long[summary.size()];
        long[] revenue = new long[summary.size()];
        long total = 0;
        for (SegmentSummary s : summary) {
            counts[s.index()] = s.count();
            revenue[s.index()] = s.revenueCents();
            total += s.revenueCents();
        }
        Map<CriteriaPath, Evaluator.Match> nodes = new LinkedHashMap<>();
        if (segment >= 0 && segment < d.segments().size()) {
            Group root = CriteriaTrees.root(d.segments().get(segment).criteria());
            collect(ev, d, root, CriteriaPath.ROOT, nodes);
        }
        return new BuilderPreview(a, counts, revenue, total, segment, nodes, null);
    }

    private static void collect(Evaluator ev, Definition d, Criterion node, CriteriaPath path,
                                Map<CriteriaPath, Evaluator.Match> out) {
        out.put(path, ev.preview(d, node));
        if (node instanceof Group g) {
            for (int i = 0; i < g.children().size(); i++) {
                collect(ev, d, g.children().get(i), path.child(i), out);
            }
        }
    }

    /** Runs the definition over every customer: the engine's full evaluation (call off the FX thread). */
    public Assignment run() {
        return evaluator.get().evaluate(definition.get());
    }

    /**
     * Run button: evaluates off the FX thread, keeps the run in the workspace (History lists it),
     * makes it the session's latest run and shows Results.
     */
    @Override
    public void runAndShow() {
        if (ctx == null || evaluator.get() == null || definition.get() == null) {
            return;
        }
        Evaluator ev = evaluator.get();
        Definition d = definition.get();
        if (isDirty() || (d.version() == 0 && !BuiltInDefinitions.isBuiltIn(d.name()))) {
            d = save(); // a run names a stored version, so History can re-run it
        }
        com.stratum.workspace.Workspace ws = ctx.session().workspace();
        java.util.Locale locale = texts().locale();
        Definition toRun = d;
        com.stratum.ui.task.BackgroundTask.wrap(p -> {
                    Assignment a = ev.evaluate(toRun);
                    if (ws != null) {
                        new com.stratum.workspace.RunRepository(ws).save(a, null);
                    }
                    return new com.stratum.ui.results.AssignmentResult(a, locale);
                })
                .withTitle(texts().get("builder.running", toRun.name()))
                .onSuccess(r -> {
                    ctx.session().latestRunProperty().set(r);
                    ctx.navigation().show(com.stratum.ui.shell.Section.RESULTS);
                })
                .onFailure(ctx.errors()::report)
                .executeWith(ctx.tasks());
    }
}
