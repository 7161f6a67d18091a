package com.stratum.ui.undo;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The undo and redo stacks of the open workspace. Every edit goes through {@link #push(Job)};
 * the stacks are bounded so a long session does not hold every edit forever. The revision
 * increases on every change, so views can refresh on it.
 */
public final class JobManager {

    public static final int DEFAULT_LIMIT = 100;

    private final int limit;
    private final ObservableList<Job> undoStack = FXCollections.observableArrayList();
    private final ObservableList<Job> redoStack = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper();
    private final BooleanBinding canUndo = Bindings.isNotEmpty(undoStack);
    private final BooleanBinding canRedo = Bindings.isNotEmpty(redoStack);

    public JobManager() {
        this(DEFAULT_LIMIT);
    }

    public JobManager(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive");
        }
        this.limit = limit;
    }

    /** Executes {@code job} and makes it the edit to undo next; forgets what could be redone. */
    public void push(Job job) {
        job.execute();
        undoStack.add(job);
        if (undoStack.size() > limit) {
            undoStack.remove(0);
        }
        redoStack.clear();
        revision.set(revision.get() + 1);
    }

    public void undo() {
        if (undoStack.isEmpty()) {
            return;
        }
        Job job = undoStack.remove(undoStack.size() - 1);
        job.undo();
        redoStack.add(job);
        revision.set(revision.get() + 1);
    }

    public void redo() {
        if (redoStack.isEmpty()) {
            return;
        }
        Job job = redoStack.remove(redoStack.size() - 1);
        job.redo();
        undoStack.add(job);
        revision.set(revision.get() + 1);
    }

    /** Forgets every edit (a workspace was closed). */
    public void clear() {
        undoStack.clear();
        redoStack.clear();
        revision.set(revision.get() + 1);
    }

    public BooleanBinding canUndoProperty() {
        return canUndo;
    }

    public BooleanBinding canRedoProperty() {
        return canRedo;
    }

    public String undoDescription() {
        return undoStack.isEmpty() ? "" : undoStack.get(undoStack.size() - 1).description();
    }

    public String redoDescription() {
        return redoStack.isEmpty() ? "" : redoStack.get(redoStack.size() - 1).description();
    }

    public ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }
}
