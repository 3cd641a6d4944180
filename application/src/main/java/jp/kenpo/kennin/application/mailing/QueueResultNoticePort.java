package jp.kenpo.kennin.application.mailing;

import java.time.Instant;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.member.MemberId;

/**
 * Queues a member's result notice in the outbox, in the transaction of the decision that completed
 * them: the year's result-notice campaign is made from the insurer's template the first time.
 */
public interface QueueResultNoticePort {
    /** @return false when the member's result notice for the year was queued before (by this or a racing decision) */
    boolean queueResultNotice(InsurerCode insurer, int fiscalYear, MemberId member, String results, Instant at);
}
