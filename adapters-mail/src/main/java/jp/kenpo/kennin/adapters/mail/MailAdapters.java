package jp.kenpo.kennin.adapters.mail;

import java.nio.file.Path;
import java.time.Clock;
import jp.kenpo.kennin.application.mail.SendMailPort;

/** The mail adapter's entry points for the wiring: Japanese mails, via SMTP or into an outbox. */
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

    private static MimeMailComposer composer(Clock clock) {
        return new MimeMailComposer(MailRenderer.japanese(), clock);
    }
}
