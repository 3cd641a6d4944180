package jp.kenpo.kennin.adapters.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.kagkarlsson.scheduler.task.Execution;
import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FixedRateTest {
    private static final Instant T0 = Instant.parse("2026-12-01T00:00:00Z");
    private final FixedRate every5s = new FixedRate(Duration.ofSeconds(5));

    @Test
    void aShortRunIsFollowedFiveSecondsAfterItStarted() {
        assertThat(every5s.getNextExecutionTime(run(T0, T0.plusMillis(1200)))).isEqualTo(T0.plusSeconds(5));
    }

    @Test
    void aRunLongerThanThePeriodIsFollowedAtOnceWithoutCatchingUp() {
        assertThat(every5s.getNextExecutionTime(run(T0, T0.plusSeconds(12)))).isEqualTo(T0.plusSeconds(12));
    }

    @Test
    void theFirstRunIsNow() {
        assertThat(every5s.getInitialExecutionTime(T0)).isEqualTo(T0);
    }

    private static ExecutionComplete run(Instant started, Instant done) {
        Execution execution = new Execution(started, new TaskInstance<>(BackgroundJobs.OUTBOX, "recurring"), true, "node",
                null, null, 0, started, 1);
        return ExecutionComplete.success(execution, started, done);
    }
}
