package jp.kenpo.kennin.bootstrap.background;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class AfterAnswerPoolTest {

    @Test
    void theCallerDoesNotWaitAndAFullQueueRefusesAtOnce() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch started = new CountDownLatch(1);
        AtomicInteger done = new AtomicInteger();
        try (AfterAnswerPool pool = new AfterAnswerPool(1, 1, Duration.ofSeconds(5))) {
            pool.runAfterAnswer(() -> {
                started.countDown();
                await(release);
                done.incrementAndGet();
            });
            assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
            pool.runAfterAnswer(done::incrementAndGet);

            assertThatThrownBy(() -> pool.runAfterAnswer(done::incrementAndGet)).isInstanceOf(RejectedExecutionException.class);
            assertThat(done).hasValue(0);
            release.countDown();
        }
        assertThat(done).as("queued work finishes at shutdown").hasValue(2);
    }

    @Test
    void aFailingTaskDoesNotStopTheNext() throws InterruptedException {
        CountDownLatch ran = new CountDownLatch(1);
        try (AfterAnswerPool pool = new AfterAnswerPool(1, 10, Duration.ofSeconds(5))) {
            pool.runAfterAnswer(() -> {
                throw new IllegalStateException("expected by the test");
            });
            pool.runAfterAnswer(ran::countDown);
            assertThat(ran.await(5, TimeUnit.SECONDS)).isTrue();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
