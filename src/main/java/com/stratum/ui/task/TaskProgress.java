package com.stratum.ui.task;

/**
 * What a piece of background work sees of its task: report progress, say what it is doing, and
 * ask whether the user cancelled (long loops check it and stop early).
 */
public interface TaskProgress {

    /** Work done out of total; a negative total means "unknown" (an indeterminate bar). */
    void update(long done, long total);

    void message(String text);

    boolean isCancelled();

    /** For work run outside any task (tests, the CLI path of the same code). */
    TaskProgress NONE = new TaskProgress() {
        @Override
        public void update(long done, long total) {
        }

        @Override
        public void message(String text) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };
}
