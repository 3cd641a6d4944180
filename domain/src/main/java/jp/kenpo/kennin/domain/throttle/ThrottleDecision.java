package jp.kenpo.kennin.domain.throttle;

import java.time.Instant;

/** Whether another attempt at a guessable secret may be made now. */
public sealed interface ThrottleDecision {
    record Allowed() implements ThrottleDecision {
    }

    /** Too many recent failures: wait until {@code retryAt} before the next try. */
    record SlowDown(Instant retryAt) implements ThrottleDecision {
    }

    /** Locked until {@code until}. */
    record Locked(Instant until) implements ThrottleDecision {
    }
}
