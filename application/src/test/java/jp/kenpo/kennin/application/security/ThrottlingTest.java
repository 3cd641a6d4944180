package jp.kenpo.kennin.application.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.kenpo.kennin.domain.throttle.FailureTally;
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

    @Test
    void aLoginsTwoKeysAreTalliedInOneCallToTheCounter() {
        List<String> calls = new ArrayList<>();
        Throttling counted = new Throttling(new FailureCounterPort() {
            @Override
            public void recordFailure(String key, Instant at) {
                counter.recordFailure(key, at);
            }

            @Override
            public FailureTally tally(String key, Instant since) {
                calls.add("tally " + key);
                return counter.tally(key, since);
            }

            @Override
            public Map<String, FailureTally> tallies(Map<String, Instant> sinceByKey) {
                calls.add("tallies " + sinceByKey.keySet());
                return FailureCounterPort.super.tallies(sinceByKey);
            }

            @Override
            public void reset(String key) {
                counter.reset(key);
            }
        });
        counted.recordFailure(T, List.of("b"));

        ThrottleDecision decision = counted.decide(T, List.of(new Throttling.Limit("a", SLOW_AFTER_ONE),
                new Throttling.Limit("b", SLOW_AFTER_ONE_LONGER)));

        assertThat(decision).isEqualTo(new ThrottleDecision.SlowDown(T.plusSeconds(9)));
        assertThat(calls).containsExactly("tallies [a, b]", "tally a", "tally b");
    }

    @Test
    void twoLimitsOnOneKeyEachCountOnlyTheirOwnWindow() {
        Throttle lockAfterTwoInAMinute = new Throttle(2, Duration.ZERO, 2, Duration.ofMinutes(1));
        Throttle lockAfterFiveInADay = new Throttle(5, Duration.ZERO, 5, Duration.ofDays(1));
        throttling.recordFailure(T.minus(Duration.ofHours(2)), List.of("k"));
        throttling.recordFailure(T, List.of("k"));

        assertThat(throttling.decide(T, List.of(new Throttling.Limit("k", lockAfterTwoInAMinute),
                new Throttling.Limit("k", lockAfterFiveInADay)))).isEqualTo(new ThrottleDecision.Allowed());
    }
}
