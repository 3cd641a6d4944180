package jp.kenpo.kennin.domain.throttle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The login-per-account limit: slow after 3 failures (5 s), lock after 10 within 30 minutes. */
class ThrottleTest {
    private static final Instant T = Instant.parse("2025-07-10T01:00:00Z");
    private final Throttle throttle = new Throttle(3, Duration.ofSeconds(5), 10, Duration.ofMinutes(30));

    private static FailureTally tally(int count, Instant oldest, Instant newest) {
        return new FailureTally(count, Optional.of(oldest), Optional.of(newest));
    }

    @Test
    void noFailuresNoWait() {
        assertThat(throttle.decide(FailureTally.none(), T)).isEqualTo(new ThrottleDecision.Allowed());
    }

    @Test
    void belowTheSlowLimitThereIsNoWait() {
        assertThat(throttle.decide(tally(2, T, T), T)).isEqualTo(new ThrottleDecision.Allowed());
    }

    @Test
    void fromTheThirdFailureEachTryWaitsFiveSecondsAfterTheLast() {
        assertThat(throttle.decide(tally(3, T, T), T.plusSeconds(4))).isEqualTo(new ThrottleDecision.SlowDown(T.plusSeconds(5)));
        assertThat(throttle.decide(tally(3, T, T), T.plusSeconds(5))).isEqualTo(new ThrottleDecision.Allowed());
    }

    @Test
    void fromTheTenthFailureTheKeyIsLockedUntilTheOldestLeavesTheWindow() {
        FailureTally ten = tally(10, T, T.plusSeconds(60));
        assertThat(throttle.decide(ten, T.plus(Duration.ofMinutes(29)))).isEqualTo(new ThrottleDecision.Locked(T.plus(Duration.ofMinutes(30))));
        assertThat(throttle.decide(ten, T.plus(Duration.ofMinutes(30)))).isEqualTo(new ThrottleDecision.Allowed());
    }

    @Test
    void aLockOutranksASlowDown() {
        assertThat(throttle.decide(tally(10, T, T), T.plusSeconds(1))).isInstanceOf(ThrottleDecision.Locked.class);
    }

    @Test
    void theWindowReachesBackThirtyMinutes() {
        assertThat(throttle.windowStart(T)).isEqualTo(T.minus(Duration.ofMinutes(30)));
    }

    @Test
    void aLockBeforeTheSlowDownIsNoThrottle() {
        assertThatThrownBy(() -> new Throttle(5, Duration.ofSeconds(1), 4, Duration.ofMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Throttle(1, Duration.ofSeconds(1), 1, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
