package jp.kenpo.kennin.application.mailing;

import java.util.Objects;
import java.util.Optional;
import jp.kenpo.kennin.domain.member.EmailAddress;
import jp.kenpo.kennin.domain.member.MemberId;

/**
 * A campaign mail (or its test) ready to hand to the server: text already filled in, and a
 * Message-ID fixed by the caller so that the same outbox row always carries the same one.
 */
public record OutgoingMail(EmailAddress from, String fromName, EmailAddress to, String subject, String body,
                           String messageId, Optional<MemberId> member) {
    public OutgoingMail {
        Objects.requireNonNull(from);
        Objects.requireNonNull(to);
        Objects.requireNonNull(subject);
        Objects.requireNonNull(body);
        Objects.requireNonNull(messageId);
        Objects.requireNonNull(member);
        fromName = fromName == null ? "" : fromName;
        if (subject.indexOf('\n') >= 0 || subject.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("subject with a line break");
        }
        if (!messageId.matches("<[A-Za-z0-9._\\-]+@[A-Za-z0-9.\\-]+>")) {
            throw new IllegalArgumentException("bad Message-ID " + messageId);
        }
    }

    /** {@code <kennin.<campaign>.<member>@<sender's domain>>}: the same for every attempt at one outbox row. */
    public static String outboxMessageId(CampaignId campaign, MemberId member, EmailAddress sender) {
        String from = sender.value();
        return "<kennin." + campaign.value() + "." + member.value() + "@" + from.substring(from.lastIndexOf('@') + 1) + ">";
    }
}
