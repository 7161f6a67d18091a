package com.stratum.ui.charts;

import javafx.concurrent.Task;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * {@link LatestRunner} on one daemon worker thread. Each request is a {@link Task}; submitting
 * cancels the previous task, and a cancelled task still waiting in the queue is skipped (a
 * FutureTask that is cancelled never runs), so at most one stale computation finishes, and its
 * result is dropped.
 */
final class FxLatestRunner implements LatestRunner {

    private final ExecutorService worker;
    private Task<?> current;

    FxLatestRunner(String name) {
        worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "stratum-" + name);
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public <T> void submit(Callable<T> work, Consumer<T> onResult, Consumer<Throwable> onError) {
        if (current != null) {
            current.cancel(false);
        }
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        task.setOnSucceeded(e -> {
            if (current == task) {
                onResult.accept(task.getValue());
            }
        });
        task.setOnFailed(e -> {
            if (current == task) {
                onError.accept(task.getException());
            }
        });
        current = task;
        worker.execute(task);
    }

    @Override
    public void cancel() {
        if (current != null) {
            current.cancel(false);
            current = null;
        }
    }
}
