package com.stratum.ui.charts;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs preview work where only the latest request matters (live counts while editing, a what-if
 * slider, chart data): a new request cancels the one before it, so a fast drag never queues
 * stale work. {@link #direct()} runs at once on the caller's thread, for plain JUnit tests.
 */
public interface LatestRunner {

    /**
     * Runs {@code work} off the FX thread and hands its result to {@code onResult} on the FX
     * thread, unless a newer request superseded it; failures go to {@code onError}. Call it on the
     * FX thread.
     */
    <T> void submit(Callable<T> work, Consumer<T> onResult, Consumer<Throwable> onError);

    /** Cancels whatever is pending or running. */
    default void cancel() {
    }

    static LatestRunner direct() {
        return new LatestRunner() {
            @Override
            public <T> void submit(Callable<T> work, Consumer<T> onResult, Consumer<Throwable> onError) {
                T value;
                try {
                    value = work.call();
                } catch (Exception e) {
                    onError.accept(e);
                    return;
                }
                onResult.accept(value);
            }
        };
    }

    /** A new slot on the shared worker pool; javafx.concurrent.Task per request. */
    static LatestRunner background(String name) {
        return new FxLatestRunner(name);
    }
}
