package com.stratum.ui.results;

import javafx.collections.ObservableListBase;

/**
 * An observable, read-only list of frame row indices backed by an int array: a TableView over a
 * million members holds one int per row, and boxes only the rows it draws.
 */
public final class RowIndexList extends ObservableListBase<Integer> {

    private int[] rows = new int[0];

    @Override
    public Integer get(int index) {
        return rows[index];
    }

    @Override
    public int size() {
        return rows.length;
    }

    /** Replaces every row (one change event). The array is kept, not copied: do not modify it later. */
    public void setRows(int[] newRows) {
        int[] old = rows;
        rows = newRows;
        beginChange();
        if (old.length > 0) {
            nextRemove(0, new java.util.AbstractList<Integer>() {
                @Override
                public Integer get(int i) {
                    return old[i];
                }

                @Override
                public int size() {
                    return old.length;
                }
            });
        }
        if (newRows.length > 0) {
            nextAdd(0, newRows.length);
        }
        endChange();
    }

    public int[] rows() {
        return rows;
    }
}
