package com.stratum.ui.importwizard;

import com.stratum.imports.ColumnPlan;
import com.stratum.workspace.ColumnRole;
import com.stratum.workspace.DataType;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * One previewed column: its header, inferred type and the role the user can change. The amount
 * derived from quantity x unit price is shown too, but its role is fixed.
 */
public final class ColumnChoice {

    private final int index;
    private final String header;
    private final DataType type;
    private final boolean derived;
    private final ObjectProperty<ColumnRole> role;

    ColumnChoice(int index, ColumnPlan plan) {
        this.index = index;
        this.header = plan.header();
        this.type = plan.dataType();
        this.derived = plan.derived();
        this.role = new SimpleObjectProperty<>(plan.role());
    }

    /** Position in the preview's columns (and cells). */
    public int index() {
        return index;
    }

    public String header() {
        return header;
    }

    public DataType type() {
        return type;
    }

    public boolean derived() {
        return derived;
    }

    /** The role; null for none. */
    public ObjectProperty<ColumnRole> roleProperty() {
        return role;
    }

    public ColumnRole role() {
        return role.get();
    }
}
