package jp.kenpo.kennin.adapters.persistence.helpdesk;

import static jp.kenpo.kennin.adapters.persistence.jooq.Tables.MAIL_LOG;

import java.util.List;
import jp.kenpo.kennin.application.mail.MailLogPort;
import jp.kenpo.kennin.application.mail.MailTemplate;
import jp.kenpo.kennin.domain.member.MemberId;
import org.jooq.DSLContext;

/** Append-only, like the audit log. */
public final class MailLogRepository implements MailLogPort {
    private final DSLContext dsl;

    public MailLogRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void recordMail(MailLogEntry entry) {
        dsl.insertInto(MAIL_LOG)
                .set(MAIL_LOG.MEMBER_ID, entry.member().value())
                .set(MAIL_LOG.TEMPLATE, entry.template().name())
                .set(MAIL_LOG.SENT_AT, entry.at())
                .set(MAIL_LOG.OUTCOME, entry.outcome().name())
                .execute();
    }

    @Override
    public List<MailLogEntry> mailsTo(MemberId member, int limit) {
        return dsl.selectFrom(MAIL_LOG)
                .where(MAIL_LOG.MEMBER_ID.eq(member.value()))
                .orderBy(MAIL_LOG.SENT_AT.desc(), MAIL_LOG.ID.desc())
                .limit(limit)
                .fetch(r -> new MailLogEntry(new MemberId(r.getMemberId()), MailTemplate.valueOf(r.getTemplate()),
                        r.getSentAt(), Outcome.valueOf(r.getOutcome())));
    }
}
