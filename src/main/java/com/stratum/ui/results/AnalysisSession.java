package com.stratum.ui.results;

import com.stratum.engine.Evaluator;
import com.stratum.ui.AppContext;
import com.stratum.ui.task.BackgroundTask;
import com.stratum.workspace.Workspace;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;

import java.util.Map;
import java.util.WeakHashMap;

/**
 * What the analysis sections (Segments, Results, What-if, History) share about the open
 * workspace: its customers (loaded off the FX thread when the workspace opens) and one engine
 * {@link Evaluator} for them, whose caches make previews and what-if re-evaluations fast. One per
 * window ({@link #of(AppContext)}); tests create their own.
 */
public final class AnalysisSession {

    /** Loads a workspace's customers (the features' input); swapped in tests. */
    @FunctionalInterface
    public interface Source {
        CustomerData load(Workspace ws) throws Exception;
    }

    private static final Map<AppContext, AnalysisSession> SESSIONS = new WeakHashMap<>();

    private final ReadOnlyObjectWrapper<CustomerData> data = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Evaluator> evaluator = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<Source> source = new SimpleObjectProperty<>(WorkspaceCustomers::load);
    private AppContext ctx;
    private int generation;

    public AnalysisSession() {
        data.addListener((obs, old, now) -> evaluator.set(now == null ? null : new Evaluator(now.frame())));
    }

    /** The window's session, loading customers whenever a workspace opens. */
    public static synchronized AnalysisSession of(AppContext ctx) {
        return SESSIONS.computeIfAbsent(ctx, c -> {
            AnalysisSession s = new AnalysisSession();
            s.ctx = c;
            c.session().workspaceProperty().addListener((obs, old, ws) -> s.load(c, ws));
            c.session().datasetsRevisionProperty().addListener((obs, old, rev) -> s.load(c, c.session().workspace()));
            if (c.session().workspace() != null) {
                s.load(c, c.session().workspace());
            }
            return s;
        });
    }

    /** Loads the open workspace's customers again (e.g. after the source changed). */
    public void reload() {
        if (ctx != null) {
            load(ctx, ctx.session().workspace());
        }
    }

    private void load(AppContext ctx, Workspace ws) {
        int mine = ++generation; // a slower, older load must not overwrite a newer one
        if (ws == null) {
            data.set(null);
            return;
        }
        Source src = source.get();
        BackgroundTask.wrap(p -> src.load(ws))
                .withTitle(com.stratum.ui.charts.ViewTexts.of(ctx.i18n().locale()).get("task.loadCustomers"))
                .onSuccess(d -> {
                    if (mine == generation) {
                        data.set(d);
                    }
                })
                .onFailure(e -> org.slf4j.LoggerFactory.getLogger(AnalysisSession.class)
                        .warn("Customers not loaded: {}", e.getMessage()))
                .executeWith(ctx.tasks());
    }

    public ObjectProperty<Source> sourceProperty() {
        return source;
    }

    public ReadOnlyObjectProperty<CustomerData> dataProperty() {
        return data.getReadOnlyProperty();
    }

    public CustomerData data() {
        return data.get();
    }

    /** Sets the customers directly (tests, or data loaded elsewhere); loads still under way are dropped. */
    public void setData(CustomerData customers) {
        generation++;
        data.set(customers);
    }

    public ReadOnlyObjectProperty<Evaluator> evaluatorProperty() {
        return evaluator.getReadOnlyProperty();
    }

    public Evaluator evaluator() {
        return evaluator.get();
    }
}
