package jp.kenpo.kennin.application.fakes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import jp.kenpo.kennin.application.mailing.QueueResultNoticePort;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.member.MemberId;

/**
 * The outbox's result notices as the database keeps them: one per member and year (the outbox
 * row's key), a second one refused. What the worker later mails is the outbox's business.
 */
public final class InMemoryResultNotices implements QueueResultNoticePort {
    /** One queued notice. */
    public record Notice(InsurerCode insurer, int fiscalYear, MemberId member, String results, Instant at) {
    }

    private final List<Notice> queued = new ArrayList<>();

    @Override
    public synchronized boolean queueResultNotice(InsurerCode insurer, int fiscalYear, MemberId member, String results,
                                                  Instant at) {
        if (queued.stream().anyMatch(n -> n.insurer().equals(insurer) && n.fiscalYear() == fiscalYear
                && n.member().equals(member))) {
            return false;
        }
        queued.add(new Notice(insurer, fiscalYear, member, results, at));
        return true;
    }

    public synchronized List<Notice> queued() {
        return List.copyOf(queued);
    }
}
