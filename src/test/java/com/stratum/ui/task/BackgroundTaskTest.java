package com.stratum.ui.task;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

class BackgroundTaskTest {

    private final CurrentThreadTaskExecutor tasks = new CurrentThreadTaskExecutor();

    @Test
    void successRunsCallbacksInOrder() {
        List<String> events = new ArrayList<>();
        BackgroundTask.wrap(p -> {
                    events.add("work");
                    p.update(1, 2);
                    return 42;
                })
                .withTitle("t")
                .onRunning(() -> events.add("running"))
                .onSuccess(v -> events.add("success " + v))
                .onFailure(e -> events.add("failure"))
                .onFinished(() -> events.add("finished"))
                .executeWith(tasks);
        assertThat(events).containsExactly("running", "work", "success 42", "finished");
        assertThat(tasks.runningTasks()).isEmpty();
    }

    @Test
    void failureGoesToTheTaskHandlerOrElseTheDefault() {
        AtomicReference<Throwable> own = new AtomicReference<>();
        BackgroundTask.wrap(p -> {
            throw new IllegalStateException("boom");
        }).onFailure(own::set).executeWith(tasks);
        assertThat(own.get()).hasMessage("boom");

        AtomicReference<Throwable> fallback = new AtomicReference<>();
        tasks.setDefaultFailureHandler(fallback::set);
        BackgroundTask.wrap(p -> {
            throw new IllegalArgumentException("bad");
        }).executeWith(tasks);
        assertThat(fallback.get()).hasMessage("bad");
    }

    @Test
    void cancelledWorkEndsInOnCancelledNotOnSuccess() {
        List<String> events = new ArrayList<>();
        tasks.cancelNext();
        BackgroundTask.wrap(p -> {
                    int done = 0;
                    while (!p.isCancelled() && done < 1000) {
                        done++;
                    }
                    return done;
                })
                .onSuccess(v -> events.add("success"))
                .onCancelled(() -> events.add("cancelled"))
                .onFinished(() -> events.add("finished"))
                .executeWith(tasks);
        assertThat(events).containsExactly("cancelled", "finished");
    }
}
