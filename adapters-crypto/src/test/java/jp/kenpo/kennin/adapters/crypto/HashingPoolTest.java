package jp.kenpo.kennin.adapters.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class HashingPoolTest {

    @Test
    void aSaturatedPoolRefusesAtOnceAndServesAgainAfterTheBurst() throws Exception {
        try (HashingPool pool = new HashingPool("test", 1, 1)) {
            CountDownLatch running = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            Future<String> busy = pool.submit(() -> {
                running.countDown();
                release.await();
                return "first";
            });
            assertThat(running.await(5, TimeUnit.SECONDS)).isTrue();
            Future<String> queued = pool.submit(() -> "second");

            assertThatThrownBy(() -> pool.call(() -> "third"))
                    .isInstanceOf(RejectedExecutionException.class)
                    .hasMessageContaining("try again");

            release.countDown();
            assertThat(busy.get(5, TimeUnit.SECONDS)).isEqualTo("first");
            assertThat(queued.get(5, TimeUnit.SECONDS)).isEqualTo("second");
            assertThat(pool.call(() -> "after the burst")).isEqualTo("after the burst");
        }
    }

    @Test
    void theWorksOwnExceptionComesBackUnwrapped() {
        try (HashingPool pool = new HashingPool("test", 1, 1)) {
            assertThatThrownBy(() -> pool.call(() -> {
                throw new IllegalArgumentException("bad input");
            })).isInstanceOf(IllegalArgumentException.class).hasMessage("bad input");
        }
    }
}
