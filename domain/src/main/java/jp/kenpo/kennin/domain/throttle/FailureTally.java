package jp.kenpo.kennin.domain.throttle;

import java.time.Instant;
import java.util.Optional;

/** Failures recorded under one key within a window: how many, the oldest and the newest. */
public record FailureTally(int count, Optional<Instant> oldest, Optional<Instant> newest) {
    public static FailureTally none() {
        return new FailureTally(0, Optional.empty(), Optional.empty());
    }
}
