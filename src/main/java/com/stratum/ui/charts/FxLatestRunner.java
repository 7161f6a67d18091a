package com.stratum.ui.charts;

import javafx.concurrent.Task;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * One "slot" of {@link LatestRunner} work (a chart, a preview) on a small shared pool of daemon
 * threads. Each request is a {@link Task}; submitting cancels the slot's previous task, and a
 * cancelled task still waiting in the queue is skipped (a cancelled FutureTask never runs), so a
 * stale computation either never starts or has its result dropped. Slots do not cancel each other.
 */
final class FxLatestRunner implements LatestRunner {

    private static final java.util.concurrent.atomic.AtomicInteger THREADS = new java.util.concurrent.atomic.AtomicInteger();
    private static final ExecutorService POOL = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "stratum-preview-" + THREADS.incrementAndGet());
        t.setDaemon(true);
        return t;
    });

    private final ExecutorService worker = POOL;
    private Task<?> current;

    FxLatestRunner(String name) {
        // the name documents the slot at the call site; threads are shared
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
