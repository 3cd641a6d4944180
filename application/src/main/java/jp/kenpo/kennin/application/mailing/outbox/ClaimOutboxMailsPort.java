package jp.kenpo.kennin.application.mailing.outbox;

import java.time.Instant;
import java.util.List;

/** How the outbox worker takes mails and gives back the ones it did not try. */
public interface ClaimOutboxMailsPort {
    /**
     * Puts mails back in the queue that a worker took before {@code claimedBefore} and never
     * answered for (it crashed or was killed mid-run): they may go a second time, which is the one
     * duplicate the outbox allows. No attempt is used up.
     *
     * @return how many were put back
     */
    int putBackStuck(Instant claimedBefore);

    /**
     * Takes at most {@code limit} queued mails due at {@code now} of campaigns that are not paused,
     * oldest due first, marking them SENDING for {@code worker}: a mail is taken by one worker only,
     * however many run at once.
     */
    List<ClaimedMail> claimDue(String worker, Instant now, int limit);

    /** Puts taken mails back in the queue as they were, without using an attempt (they were not tried). */
    int putBack(List<OutboxClaim> claims);
}
