package jp.kenpo.kennin.domain.throttle;

import java.time.Duration;
import java.time.Instant;

/**
 * Slows and then locks repeated failures on one key (an account, a member record, a client
 * address). From {@code slowAfter} failures in the window each further try must wait
 * {@code delay} after the last failure; from {@code lockAfter} failures the key is locked
 * until the oldest failure in the window leaves it.
 */
public record Throttle(int slowAfter, Duration delay, int lockAfter, Duration window) {
    public Throttle {
        if (slowAfter < 1 || lockAfter < slowAfter || delay.isNegative() || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("bad throttle");
        }
    }

    public Instant windowStart(Instant now) {
        return now.minus(window);
    }

    public ThrottleDecision decide(FailureTally tally, Instant now) {
        if (tally.count() >= lockAfter && tally.oldest().isPresent()) {
            Instant until = tally.oldest().get().plus(window);
            if (now.isBefore(until)) {
                return new ThrottleDecision.Locked(until);
            }
        }
        if (tally.count() >= slowAfter && tally.newest().isPresent()) {
            Instant retryAt = tally.newest().get().plus(delay);
            if (now.isBefore(retryAt)) {
                return new ThrottleDecision.SlowDown(retryAt);
            }
        }
        return new ThrottleDecision.Allowed();
    }
}
