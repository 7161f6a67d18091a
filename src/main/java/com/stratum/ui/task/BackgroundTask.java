package com.stratum.ui.task;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * A piece of work for a {@link TaskExecutor}, described fluently by a view model:
 *
 * <pre>{@code
 * BackgroundTask.wrap(progress -> importer.importFile(ws, file, progress))
 *         .withTitle(i18n.get("task.import", file))
 *         .onSuccess(rows::setAll)
 *         .onFailure(dialogs::showError)
 *         .executeWith(tasks);
 * }</pre>
 *
 * The work runs off the FX thread; every callback runs on the FX thread (with the synchronous
 * executor of the tests: on the caller's thread). The work never touches JavaFX nodes.
 */
public final class BackgroundTask<T> {

    /** The work itself; it may throw, which ends in {@link #onFailure}. */
    @FunctionalInterface
    public interface Work<T> {
        T call(TaskProgress progress) throws Exception;
    }

    /** Work without a result. */
    @FunctionalInterface
    public interface VoidWork {
        void run(TaskProgress progress) throws Exception;
    }

    private final Work<T> work;
    private String title = "";
    private Runnable onRunning = () -> { };
    private Consumer<T> onSuccess = r -> { };
    private Consumer<Throwable> onFailure;
    private Runnable onCancelled = () -> { };
    private Runnable onFinished = () -> { };

    private BackgroundTask(Work<T> work) {
        this.work = Objects.requireNonNull(work);
    }

    public static <T> BackgroundTask<T> wrap(Work<T> work) {
        return new BackgroundTask<>(work);
    }

    public static BackgroundTask<Void> wrapVoid(VoidWork work) {
        return new BackgroundTask<>(p -> {
            work.run(p);
            return null;
        });
    }

    /** The text the status bar shows while the task runs (from the bundle). */
    public BackgroundTask<T> withTitle(String text) {
        this.title = Objects.requireNonNull(text);
        return this;
    }

    public BackgroundTask<T> onRunning(Runnable r) {
        this.onRunning = Objects.requireNonNull(r);
        return this;
    }

    public BackgroundTask<T> onSuccess(Consumer<T> c) {
        this.onSuccess = Objects.requireNonNull(c);
        return this;
    }

    /** Without a failure handler the executor's default one (an error dialog) is used. */
    public BackgroundTask<T> onFailure(Consumer<Throwable> c) {
        this.onFailure = Objects.requireNonNull(c);
        return this;
    }

    public BackgroundTask<T> onCancelled(Runnable r) {
        this.onCancelled = Objects.requireNonNull(r);
        return this;
    }

    /** Runs after success, failure or cancellation. */
    public BackgroundTask<T> onFinished(Runnable r) {
        this.onFinished = Objects.requireNonNull(r);
        return this;
    }

    public TaskHandle executeWith(TaskExecutor executor) {
        return executor.execute(this);
    }

    public String title() {
        return title;
    }

    T call(TaskProgress progress) throws Exception {
        return work.call(progress);
    }

    void running() {
        onRunning.run();
    }

    void succeeded(T result) {
        onSuccess.accept(result);
    }

    /** Returns false when the task has no handler of its own. */
    boolean failed(Throwable t) {
        if (onFailure == null) {
            return false;
        }
        onFailure.accept(t);
        return true;
    }

    void cancelled() {
        onCancelled.run();
    }

    void finished() {
        onFinished.run();
    }
}
