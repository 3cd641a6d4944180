package jp.kenpo.kennin.adapters.mail;

import java.util.EnumMap;
import java.util.Map;
import jp.kenpo.kennin.domain.account.Language;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MailDateFormat;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;
import java.util.TimeZone;
import java.util.UUID;
import jp.kenpo.kennin.adapters.mail.MailRenderer.RenderedMail;
import jp.kenpo.kennin.application.mail.Mail;
import jp.kenpo.kennin.application.mailing.OutgoingMail;
import jp.kenpo.kennin.domain.member.EmailAddress;

/**
 * Turns a {@link Mail} into a complete MIME message, the same for the SMTP server and the outbox:
 * UTF-8 throughout, headers encoded per RFC 2047 so the message itself is 7-bit clean.
 */
final class MimeMailComposer {
    private static final String CHARSET = StandardCharsets.UTF_8.name();

    private final Map<Language, MailRenderer> renderers = new EnumMap<>(Language.class);
    private final Clock clock;

    /** Every language's texts, read once: each mail is written in its own {@link Mail#language()}. */
    MimeMailComposer(Clock clock) {
        for (Language language : Language.values()) {
            renderers.put(language, MailRenderer.forLocale(language.locale()));
        }
        this.clock = clock;
    }

    /** @throws IllegalArgumentException when the mail lacks a parameter its template needs */
    MimeMessage compose(Session session, Mail mail) throws MessagingException {
        RenderedMail rendered = renderers.get(mail.language()).render(mail.template(), mail.params());
        return build(session, mail.from(), mail.fromName(), mail.to(), rendered.subject(), rendered.body(), null);
    }

    /**
     * A campaign mail, already filled in by the application, under its own Message-ID: the same
     * for every attempt at one outbox row, so a mail that does go twice (after a crash) is one
     * message to the member's mail client, not two.
     */
    MimeMessage compose(Session session, OutgoingMail mail) throws MessagingException {
        return build(session, mail.from(), mail.fromName(), mail.to(), mail.subject(), mail.body(), mail.messageId());
    }

    private MimeMessage build(Session session, EmailAddress from, String fromName, EmailAddress to, String subject,
                              String body, String messageId) throws MessagingException {
        MimeMessage message = new SenderDomainMessage(session, domainOf(from), messageId);
        message.setFrom(sender(from, fromName));
        message.setRecipient(RecipientType.TO, new InternetAddress(to.value(), true));
        message.setSubject(subject, CHARSET);
        message.setHeader("Date", date());
        // RFC 3834: tells auto-responders (vacation replies) not to answer a send-only address.
        message.setHeader("Auto-Submitted", "auto-generated");
        // RFC 2045 wants text in canonical CRLF form before it is base64-encoded.
        message.setText(body.replace("\r\n", "\n").replace("\n", "\r\n"), CHARSET, "plain");
        message.saveChanges();
        return message;
    }

    /**
     * In the clock's zone (the insurer's, Asia/Tokyo) rather than the JVM's, which in a
     * container is usually UTC: some clients show the header as it is written.
     */
    private String date() {
        MailDateFormat format = new MailDateFormat();
        format.setTimeZone(TimeZone.getTimeZone(clock.getZone()));
        return format.format(Date.from(clock.instant()));
    }

    private static InternetAddress sender(EmailAddress from, String fromName) throws MessagingException {
        try {
            return new InternetAddress(from.value(), fromName.isBlank() ? null : fromName, CHARSET);
        } catch (UnsupportedEncodingException e) {
            throw new MessagingException("UTF-8 is not supported", e);
        }
    }

    private static String domainOf(EmailAddress sender) {
        String from = sender.value();
        return from.substring(from.lastIndexOf('@') + 1);
    }

    /**
     * Takes the Message-ID's right-hand side from the sender's domain. The default asks the JVM
     * for the local host name, which leaks the server's internal name and can stall on DNS. A
     * given Message-ID is kept: {@code saveChanges} would otherwise make a new one.
     */
    private static final class SenderDomainMessage extends MimeMessage {
        private final String domain;
        private final String messageId;

        SenderDomainMessage(Session session, String domain, String messageId) {
            super(session);
            this.domain = domain;
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId != null ? messageId : "<" + UUID.randomUUID() + "@" + domain + ">");
        }
    }
}
