package com.stratum.ui.data;

import com.stratum.ui.AppContext;
import com.stratum.ui.service.DatasetColumn;
import com.stratum.ui.session.ImportAction;
import com.stratum.ui.service.DatasetSummary;
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
 * The Data section: the workspace's datasets, and the rows of the selected one as a
 * {@link PagedRowList} (pages of {@value #PAGE_SIZE} rows fetched on demand, never all rows in memory).
 */
public final class DataViewModel {

    public static final int PAGE_SIZE = 500;
    static final int MAX_PAGES = 40;

    private final AppContext ctx;
    private final ObservableList<DatasetSummary> datasets = FXCollections.observableArrayList();
    private final ObjectProperty<DatasetSummary> selected = new SimpleObjectProperty<>();
    private final ObservableList<DatasetColumn> columns = FXCollections.observableArrayList();
    private final ObjectProperty<PagedRowList> rows = new SimpleObjectProperty<>();
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private TaskHandle columnsTask;

    public DataViewModel(AppContext ctx) {
        this.ctx = ctx;
        ctx.session().datasetsRevisionProperty().addListener((obs, o, n) -> reload());
        selected.addListener((obs, o, n) -> showDataset(n));
        reload();
    }

    /** Reloads the list of datasets, keeping the selection when the dataset is still there. */
    public void reload() {
        Workspace ws = ctx.session().workspace();
        if (ws == null) {
            datasets.clear();
            return;
        }
        long keep = selected.get() == null ? -1 : selected.get().id();
        loading.set(true);
        BackgroundTask.wrap(p -> ctx.session().services().catalog().datasets(ws))
                .onSuccess(list -> {
                    datasets.setAll(list);
                    selected.set(list.stream().filter(d -> d.id() == keep).findFirst()
                            .orElse(list.isEmpty() ? null : list.get(0)));
                })
                .onFailure(e -> {
                    datasets.clear();
                    ctx.errors().report(e);
                })
                .onFinished(() -> loading.set(false))
                .executeWith(ctx.tasks());
    }

    private void showDataset(DatasetSummary d) {
        if (columnsTask != null && !columnsTask.isDone()) {
            columnsTask.cancel();
        }
        columns.clear();
        rows.set(null);
        Workspace ws = ctx.session().workspace();
        if (d == null || ws == null) {
            return;
        }
        var catalog = ctx.session().services().catalog();
        columnsTask = BackgroundTask.wrap(p -> catalog.columns(ws, d.id()))
                .onSuccess(cols -> {
                    if (selected.get() != d) {
                        return;
                    }
                    columns.setAll(cols);
                    PagedRowList list = new PagedRowList(d.rows(), PAGE_SIZE, MAX_PAGES,
                            (offset, limit) -> catalog.page(ws, d.id(), offset, limit), ctx.tasks());
                    list.setOnFailure(ctx.errors()::report);
                    rows.set(list);
                })
                .onFailure(ctx.errors()::report)
                .executeWith(ctx.tasks());
    }

    public void importFile() {
        ImportAction.chooseAndImport(ctx);
    }

    public ObservableList<DatasetSummary> datasets() {
        return datasets;
    }

    public ObjectProperty<DatasetSummary> selectedProperty() {
        return selected;
    }

    /** The selected dataset's columns; {@link #rowsProperty()} is set once they are known. */
    public ObservableList<DatasetColumn> columns() {
        return columns;
    }

    public ObjectProperty<PagedRowList> rowsProperty() {
        return rows;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }
}
