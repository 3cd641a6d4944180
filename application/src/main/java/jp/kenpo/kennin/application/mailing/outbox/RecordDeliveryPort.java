package jp.kenpo.kennin.application.mailing.outbox;

import java.time.Instant;
import jp.kenpo.kennin.domain.member.EmailAddress;

/**
 * Records what became of a taken mail. Each write happens only while the row is still held by
 * the claim (SENDING, same worker, same claim time) and answers false otherwise.
 */
public interface RecordDeliveryPort {
    /** SENT: never sent again. */
    boolean markSent(OutboxClaim claim, EmailAddress sentTo, Instant at);

    /** QUEUED again, due at {@code nextAttemptAt}, with one more attempt used. */
    boolean markRetry(OutboxClaim claim, Instant nextAttemptAt, String cause);

    /** FAILED after the last attempt the retry schedule allows, with one more attempt used. */
    boolean markFailed(OutboxClaim claim, String cause, Instant at);

    /**
     * UNDELIVERABLE, and the address recorded as refused for the member's insurer, so the next
     * campaigns leave the member to letters until their address changes.
     */
    boolean markUndeliverable(OutboxClaim claim, EmailAddress address, String reply, Instant at);
}
