package jp.kenpo.kennin.domain.mailing;

import java.time.Duration;
import java.util.Optional;

/**
 * When to try a mail again after the server could not be reached or answered 4xx: twice as long
 * after each attempt, from {@code first} up to {@code longest}, and no more after {@code maxAttempts}.
 */
public record RetrySchedule(Duration first, Duration longest, int maxAttempts) {
    public RetrySchedule {
        if (first.isNegative() || first.isZero() || longest.compareTo(first) < 0 || maxAttempts < 1) {
            throw new IllegalArgumentException("bad retry schedule");
        }
    }

    /** 1 min, 2, 4, ... up to an hour, 12 attempts: a mail server down for about half a day is ridden out. */
    public static RetrySchedule standard() {
        return new RetrySchedule(Duration.ofMinutes(1), Duration.ofHours(1), 12);
    }

    /**
     * How long to wait after the {@code attempts}-th failed attempt (1 for the first), or empty
     * when that was the last one allowed: the mail is then {@link DeliveryState#FAILED}.
     */
    public Optional<Duration> delayAfter(int attempts) {
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts start at 1");
        }
        if (attempts >= maxAttempts) {
            return Optional.empty();
        }
        Duration delay = first;
        for (int i = 1; i < attempts && delay.compareTo(longest) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return Optional.of(delay.compareTo(longest) > 0 ? longest : delay);
    }
}
