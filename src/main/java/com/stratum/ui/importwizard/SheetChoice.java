package com.stratum.ui.importwizard;

import com.stratum.imports.ImportPreview;
import com.stratum.workspace.DatasetInfo;
import com.stratum.workspace.DatasetKind;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;

/**
 * One sheet of the file as the wizard offers it: whether to import it, as what (inferred from
 * the columns, changeable), its preview with the columns' roles, what stops it from being
 * imported, and the datasets an earlier import of it left in the workspace.
 */
public final class SheetChoice {

    private final String name;
    private final BooleanProperty selected = new SimpleBooleanProperty();
    private final ObjectProperty<DatasetKind> kind = new SimpleObjectProperty<>();
    private final ObjectProperty<ImportPreview> preview = new SimpleObjectProperty<>();
    private final ObservableList<ColumnChoice> columns = FXCollections.observableArrayList();
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final StringProperty loadError = new SimpleStringProperty();
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private List<DatasetInfo> earlier = List.of();
    /** True once the user changed a role: later previews then pass every column's role explicitly. */
    boolean rolesChosen;
    /** Counts preview requests, so only the answer to the latest one is shown. */
    int generation;

    SheetChoice(String name) {
        this.name = name;
    }

    public String name() {
        return name;
    }

    public BooleanProperty selectedProperty() {
        return selected;
    }

    public boolean isSelected() {
        return selected.get();
    }

    /** Transactions or customers; null while unknown (the user must choose). */
    public ObjectProperty<DatasetKind> kindProperty() {
        return kind;
    }

    public ObjectProperty<ImportPreview> previewProperty() {
        return preview;
    }

    public ImportPreview preview() {
        return preview.get();
    }

    public ObservableList<ColumnChoice> columns() {
        return columns;
    }

    /** What stops this sheet from being imported, in the user's language; empty when it can be. */
    public ObservableList<String> problems() {
        return problems;
    }

    /** Why the sheet cannot be read at all (a message naming file and sheet), or null. */
    public StringProperty loadErrorProperty() {
        return loadError;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }

    public List<DatasetInfo> earlierImports() {
        return earlier;
    }

    void earlierImports(List<DatasetInfo> datasets) {
        this.earlier = List.copyOf(datasets);
    }

    /** True when the sheet has been previewed and nothing stops its import. */
    public boolean ready() {
        return preview.get() != null && problems.isEmpty() && loadError.get() == null && !loading.get();
    }

    @Override
    public String toString() {
        return name;
    }
}
