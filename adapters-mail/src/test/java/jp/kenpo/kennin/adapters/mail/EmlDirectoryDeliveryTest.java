package jp.kenpo.kennin.adapters.mail;

import static jp.kenpo.kennin.adapters.mail.MailFixtures.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.stream.Stream;
import jp.kenpo.kennin.application.mailing.MailDeliveryPort;
import jp.kenpo.kennin.application.mailing.MailDeliveryPort.DeliveryResult;
import jp.kenpo.kennin.application.mailing.MailDeliveryPort.DeliverySession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmlDirectoryDeliveryTest {
    @TempDir
    Path directory;

    @Test
    void eachOutboxRowIsOneFileNamedByItsMessageIdSoASecondAttemptReplacesTheFirst() throws Exception {
        MailDeliveryPort delivery = MailAdapters.outboxDelivery(directory, CLOCK);
        try (DeliverySession session = delivery.open()) {
            assertThat(session.deliver(SmtpDeliveryTest.mail(1, "taro@example.jp"))).isInstanceOf(DeliveryResult.Delivered.class);
            assertThat(session.deliver(SmtpDeliveryTest.mail(1, "taro@example.jp"))).isInstanceOf(DeliveryResult.Delivered.class);
            assertThat(session.deliver(SmtpDeliveryTest.mail(2, "hanako@example.jp"))).isInstanceOf(DeliveryResult.Delivered.class);
        }

        try (Stream<Path> files = Files.list(directory)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("campaign-kennin.7.1.eml", "campaign-kennin.7.2.eml");
        }
        try (InputStream in = Files.newInputStream(directory.resolve("campaign-kennin.7.1.eml"))) {
            MimeMessage m = new MimeMessage(Session.getInstance(new Properties()), in);
            assertThat(m.getMessageID()).isEqualTo("<kennin.7.1@kennin.example.jp>");
            assertThat((String) m.getContent()).contains("山田 太郎 様");
        }
    }

    @Test
    void aDirectoryThatCannotBeWrittenStopsTheRun() throws Exception {
        Path file = Files.writeString(directory.resolve("not-a-directory"), "x");
        try (DeliverySession session = MailAdapters.outboxDelivery(file, CLOCK).open()) {
            assertThat(session.deliver(SmtpDeliveryTest.mail(1, "taro@example.jp")))
                    .isInstanceOfSatisfying(DeliveryResult.RetryLater.class, r -> assertThat(r.serverDown()).isTrue());
        }
    }
}
