package jp.kenpo.kennin.adapters.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import jp.kenpo.kennin.application.mailing.MailDeliveryPort;
import jp.kenpo.kennin.application.mailing.OutgoingMail;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Campaign mails to the SMTP server, many over one connection per session (the outbox worker's
 * run): connected on the first mail, connected again after the server dropped it. What the server
 * answered decides what the outbox does with the mail:
 * <ul>
 *   <li>no connection or no login: {@code RetryLater(serverDown)}, the run stops;</li>
 *   <li>the connection dropped mid-mail, or a 4xx answer: {@code RetryLater}, this mail later;</li>
 *   <li>a 5xx answer to RCPT TO or to the mail itself: {@code Undeliverable} with the reply;</li>
 *   <li>a 5xx answer to MAIL FROM refuses the sender, not the member: the server is as good as
 *       down for every mail, so {@code RetryLater(serverDown)} too.</li>
 * </ul>
 * Every failure is logged once, here, at WARN, with the scrubbed cause (masked address, no text).
 */
final class SmtpDelivery implements MailDeliveryPort {
    private static final Logger log = LoggerFactory.getLogger(SmtpDelivery.class);

    private final SmtpSettings settings;
    private final MimeMailComposer composer;
    private final Session session;
    private final String where;

    SmtpDelivery(SmtpSettings settings, MimeMailComposer composer, Duration timeout) {
        this.settings = settings;
        this.composer = composer;
        this.session = Session.getInstance(SmtpMailSender.properties(settings, timeout));
        this.where = "via " + settings.host() + ":" + settings.port();
    }

    @Override
    public DeliverySession open() {
        return new SmtpSession();
    }

    private final class SmtpSession implements DeliverySession {
        private Transport transport;

        @Override
        public DeliveryResult deliver(OutgoingMail mail) {
            MimeMessage message;
            try {
                message = composer.compose(session, mail);
            } catch (MessagingException | RuntimeException unusable) {
                // The address passed our checks but not Jakarta Mail's: no server will take it either.
                String why = MailFailures.describe(mail, "(not built)", unusable);
                log.warn(why);
                return new DeliveryResult.Undeliverable(why);
            }
            if (transport == null) {
                try {
                    Transport t = session.getTransport("smtp");
                    t.connect(settings.host(), settings.port(), settings.user(), settings.password());
                    transport = t;
                } catch (MessagingException e) {
                    String why = MailFailures.describe(mail, where, e);
                    log.warn(why);
                    return new DeliveryResult.RetryLater(why, true);
                }
            }
            try {
                transport.sendMessage(message, message.getAllRecipients());
                return new DeliveryResult.Delivered();
            } catch (MessagingException e) {
                return refused(mail, e);
            }
        }

        private DeliveryResult refused(OutgoingMail mail, MessagingException e) {
            String why = MailFailures.describe(mail, where, e);
            log.warn(why);
            Optional<Reply> reply = Reply.in(e);
            if (reply.isEmpty() || reply.get().code() == 421 || connectionLost(e)) {
                // Dropped mid-mail (or the server said it is closing): whatever the server kept of
                // this mail it did not accept; the next mail gets a new connection.
                drop();
                return new DeliveryResult.RetryLater(why, false);
            }
            if (reply.get().senderRefused()) {
                return new DeliveryResult.RetryLater(why, true);
            }
            if (reply.get().code() >= 500) {
                return new DeliveryResult.Undeliverable(MailFailures.reply(reply.get().text()));
            }
            return new DeliveryResult.RetryLater(why, false);
        }

        private boolean connectionLost(MessagingException e) {
            for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (t instanceof IOException) {
                    return true;
                }
            }
            return !transport.isConnected();
        }

        private void drop() {
            Transport t = transport;
            transport = null;
            if (t != null) {
                try {
                    t.close();
                } catch (MessagingException ignored) {
                    // already gone
                }
            }
        }

        @Override
        public void close() {
            Transport t = transport;
            transport = null;
            if (t != null) {
                try {
                    t.close();
                } catch (MessagingException e) {
                    // Every mail of the session has its answer already; a failed QUIT changes none of them.
                    log.warn("Closing the SMTP connection failed: {}", e.getMessage());
                }
            }
        }
    }

    /** The SMTP server's answer inside Jakarta Mail's exceptions, with the command it answered. */
    private record Reply(int code, String text, boolean senderRefused) {
        static Optional<Reply> in(MessagingException e) {
            for (Exception t = e; t != null; t = t instanceof MessagingException m ? m.getNextException() : null) {
                if (t instanceof SMTPAddressFailedException address) {
                    return Optional.of(new Reply(address.getReturnCode(), address.getMessage(), false));
                }
                if (t instanceof SMTPSendFailedException send && send.getReturnCode() > 0) {
                    String command = send.getCommand() == null ? "" : send.getCommand();
                    return Optional.of(new Reply(send.getReturnCode(), send.getMessage(), command.startsWith("MAIL")));
                }
            }
            return Optional.empty();
        }
    }
}
