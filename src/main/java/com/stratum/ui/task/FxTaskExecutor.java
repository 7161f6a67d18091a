package com.stratum.ui.task;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/** Runs each task as a {@link javafx.concurrent.Task} on a pool of daemon worker threads. */
public final class FxTaskExecutor implements TaskExecutor {

    private static final Logger LOG = LoggerFactory.getLogger(FxTaskExecutor.class);

    private final ExecutorService pool;
    private final ObservableList<TaskHandle> running = FXCollections.observableArrayList();
    private Consumer<Throwable> defaultFailureHandler = t -> LOG.error("Background task failed", t);

    public FxTaskExecutor() {
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "stratum-task-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public <T> TaskHandle execute(BackgroundTask<T> task) {
        FxTask<T> fx = new FxTask<>(task);
        Runnable start = () -> {
            if (pool.isShutdown()) {
                // The app is closing: views still laying out may ask for work that nobody will see.
                LOG.debug("Ignoring task '{}' after shutdown", task.title());
                return;
            }
            running.add(fx.handle);
            task.running();
            try {
                pool.execute(fx);
            } catch (java.util.concurrent.RejectedExecutionException e) {
                running.remove(fx.handle);
                LOG.debug("Task '{}' rejected: the app is closing", task.title());
            }
        };
        if (Platform.isFxApplicationThread()) {
            start.run();
        } else {
            Platform.runLater(start);
        }
        return fx.handle;
    }

    @Override
    public ObservableList<TaskHandle> runningTasks() {
        return running;
    }

    @Override
    public void setDefaultFailureHandler(Consumer<Throwable> handler) {
        this.defaultFailureHandler = handler;
    }

    @Override
    public void shutdown() {
        pool.shutdownNow();
    }

    private final class FxTask<T> extends Task<T> {

        private final BackgroundTask<T> task;
        private final TaskHandle handle = new TaskHandle() {
            @Override
            public ReadOnlyStringProperty titleProperty() {
                return FxTask.this.titleProperty();
            }

            @Override
            public ReadOnlyDoubleProperty progressProperty() {
                return FxTask.this.progressProperty();
            }

            @Override
            public ReadOnlyStringProperty messageProperty() {
                return FxTask.this.messageProperty();
            }

            @Override
            public boolean isDone() {
                return FxTask.this.isDone();
            }

            @Override
            public void cancel() {
                FxTask.this.cancel(true);
            }

            @Override
            public boolean isCancelled() {
                return FxTask.this.isCancelled();
            }
        };

        FxTask(BackgroundTask<T> task) {
            this.task = task;
            updateTitle(task.title());
            setOnSucceeded(e -> end(() -> task.succeeded(getValue())));
            setOnCancelled(e -> end(task::cancelled));
            setOnFailed(e -> end(() -> {
                Throwable ex = getException();
                if (ex instanceof CancellationException) {
                    task.cancelled();
                } else if (!task.failed(ex)) {
                    defaultFailureHandler.accept(ex);
                }
            }));
        }

        private void end(Runnable outcome) {
            running.remove(handle);
            try {
                outcome.run();
            } finally {
                task.finished();
            }
        }

        @Override
        protected T call() throws Exception {
            return task.call(new TaskProgress() {
                @Override
                public void update(long done, long total) {
                    if (total < 0) {
                        updateProgress(-1, 1);
                    } else {
                        updateProgress(done, Math.max(total, 1));
                    }
                }

                @Override
                public void message(String text) {
                    updateMessage(text);
                }

                @Override
                public boolean isCancelled() {
                    return FxTask.this.isCancelled();
                }
            });
        }
    }
}
