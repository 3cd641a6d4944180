package jp.kenpo.kennin.application.mailing.outbox;

import java.time.Instant;
import java.util.Objects;

/**
 * A worker's hold on one outbox row: every outcome is written only while the row is still in
 * SENDING under this very claim, so a row put back as stuck and taken by another worker is never
 * overwritten by the first one's late answer.
 */
public record OutboxClaim(long outboxId, String worker, Instant claimedAt) {
    public OutboxClaim {
        Objects.requireNonNull(worker);
        Objects.requireNonNull(claimedAt);
    }
}
