package com.stratum.ui.undo;

/**
 * One user edit that can be undone (SceneBuilder's Job, in small): {@link #execute()} the first
 * time, then {@link #undo()} and {@link #redo()} as the user asks. The description names the
 * edit in the Edit menu ("Undo Rename segment"), so it comes from the bundle.
 */
public interface Job {

    void execute();

    void undo();

    /** By default the same as executing again. */
    default void redo() {
        execute();
    }

    String description();
}
