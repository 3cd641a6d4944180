package jp.kenpo.kennin.adapters.mail;

import java.nio.file.Path;
import java.time.Clock;
import jp.kenpo.kennin.application.mail.SendMailPort;
import jp.kenpo.kennin.application.mailing.MailDeliveryPort;

/**
 * The mail adapter's entry points for the wiring: Japanese mails, via SMTP or into an outbox
 * directory, sent at once ({@link SendMailPort}) or by the outbox worker ({@link MailDeliveryPort}).
 */
public final class MailAdapters {
    private MailAdapters() {
    }

    /** Sends through the SMTP server; gives up after 10 s of silence from it. */
    public static SendMailPort smtp(SmtpSettings settings, Clock clock) {
        return new SmtpMailSender(settings, composer(clock), SmtpMailSender.DEFAULT_TIMEOUT);
    }

    /** Writes each mail as an {@code .eml} file into {@code directory} (created when missing). */
    public static SendMailPort outbox(Path directory, Clock clock) {
        return new OutboxMailSender(directory, composer(clock), clock);
    }

    /**
     * Campaign mails from the outbox to the SMTP server, many over one connection per worker run;
     * gives up on a silent server after 10 s (the mail is tried again later).
     */
    public static MailDeliveryPort smtpDelivery(SmtpSettings settings, Clock clock) {
        return new SmtpDelivery(settings, composer(clock), SmtpMailSender.DEFAULT_TIMEOUT);
    }

    /** Campaign mails as {@code .eml} files in {@code directory}, one per outbox row (named by Message-ID). */
    public static MailDeliveryPort outboxDelivery(Path directory, Clock clock) {
        return new EmlDirectoryDelivery(directory, composer(clock));
    }

    private static MimeMailComposer composer(Clock clock) {
        return new MimeMailComposer(clock);
    }
}
