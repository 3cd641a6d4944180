package jp.kenpo.kennin.application.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import jp.kenpo.kennin.application.fakes.InMemoryFailureCounter;
import jp.kenpo.kennin.domain.throttle.Throttle;
import jp.kenpo.kennin.domain.throttle.ThrottleDecision;
import org.junit.jupiter.api.Test;

class ThrottlingTest {
    private static final Instant T = Instant.parse("2025-07-10T01:00:00Z");
    private static final Throttle SLOW_AFTER_ONE = new Throttle(1, Duration.ofSeconds(5), 3, Duration.ofMinutes(30));
    private static final Throttle SLOW_AFTER_ONE_LONGER = new Throttle(1, Duration.ofSeconds(9), 3, Duration.ofMinutes(30));
    private final InMemoryFailureCounter counter = new InMemoryFailureCounter();
    private final Throttling throttling = new Throttling(counter);

    @Test
    void aLockedKeyOutranksASlowedOne() {
        throttling.recordFailure(T, List.of("a", "b", "b", "b"));

        ThrottleDecision decision = throttling.decide(T, List.of(new Throttling.Limit("a", SLOW_AFTER_ONE),
                new Throttling.Limit("b", SLOW_AFTER_ONE)));

        assertThat(decision).isEqualTo(new ThrottleDecision.Locked(T.plus(Duration.ofMinutes(30))));
    }

    @Test
    void ofTwoSlowDownsTheLongerWaitWins() {
        throttling.recordFailure(T, List.of("a", "b"));

        assertThat(throttling.decide(T, List.of(new Throttling.Limit("a", SLOW_AFTER_ONE),
                new Throttling.Limit("b", SLOW_AFTER_ONE_LONGER)))).isEqualTo(new ThrottleDecision.SlowDown(T.plusSeconds(9)));
        assertThat(throttling.decide(T, List.of(new Throttling.Limit("b", SLOW_AFTER_ONE_LONGER),
                new Throttling.Limit("a", SLOW_AFTER_ONE)))).isEqualTo(new ThrottleDecision.SlowDown(T.plusSeconds(9)));
    }

    @Test
    void refusedRequestsAreNotCountedSoTheLimitEndsOnTime() {
        Throttle threePerHour = new Throttle(3, Duration.ZERO, 3, Duration.ofHours(1));
        Throttling.Limit limit = new Throttling.Limit("ask", threePerHour);
        for (int i = 0; i < 3; i++) {
            assertThat(throttling.admitRequest(T, limit)).isEmpty();
        }

        assertThat(throttling.admitRequest(T.plusSeconds(10), limit)).contains(T.plus(Duration.ofHours(1)));
        assertThat(counter.count("ask")).isEqualTo(3);
    }
}
