package jp.kenpo.kennin.adapters.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;
import jp.kenpo.kennin.application.mail.Mail;
import jp.kenpo.kennin.application.mail.SendMailPort;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stands in for a mail server when none is configured (demo, development): each mail becomes an
 * {@code .eml} file that any mail client opens, named so that a listing sorts by time.
 */
final class OutboxMailSender implements SendMailPort {
    private static final Logger log = LoggerFactory.getLogger(OutboxMailSender.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMdd-HHmmssSSS");

    private final Path directory;
    private final MimeMailComposer composer;
    private final Clock clock;
    private final Session session = Session.getInstance(new Properties());

    OutboxMailSender(Path directory, MimeMailComposer composer, Clock clock) {
        this.directory = directory;
        this.composer = composer;
        this.clock = clock;
    }

    @Override
    public void send(Mail mail) {
        try {
            MimeMessage message = composer.compose(session, mail);
            Path file = write(message, fileName(mail));
            // The path, not the content: the body holds the code, and whoever runs the demo can open the file.
            // The address masked: INFO logs are read and kept more widely than the outbox itself.
            log.info("Mail {} to {} written to {}", mail.template(), mail.to().masked(), file);
        } catch (MessagingException | IOException e) {
            String why = MailFailures.describe(mail, "into " + directory, e);
            log.warn(why);
            throw new MailNotSentException(why, e);
        }
    }

    /** Through a temporary file, so a reader of the outbox never sees half a mail. */
    private Path write(MimeMessage message, String fileName) throws IOException, MessagingException {
        Files.createDirectories(directory);
        Path target = directory.resolve(fileName).toAbsolutePath();
        // createTempFile makes the file readable by its owner only, which the move keeps.
        Path temp = Files.createTempFile(directory, ".outbox-", ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                message.writeTo(out);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
        return target;
    }

    private String fileName(Mail mail) {
        String random = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
        return STAMP.format(clock.instant().atZone(clock.getZone())) + "-" + mail.template() + "-" + random + ".eml";
    }
}
