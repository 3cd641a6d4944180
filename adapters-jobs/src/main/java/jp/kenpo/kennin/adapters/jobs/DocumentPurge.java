package jp.kenpo.kennin.adapters.jobs;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import jp.kenpo.kennin.application.retention.PurgeExpiredDocumentsUseCase;

/**
 * The document retention job, when a retention is set: every {@code every} one node runs the purge
 * in rounds of {@code perRound} documents until nothing is due, the store fails, or {@code budget}
 * has passed (the rest waits for the next run, so a stop is never held up for long).
 *
 * @param clock the runner's clock (Tokyo in production): the use case is told the time, it never reads one
 */
public record DocumentPurge(PurgeExpiredDocumentsUseCase useCase, Clock clock, Duration every, Duration budget, int batchSize,
                            int perRound) {
    public DocumentPurge {
        Objects.requireNonNull(useCase);
        Objects.requireNonNull(clock);
        Objects.requireNonNull(every);
        Objects.requireNonNull(budget);
        if (batchSize < 1 || perRound < batchSize) {
            throw new IllegalArgumentException("a round holds at least one batch");
        }
    }

    /** Hourly, batches of 100 (one update and one audit line each), rounds of 1,000, at most five minutes a run. */
    public static DocumentPurge standard(PurgeExpiredDocumentsUseCase useCase, Clock clock) {
        return new DocumentPurge(useCase, clock, Duration.ofHours(1), Duration.ofMinutes(5), 100, 1000);
    }

    public DocumentPurge every(Duration interval) {
        return new DocumentPurge(useCase, clock, interval, budget, batchSize, perRound);
    }
}
