package jp.kenpo.kennin.adapters.mail;

import static jp.kenpo.kennin.adapters.mail.MailFixtures.CLOCK;
import static jp.kenpo.kennin.adapters.mail.MailFixtures.CODE;
import static jp.kenpo.kennin.adapters.mail.MailFixtures.MEMBER;
import static jp.kenpo.kennin.adapters.mail.MailFixtures.RESET_LINK;
import static jp.kenpo.kennin.adapters.mail.MailFixtures.mail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.MessagingException;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import jp.kenpo.kennin.application.mail.MailTemplate;
import jp.kenpo.kennin.application.mail.SendMailPort;
import jp.kenpo.kennin.application.mail.SendMailPort.MailNotSentException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The use cases swallow a refused mail (they tell the member instead), so the adapter's own log line is
 * the operator's only trace: it must name where and why (host, SMTP reply or exception), and must never
 * carry the code, the link or the member's full address. slf4j-simple writes to the current System.err.
 */
class MailLogsShowTheCauseButNeitherCodeNorAddressTest {
    @RegisterExtension
    static final GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("kennin-smtp", "s3cret-Pw"));

    private final ByteArrayOutputStream captured = new ByteArrayOutputStream();
    private PrintStream originalErr;

    @BeforeEach
    void captureTheLog() {
        originalErr = System.err;
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setErr(originalErr);
    }

    private String log() {
        return captured.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aServerThatRefusesTheConnectionIsLoggedWithHostAndCause() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        SendMailPort sender = MailAdapters.smtp(new SmtpSettings("127.0.0.1", closedPort, null, null, false), CLOCK);

        assertThatThrownBy(() -> sender.send(mail(MailTemplate.REGISTRATION_CODE))).isInstanceOf(MailNotSentException.class);

        assertThat(log()).contains("WARN", "REGISTRATION_CODE", "127.0.0.1:" + closedPort, "Connection refused", MEMBER.masked())
                .doesNotContain(CODE).doesNotContain(MEMBER.value());
    }

    /**
     * As a new installation meets it: a local mail server without STARTTLS and the default
     * {@code KENNIN_SMTP_STARTTLS=true}. The member only reads that the mail could not be sent; the
     * operator's log must say the server does not offer STARTTLS, and where.
     */
    @Test
    void aServerWithoutStartTlsWhileItIsRequiredIsLoggedAsSuch() {
        SendMailPort sender = MailAdapters.smtp(new SmtpSettings("127.0.0.1", greenMail.getSmtp().getPort(), null, null, true),
                CLOCK);

        assertThatThrownBy(() -> sender.send(mail(MailTemplate.REGISTRATION_CODE))).isInstanceOf(MailNotSentException.class);

        assertThat(log()).contains("WARN", "REGISTRATION_CODE", "127.0.0.1:" + greenMail.getSmtp().getPort(), "STARTTLS")
                .doesNotContain(CODE).doesNotContain(MEMBER.value());
        assertThat(greenMail.getReceivedMessages()).isEmpty();
    }

    @Test
    void aRefusedLoginIsLoggedWithTheServersReply() {
        SendMailPort sender = MailAdapters.smtp(
                new SmtpSettings("127.0.0.1", greenMail.getSmtp().getPort(), "kennin-smtp", "wrong", false), CLOCK);

        assertThatThrownBy(() -> sender.send(mail(MailTemplate.PASSWORD_RESET_LINK))).isInstanceOf(MailNotSentException.class);

        assertThat(log()).contains("WARN", "PASSWORD_RESET_LINK", "535").doesNotContain(RESET_LINK).doesNotContain("token=")
                .doesNotContain(MEMBER.value());
    }

    @Test
    void aReplyThatEchoesTheAddressOrACodeIsMaskedBeforeItIsWritten() {
        MessagingException refused = new MessagingException("550 5.1.1 <" + MEMBER.value() + ">: Recipient address rejected",
                new MessagingException("DATA said: your code " + CODE + " and " + RESET_LINK));

        String line = MailFailures.describe(mail(MailTemplate.REGISTRATION_CODE), "via smtp.example.jp:587", refused);

        assertThat(line).contains("REGISTRATION_CODE", "via smtp.example.jp:587", "550 5.1.1", MEMBER.masked(), "MessagingException")
                .doesNotContain(MEMBER.value()).doesNotContain(CODE);
    }

    @Test
    void theOutboxLogsWhereTheMailWentWithAMaskedAddress(@TempDir Path outbox) {
        MailAdapters.outbox(outbox, CLOCK).send(mail(MailTemplate.REGISTRATION_CODE));

        assertThat(log()).contains("INFO", "REGISTRATION_CODE", MEMBER.masked(), outbox.toString())
                .doesNotContain(MEMBER.value()).doesNotContain(CODE);
    }
}
