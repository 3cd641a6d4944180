package jp.kenpo.kennin.adapters.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Properties;
import jp.kenpo.kennin.application.mail.Mail;
import jp.kenpo.kennin.application.mail.SendMailPort;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Hands each mail to the configured SMTP server on a connection of its own. */
final class SmtpMailSender implements SendMailPort {
    private static final Logger log = LoggerFactory.getLogger(SmtpMailSender.class);
    /** Mails are sent while a member waits for the page: a dead server must not hold the thread. */
    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    private final SmtpSettings settings;
    private final MimeMailComposer composer;
    private final Session session;

    SmtpMailSender(SmtpSettings settings, MimeMailComposer composer, Duration timeout) {
        this.settings = settings;
        this.composer = composer;
        this.session = Session.getInstance(properties(settings, timeout));
    }

    @Override
    public void send(Mail mail) {
        try {
            MimeMessage message = composer.compose(session, mail);
            Transport transport = session.getTransport("smtp");
            try {
                transport.connect(settings.host(), settings.port(), settings.user(), settings.password());
                transport.sendMessage(message, message.getAllRecipients());
            } finally {
                close(transport);
            }
        } catch (MessagingException e) {
            // The use cases answer the member and swallow this, so the operator's trace is logged here, once.
            // The body holds codes and links: only the envelope and the scrubbed cause are written.
            String why = MailFailures.describe(mail, "via " + settings.host() + ":" + settings.port(), e);
            log.warn(why);
            throw new MailNotSentException(why, e);
        }
    }

    /**
     * Once the server has accepted the message, a failed QUIT must not report the mail as not
     * sent: the caller would tell the member to try again and they would get it twice.
     */
    private static void close(Transport transport) {
        try {
            transport.close();
        } catch (MessagingException e) {
            log.warn("Closing the SMTP connection failed: {}", e.getMessage());
        }
    }

    static Properties properties(SmtpSettings settings, Duration timeout) {
        String millis = Long.toString(timeout.toMillis());
        Properties p = new Properties();
        p.setProperty("mail.smtp.host", settings.host());
        p.setProperty("mail.smtp.port", Integer.toString(settings.port()));
        p.setProperty("mail.smtp.connectiontimeout", millis);
        p.setProperty("mail.smtp.timeout", millis);
        p.setProperty("mail.smtp.writetimeout", millis);
        p.setProperty("mail.smtp.auth", Boolean.toString(settings.authenticates()));
        p.setProperty("mail.smtp.starttls.enable", Boolean.toString(settings.startTls()));
        // Without "required", a server (or someone in between) that hides STARTTLS would get
        // the password and the codes in clear text.
        p.setProperty("mail.smtp.starttls.required", Boolean.toString(settings.startTls()));
        // Encryption without checking whose certificate it is would not stop that man in the middle.
        p.setProperty("mail.smtp.ssl.checkserveridentity", "true");
        return p;
    }
}
