package jp.kenpo.kennin.adapters.mail;

import static jp.kenpo.kennin.adapters.mail.ComposedMailAssertions.assertComposedFrom;
import static jp.kenpo.kennin.adapters.mail.MailFixtures.CLOCK;
import static jp.kenpo.kennin.adapters.mail.MailFixtures.CODE;
import static jp.kenpo.kennin.adapters.mail.MailFixtures.mail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import jp.kenpo.kennin.application.mail.Mail;
import jp.kenpo.kennin.application.mail.MailTemplate;
import jp.kenpo.kennin.application.mail.SendMailPort;
import jp.kenpo.kennin.application.mail.SendMailPort.MailNotSentException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SmtpMailSenderTest {
    private static final String SMTP_USER = "kennin-smtp";
    private static final String SMTP_PASSWORD = "s3cret-Pw";

    @RegisterExtension
    static final GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withUser(SMTP_USER, SMTP_PASSWORD));

    @ParameterizedTest
    @EnumSource(value = MailTemplate.class, mode = EnumSource.Mode.MATCH_NONE, names = "CAMPAIGN_.*")
    void everyTemplateArrivesAsJapanesePlainTextFromTheInsurer(MailTemplate template) throws Exception {
        Mail mail = mail(template);

        MailAdapters.smtp(settings(null, null, false), CLOCK).send(mail);

        assertComposedFrom(onlyReceived(), mail);
    }

    @ParameterizedTest
    @EnumSource(value = MailTemplate.class, mode = EnumSource.Mode.MATCH_NONE, names = "CAMPAIGN_.*")
    void everyTemplateArrivesInEnglishForAMemberWhoChoseEnglish(MailTemplate template) throws Exception {
        Mail mail = mail(template).in(jp.kenpo.kennin.domain.account.Language.EN);

        MailAdapters.smtp(settings(null, null, false), CLOCK).send(mail);

        MimeMessage received = onlyReceived();
        MailRenderer.RenderedMail english = MailRenderer.forLocale(java.util.Locale.ENGLISH).render(template, mail.params());
        assertThat(received.getSubject()).isEqualTo(english.subject())
                .isNotEqualTo(MailRenderer.japanese().render(template, mail.params()).subject());
        // Mostly ASCII, so sent quoted-printable, whose last line break the SMTP transfer does not keep.
        assertThat(((String) received.getContent()).replace("\r\n", "\n").stripTrailing()).isEqualTo(english.body().stripTrailing());
    }

    @Test
    void aRegistrationCodeForAMemberSigningUpInEnglishIsInEnglish() throws Exception {
        MailAdapters.smtp(settings(null, null, false), CLOCK).send(mail(MailTemplate.REGISTRATION_CODE)
                .in(jp.kenpo.kennin.domain.account.Language.EN));

        MimeMessage received = onlyReceived();
        assertThat(received.getSubject()).contains("テスト健康保険組合").containsIgnoringCase("code");
        assertThat((String) received.getContent()).contains(CODE).doesNotContain("認証コード");
    }

    @Test
    void registrationCodeArrivesReadableWithTheCode() throws Exception {
        MailAdapters.smtp(settings(null, null, false), CLOCK).send(mail(MailTemplate.REGISTRATION_CODE));

        MimeMessage received = onlyReceived();
        assertThat(received.getSubject()).isEqualTo("【テスト健康保険組合】認証コードのお知らせ");
        assertThat(received.getFrom()[0].toString()).contains("no-reply@kennin.example.jp");
        assertThat((String) received.getContent()).contains("認証コード：" + CODE);
    }

    @Test
    void authenticatesWithUserAndPassword() throws Exception {
        MailAdapters.smtp(settings(SMTP_USER, SMTP_PASSWORD, false), CLOCK).send(mail(MailTemplate.PASSWORD_CHANGED_NOTICE));

        assertComposedFrom(onlyReceived(), mail(MailTemplate.PASSWORD_CHANGED_NOTICE));
    }

    @Test
    void wrongPasswordIsReportedAsNotSentWithoutTheBody() {
        SendMailPort sender = MailAdapters.smtp(settings(SMTP_USER, "wrong", false), CLOCK);

        assertThatThrownBy(() -> sender.send(mail(MailTemplate.REGISTRATION_CODE)))
                .isInstanceOf(MailNotSentException.class)
                .hasMessageContaining("REGISTRATION_CODE")
                .hasMessageContaining(MailFixtures.MEMBER.masked())
                .hasMessageNotContaining(CODE);
        assertThat(greenMail.getReceivedMessages()).isEmpty();
    }

    @Test
    void requiredStartTlsRefusesAServerThatDoesNotOfferIt() {
        SendMailPort sender = MailAdapters.smtp(settings(SMTP_USER, SMTP_PASSWORD, true), CLOCK);

        assertThatThrownBy(() -> sender.send(mail(MailTemplate.REGISTRATION_CODE)))
                .isInstanceOf(MailNotSentException.class)
                .hasMessageContaining("STARTTLS");
        assertThat(greenMail.getReceivedMessages()).isEmpty();
    }

    @Test
    void refusedConnectionFailsAtOnce() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        SendMailPort sender = MailAdapters.smtp(new SmtpSettings("127.0.0.1", closedPort, null, null, false), CLOCK);

        long started = System.nanoTime();
        assertThatThrownBy(() -> sender.send(mail(MailTemplate.REGISTRATION_CODE)))
                .isInstanceOf(MailNotSentException.class)
                .hasMessageContaining("127.0.0.1:" + closedPort);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(SmtpMailSender.DEFAULT_TIMEOUT);
    }

    @Test
    void serverThatNeverAnswersIsGivenUpAfterTheTimeout() throws Exception {
        // Accepts connections (the backlog completes the handshake) but never sends a greeting.
        try (ServerSocket silent = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            SmtpSettings settings = new SmtpSettings("127.0.0.1", silent.getLocalPort(), null, null, false);
            Duration timeout = Duration.ofMillis(500);
            SendMailPort sender = new SmtpMailSender(settings, new MimeMailComposer(CLOCK), timeout);

            long started = System.nanoTime();
            assertThatThrownBy(() -> sender.send(mail(MailTemplate.REGISTRATION_CODE)))
                    .isInstanceOf(MailNotSentException.class);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isBetween(timeout, timeout.multipliedBy(8));
        }
    }

    private static SmtpSettings settings(String user, String password, boolean startTls) {
        return new SmtpSettings("127.0.0.1", greenMail.getSmtp().getPort(), user, password, startTls);
    }

    private static MimeMessage onlyReceived() {
        assertThat(greenMail.waitForIncomingEmail(5_000, 1)).isTrue();
        MimeMessage[] received = greenMail.getReceivedMessages();
        assertThat(received).hasSize(1);
        return received[0];
    }
}
