package com.stratum.ui.task;

import javafx.collections.ObservableList;

import java.util.function.Consumer;

/**
 * Runs {@link BackgroundTask}s. The window uses {@link FxTaskExecutor} (worker threads, callbacks
 * on the FX thread); view-model tests use {@link CurrentThreadTaskExecutor} (everything runs
 * synchronously, so a plain JUnit test sees the result right after the call).
 */
public interface TaskExecutor {

    <T> TaskHandle execute(BackgroundTask<T> task);

    /** The tasks now running, oldest first (read on the FX thread). */
    ObservableList<TaskHandle> runningTasks();

    /** Handles failures of tasks that have no {@code onFailure} of their own. */
    void setDefaultFailureHandler(Consumer<Throwable> handler);

    void shutdown();
}
