package com.stratum.ui.charts;

import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** A fast drag: twenty requests while the first is still computing; only the latest is delivered. */
@ExtendWith(ApplicationExtension.class)
class FxLatestRunnerTest {

    @Start
    void start(Stage stage) {
        // the FX toolkit is all this test needs
    }

    @Test
    void aFastDragNeverQueuesStaleWorkAndOnlyTheLatestResultArrives() throws Exception {
        LatestRunner runner = LatestRunner.background("test");
        CountDownLatch hold = new CountDownLatch(1);
        List<Integer> started = new CopyOnWriteArrayList<>();
        List<Integer> delivered = new CopyOnWriteArrayList<>();
        WaitForAsyncUtils.asyncFx(() -> {
            for (int i = 1; i <= 20; i++) {
                int position = i;
                runner.submit(() -> {
                    started.add(position);
                    hold.await(10, TimeUnit.SECONDS); // every evaluation is slow until released
                    return position;
                }, delivered::add, e -> { });
            }
        }).get(10, TimeUnit.SECONDS);
        hold.countDown();
        // generous: the shared preview pool may still finish another test's work on a loaded machine
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !delivered.isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        // each of the two pool threads may start one request that was still the latest when the thread
        // took it (request 1, and any k < 20 a free thread took before k + 1 came: a CI run saw 1 and 9),
        // then blocks on it; every other request was cancelled while queued and never ran. So at most
        // three ran in all, the latest among them, and only its result is delivered.
        assertThat(delivered).containsExactly(20);
        assertThat(started).contains(20);
        assertThat(started).hasSizeLessThanOrEqualTo(3);
        assertThat(started).doesNotHaveDuplicates();
    }
}
