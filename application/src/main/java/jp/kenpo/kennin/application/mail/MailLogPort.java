package jp.kenpo.kennin.application.mail;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import jp.kenpo.kennin.domain.member.MemberId;

/**
 * Which mails went to which member and whether the mail server took them: what the help desk
 * needs when a member calls saying no code arrived. Never the body, the address or a code.
 */
public interface MailLogPort {
    void recordMail(MailLogEntry entry);

    /** The member's mails, newest first, at most {@code limit}. */
    List<MailLogEntry> mailsTo(MemberId member, int limit);

    enum Outcome {
        /** Handed to the mail server (or written to the outbox). */
        SENT,
        /** Refused by the mail server, or it could not be reached. */
        FAILED
    }

    record MailLogEntry(MemberId member, MailTemplate template, Instant at, Outcome outcome) {
        public MailLogEntry {
            Objects.requireNonNull(member);
            Objects.requireNonNull(template);
            Objects.requireNonNull(at);
            Objects.requireNonNull(outcome);
        }
    }
}
