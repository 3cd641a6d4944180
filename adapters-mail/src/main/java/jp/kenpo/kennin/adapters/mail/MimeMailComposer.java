package jp.kenpo.kennin.adapters.mail;

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

/**
 * Turns a {@link Mail} into a complete MIME message, the same for the SMTP server and the outbox:
 * UTF-8 throughout, headers encoded per RFC 2047 so the message itself is 7-bit clean.
 */
final class MimeMailComposer {
    private static final String CHARSET = StandardCharsets.UTF_8.name();

    private final MailRenderer renderer;
    private final Clock clock;

    MimeMailComposer(MailRenderer renderer, Clock clock) {
        this.renderer = renderer;
        this.clock = clock;
    }

    /** @throws IllegalArgumentException when the mail lacks a parameter its template needs */
    MimeMessage compose(Session session, Mail mail) throws MessagingException {
        RenderedMail rendered = renderer.render(mail.template(), mail.params());
        MimeMessage message = new SenderDomainMessage(session, domainOf(mail));
        message.setFrom(sender(mail));
        message.setRecipient(RecipientType.TO, new InternetAddress(mail.to().value(), true));
        message.setSubject(rendered.subject(), CHARSET);
        message.setHeader("Date", date());
        // RFC 3834: tells auto-responders (vacation replies) not to answer a send-only address.
        message.setHeader("Auto-Submitted", "auto-generated");
        // RFC 2045 wants text in canonical CRLF form before it is base64-encoded.
        message.setText(rendered.body().replace("\r\n", "\n").replace("\n", "\r\n"), CHARSET, "plain");
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

    private static InternetAddress sender(Mail mail) throws MessagingException {
        try {
            return new InternetAddress(mail.from().value(), mail.fromName().isBlank() ? null : mail.fromName(), CHARSET);
        } catch (UnsupportedEncodingException e) {
            throw new MessagingException("UTF-8 is not supported", e);
        }
    }

    private static String domainOf(Mail mail) {
        String from = mail.from().value();
        return from.substring(from.lastIndexOf('@') + 1);
    }

    /**
     * Takes the Message-ID's right-hand side from the sender's domain. The default asks the JVM
     * for the local host name, which leaks the server's internal name and can stall on DNS.
     */
    private static final class SenderDomainMessage extends MimeMessage {
        private final String domain;

        SenderDomainMessage(Session session, String domain) {
            super(session);
            this.domain = domain;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", "<" + UUID.randomUUID() + "@" + domain + ">");
        }
    }
}
