package jp.kenpo.kennin.adapters.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;
import jp.kenpo.kennin.application.mailing.MailDeliveryPort;
import jp.kenpo.kennin.application.mailing.OutgoingMail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Campaign mails as {@code .eml} files when no mail server is configured (demo, development). The
 * file is named after the mail's Message-ID, so a mail written again after a crash replaces its
 * first copy instead of adding a second. A directory that cannot be written stops the run.
 */
final class EmlDirectoryDelivery implements MailDeliveryPort {
    private static final Logger log = LoggerFactory.getLogger(EmlDirectoryDelivery.class);

    private final Path directory;
    private final MimeMailComposer composer;
    private final Session session = Session.getInstance(new Properties());

    EmlDirectoryDelivery(Path directory, MimeMailComposer composer) {
        this.directory = directory;
        this.composer = composer;
    }

    @Override
    public DeliverySession open() {
        return new DeliverySession() {
            @Override
            public DeliveryResult deliver(OutgoingMail mail) {
                try {
                    MimeMessage message = composer.compose(session, mail);
                    write(message, fileName(mail));
                    return new DeliveryResult.Delivered();
                } catch (MessagingException | IOException e) {
                    String why = MailFailures.describe(mail, "into " + directory, e);
                    log.warn(why);
                    return new DeliveryResult.RetryLater(why, true);
                }
            }

            @Override
            public void close() {
                // nothing held open
            }
        };
    }

    static String fileName(OutgoingMail mail) {
        String id = mail.messageId().substring(1, mail.messageId().indexOf('@'));
        return "campaign-" + id.replaceAll("[^A-Za-z0-9._-]", "_") + ".eml";
    }

    /** Through a temporary file, so a reader of the directory never sees half a mail. */
    private void write(MimeMessage message, String fileName) throws IOException, MessagingException {
        Files.createDirectories(directory);
        Path temp = Files.createTempFile(directory, ".outbox-", ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                message.writeTo(out);
            }
            Files.move(temp, directory.resolve(fileName), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
