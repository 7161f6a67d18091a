package com.stratum.ui.segments;

import com.stratum.ui.AppContext;
import com.stratum.ui.service.DefinitionSummary;
import com.stratum.ui.shell.Section;
import com.stratum.ui.task.BackgroundTask;
import com.stratum.ui.task.TaskHandle;
import com.stratum.workspace.Workspace;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Segments section (thin path until the visual builder lands): the workspace's definitions and
 * a Run action that evaluates the selected one over all customers off the FX thread, then shows
 * Results.
 */
public final class SegmentsViewModel {

    /** The definition selected by default: the standard RFM segmentation. */
    public static final String DEFAULT_DEFINITION = "rfm-standard";

    private final AppContext ctx;
    private final ObservableList<DefinitionSummary> definitions = FXCollections.observableArrayList();
    private final ObjectProperty<DefinitionSummary> selected = new SimpleObjectProperty<>();
    private final BooleanProperty running = new SimpleBooleanProperty();
    private TaskHandle runTask;

    public SegmentsViewModel(AppContext ctx) {
        this.ctx = ctx;
        ctx.session().workspaceProperty().addListener((obs, o, n) -> reload());
        reload();
    }

    public void reload() {
        Workspace ws = ctx.session().workspace();
        if (ws == null) {
            definitions.clear();
            return;
        }
        BackgroundTask.wrap(p -> ctx.session().services().segmentation().definitions(ws))
                .onSuccess(list -> {
                    String keep = selected.get() == null ? DEFAULT_DEFINITION : selected.get().name();
                    definitions.setAll(list);
                    selected.set(list.stream().filter(d -> d.name().equals(keep)).findFirst()
                            .orElse(list.isEmpty() ? null : list.get(0)));
                })
                .onFailure(ctx.errors()::report)
                .executeWith(ctx.tasks());
    }

    /** Runs the selected definition; on success the run becomes the session's latest and Results shows it. */
    public void run() {
        Workspace ws = ctx.session().workspace();
        DefinitionSummary d = selected.get();
        if (ws == null || d == null || running.get()) {
            return;
        }
        running.set(true);
        runTask = BackgroundTask.wrap(p -> ctx.session().services().segmentation().run(ws, d.name(), p))
                .withTitle(ctx.i18n().get("task.runDefinition", d.name()))
                .onSuccess(run -> {
                    ctx.session().latestRunProperty().set(run);
                    ctx.navigation().show(Section.RESULTS);
                })
                .onFailure(ctx.errors()::report)
                .onFinished(() -> running.set(false))
                .executeWith(ctx.tasks());
    }

    public void cancel() {
        if (runTask != null) {
            runTask.cancel();
        }
    }

    public ObservableList<DefinitionSummary> definitions() {
        return definitions;
    }

    public ObjectProperty<DefinitionSummary> selectedProperty() {
        return selected;
    }

    public BooleanProperty runningProperty() {
        return running;
    }
}
