package com.stratum.ui.task;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.concurrent.CancellationException;
import java.util.function.Consumer;

/**
 * Runs every task at once on the calling thread: for plain JUnit tests of view models (no FX
 * toolkit needed). {@link #cancelNext()} lets a test exercise the cancel path.
 */
public final class CurrentThreadTaskExecutor implements TaskExecutor {

    private final ObservableList<TaskHandle> running = FXCollections.observableArrayList();
    private Consumer<Throwable> defaultFailureHandler = t -> {
        throw new IllegalStateException("Unhandled task failure", t);
    };
    private boolean cancelNext;
    private int executed;

    /** The next task sees {@code isCancelled() == true} from its start. */
    public void cancelNext() {
        cancelNext = true;
    }

    /** How many tasks ran. */
    public int executedCount() {
        return executed;
    }

    @Override
    public <T> TaskHandle execute(BackgroundTask<T> task) {
        executed++;
        Handle h = new Handle(task.title());
        h.cancelled = cancelNext;
        cancelNext = false;
        running.add(h);
        task.running();
        try {
            T result = task.call(h.progress());
            running.remove(h);
            if (h.cancelled) {
                task.cancelled();
            } else {
                task.succeeded(result);
            }
        } catch (CancellationException e) {
            running.remove(h);
            task.cancelled();
        } catch (Exception e) {
            running.remove(h);
            if (!task.failed(e)) {
                defaultFailureHandler.accept(e);
            }
        } finally {
            h.done = true;
            task.finished();
        }
        return h;
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
    }

    private static final class Handle implements TaskHandle {
        private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper();
        private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
        private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
        private volatile boolean cancelled;
        private boolean done;

        Handle(String title) {
            this.title.set(title);
        }

        TaskProgress progress() {
            return new TaskProgress() {
                @Override
                public void update(long done, long total) {
                    progress.set(total <= 0 ? -1 : (double) done / total);
                }

                @Override
                public void message(String text) {
                    message.set(text);
                }

                @Override
                public boolean isCancelled() {
                    return cancelled;
                }
            };
        }

        @Override
        public ReadOnlyStringProperty titleProperty() {
            return title.getReadOnlyProperty();
        }

        @Override
        public ReadOnlyDoubleProperty progressProperty() {
            return progress.getReadOnlyProperty();
        }

        @Override
        public ReadOnlyStringProperty messageProperty() {
            return message.getReadOnlyProperty();
        }

        @Override
        public boolean isDone() {
            return done;
        }

        @Override
        public void cancel() {
            cancelled = true;
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }
    }
}
