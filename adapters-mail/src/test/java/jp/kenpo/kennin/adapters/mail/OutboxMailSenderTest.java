package jp.kenpo.kennin.adapters.mail;

import static jp.kenpo.kennin.adapters.mail.ComposedMailAssertions.assertComposedFrom;
import static jp.kenpo.kennin.adapters.mail.MailFixtures.CLOCK;
import static jp.kenpo.kennin.adapters.mail.MailFixtures.CODE;
import static jp.kenpo.kennin.adapters.mail.MailFixtures.mail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import jp.kenpo.kennin.application.mail.Mail;
import jp.kenpo.kennin.application.mail.MailTemplate;
import jp.kenpo.kennin.application.mail.SendMailPort;
import jp.kenpo.kennin.application.mail.SendMailPort.MailNotSentException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class OutboxMailSenderTest {
    @TempDir
    Path dataDir;

    @ParameterizedTest
    @EnumSource(value = MailTemplate.class, mode = EnumSource.Mode.MATCH_NONE, names = "CAMPAIGN_.*")
    void eachMailBecomesAnEmlFileThatParsesBackToTheSameMail(MailTemplate template) throws Exception {
        Path outbox = dataDir.resolve("outbox");
        Mail mail = mail(template);

        MailAdapters.outbox(outbox, CLOCK).send(mail);

        Path file = onlyFile(outbox);
        // 2026-07-01T01:02:03Z is 10:02:03 in Tokyo, the clock's zone.
        assertThat(file.getFileName().toString()).matches("20260701-100203000-" + template + "-[0-9a-f]{8}\\.eml");
        assertComposedFrom(parse(file), mail);
    }

    @Test
    void codeIsInTheFileForTheDemo() throws Exception {
        MailAdapters.outbox(dataDir, CLOCK).send(mail(MailTemplate.REGISTRATION_CODE));

        assertThat((String) parse(onlyFile(dataDir)).getContent()).contains("認証コード：" + CODE);
    }

    @Test
    void mailsInTheSameMillisecondGetFilesOfTheirOwn() throws Exception {
        SendMailPort outbox = MailAdapters.outbox(dataDir, CLOCK);

        outbox.send(mail(MailTemplate.REGISTRATION_CODE));
        outbox.send(mail(MailTemplate.REGISTRATION_CODE));

        assertThat(files(dataDir)).hasSize(2).allSatisfy(f -> assertThat(f.toString()).endsWith(".eml"));
    }

    @Test
    void fileIsReadableByItsOwnerOnly() throws Exception {
        assumeThat(FileSystems.getDefault().supportedFileAttributeViews()).contains("posix");

        MailAdapters.outbox(dataDir, CLOCK).send(mail(MailTemplate.PASSWORD_RESET_LINK));

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(onlyFile(dataDir)))).isEqualTo("rw-------");
    }

    @Test
    void outboxThatCannotBeCreatedIsReportedAsNotSentWithoutTheBody() throws Exception {
        Path notADirectory = Files.writeString(dataDir.resolve("outbox"), "a file where the outbox should be");
        SendMailPort outbox = MailAdapters.outbox(notADirectory, CLOCK);

        assertThatThrownBy(() -> outbox.send(mail(MailTemplate.REGISTRATION_CODE)))
                .isInstanceOf(MailNotSentException.class)
                .hasMessageContaining("REGISTRATION_CODE")
                .hasMessageNotContaining(CODE);
    }

    private static Path onlyFile(Path directory) throws Exception {
        List<Path> files = files(directory);
        assertThat(files).as("one mail, no temporary file left behind").hasSize(1);
        return files.get(0);
    }

    private static List<Path> files(Path directory) throws Exception {
        try (Stream<Path> files = Files.list(directory)) {
            return files.toList();
        }
    }

    private static MimeMessage parse(Path eml) throws Exception {
        try (InputStream in = Files.newInputStream(eml)) {
            return new MimeMessage(Session.getInstance(new Properties()), in);
        }
    }
}
