package jp.kenpo.kennin.application.security;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.kenpo.kennin.domain.throttle.FailureTally;
import jp.kenpo.kennin.domain.throttle.Throttle;
import jp.kenpo.kennin.domain.throttle.ThrottleDecision;

/** Applies several {@link Throttle}s, each to its own failure key, as one decision. */
public final class Throttling {
    private final FailureCounterPort counter;

    public Throttling(FailureCounterPort counter) {
        this.counter = counter;
    }

    /** One throttle applied to the failures recorded under one key. */
    public record Limit(String key, Throttle throttle) {
    }

    /** The most restrictive decision of all limits: a lock beats a slow-down, a later time beats an earlier one. */
    public ThrottleDecision decide(Instant now, List<Limit> limits) {
        ThrottleDecision strictest = new ThrottleDecision.Allowed();
        Map<String, Instant> windows = new LinkedHashMap<>();
        limits.forEach(limit -> windows.put(limit.key(), limit.throttle().windowStart(now)));
        // One statement for every key; two limits on one key would need two windows, so those ask one by one.
        Map<String, FailureTally> tallies = windows.size() == limits.size() ? counter.tallies(windows) : Map.of();
        for (Limit limit : limits) {
            FailureTally tally = tallies.isEmpty() ? counter.tally(limit.key(), limit.throttle().windowStart(now))
                    : tallies.get(limit.key());
            ThrottleDecision d = limit.throttle().decide(tally, now);
            if (rank(d) > rank(strictest) || (rank(d) == rank(strictest) && waitUntil(d).orElse(Instant.MIN)
                    .isAfter(waitUntil(strictest).orElse(Instant.MIN)))) {
                strictest = d;
            }
        }
        return strictest;
    }

    /**
     * For limits on asking rather than on failing: counts this request unless the limit is
     * already reached.
     *
     * @return when asking again will be admitted; empty when this request was admitted
     */
    public Optional<Instant> admitRequest(Instant now, Limit limit) {
        Optional<Instant> retryAt = waitUntil(decide(now, List.of(limit)));
        if (retryAt.isEmpty()) {
            counter.recordFailure(limit.key(), now);
        }
        return retryAt;
    }

    public void recordFailure(Instant at, List<String> keys) {
        keys.forEach(key -> counter.recordFailure(key, at));
    }

    public void reset(String key) {
        counter.reset(key);
    }

    /** When the next attempt may be made; empty when it may be made now. */
    public static Optional<Instant> waitUntil(ThrottleDecision decision) {
        if (decision instanceof ThrottleDecision.Locked locked) {
            return Optional.of(locked.until());
        }
        if (decision instanceof ThrottleDecision.SlowDown slow) {
            return Optional.of(slow.retryAt());
        }
        return Optional.empty();
    }

    private static int rank(ThrottleDecision decision) {
        if (decision instanceof ThrottleDecision.Locked) {
            return 2;
        }
        return decision instanceof ThrottleDecision.SlowDown ? 1 : 0;
    }
}
