package jp.kenpo.kennin.adapters.mail;

import static jp.kenpo.kennin.adapters.mail.MailFixtures.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.kenpo.kennin.application.mailing.MailDeliveryPort;
import jp.kenpo.kennin.application.mailing.MailDeliveryPort.DeliveryResult;
import jp.kenpo.kennin.application.mailing.MailDeliveryPort.DeliverySession;
import jp.kenpo.kennin.application.mailing.OutgoingMail;
import jp.kenpo.kennin.domain.member.EmailAddress;
import jp.kenpo.kennin.domain.member.MemberId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Campaign mails over one SMTP connection, and what each kind of trouble becomes for the outbox. */
class SmtpDeliveryTest {
    @RegisterExtension
    static final GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private final ByteArrayOutputStream captured = new ByteArrayOutputStream();
    private PrintStream originalErr;
    private FaultySmtpProxy proxy;

    @BeforeEach
    void start() throws Exception {
        originalErr = System.err;
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        proxy = new FaultySmtpProxy(greenMail.getSmtp().getPort());
    }

    @AfterEach
    void stop() throws Exception {
        System.setErr(originalErr);
        proxy.close();
    }

    private String log() {
        return captured.toString(StandardCharsets.UTF_8);
    }

    private MailDeliveryPort delivery(int port) {
        return MailAdapters.smtpDelivery(new SmtpSettings("127.0.0.1", port, null, null, false), CLOCK);
    }

    static OutgoingMail mail(int member, String to) {
        EmailAddress sender = new EmailAddress("no-reply@kennin.example.jp");
        return new OutgoingMail(sender, "テスト健康保険組合", EmailAddress.parse(to), "【テスト健康保険組合】調査のご案内",
                "山田 太郎 様\n\nhttps://kennin.example.jp/signup\n", "<kennin.7." + member + "@kennin.example.jp>",
                Optional.of(new MemberId(member)));
    }

    @Test
    void manyMailsGoOverOneConnectionEachWithItsOwnStableMessageId() throws Exception {
        List<DeliveryResult> results = new ArrayList<>();
        try (DeliverySession session = delivery(proxy.port()).open()) {
            for (int i = 1; i <= 20; i++) {
                results.add(session.deliver(mail(i, "m" + i + "@example.jp")));
            }
        }

        assertThat(results).hasSize(20).allMatch(r -> r instanceof DeliveryResult.Delivered);
        assertThat(proxy.connections.get()).isEqualTo(1);
        MimeMessage[] received = greenMail.getReceivedMessages();
        assertThat(received).hasSize(20);
        MimeMessage first = greenMail.getReceivedMessagesForDomain("m1@example.jp")[0];
        assertThat(first.getMessageID()).isEqualTo("<kennin.7.1@kennin.example.jp>");
        assertThat(first.getSubject()).isEqualTo("【テスト健康保険組合】調査のご案内");
        assertThat((String) first.getContent()).contains("山田 太郎 様", "https://kennin.example.jp/signup");
        assertThat(first.getHeader("Auto-Submitted")[0]).isEqualTo("auto-generated");
        assertThat(log()).doesNotContain("WARN");
    }

    @Test
    void aRecipientRefusedForGoodIsUndeliverableWithTheMaskedReplyAndTheConnectionGoesOn() throws Exception {
        proxy.answerRcpt("gone@example.jp", "550 5.1.1 <gone@example.jp>: Recipient address rejected: User unknown");
        List<DeliveryResult> results = new ArrayList<>();
        try (DeliverySession session = delivery(proxy.port()).open()) {
            results.add(session.deliver(mail(1, "ok1@example.jp")));
            results.add(session.deliver(mail(2, "gone@example.jp")));
            results.add(session.deliver(mail(3, "ok3@example.jp")));
        }

        assertThat(results.get(0)).isInstanceOf(DeliveryResult.Delivered.class);
        assertThat(results.get(1)).isInstanceOfSatisfying(DeliveryResult.Undeliverable.class, u -> assertThat(u.reply())
                .startsWith("550 5.1.1").contains("User unknown").doesNotContain("gone@example.jp").contains("@example.jp"));
        assertThat(results.get(2)).isInstanceOf(DeliveryResult.Delivered.class);
        assertThat(proxy.connections.get()).isEqualTo(1);
        assertThat(greenMail.getReceivedMessages()).hasSize(2);
        assertThat(log()).containsOnlyOnce("WARN").contains("via 127.0.0.1:" + proxy.port(), "550")
                .doesNotContain("gone@example.jp", "山田");
    }

    @Test
    void aTemporaryRefusalIsRetriedLaterWithoutStoppingTheRun() throws Exception {
        proxy.answerRcpt("full@example.jp", "452 4.2.2 Mailbox full");
        try (DeliverySession session = delivery(proxy.port()).open()) {
            DeliveryResult result = session.deliver(mail(1, "full@example.jp"));

            assertThat(result).isInstanceOfSatisfying(DeliveryResult.RetryLater.class, r -> {
                assertThat(r.serverDown()).isFalse();
                assertThat(r.cause()).contains("452 4.2.2 Mailbox full").doesNotContain("full@example.jp");
            });
            assertThat(session.deliver(mail(2, "ok@example.jp"))).isInstanceOf(DeliveryResult.Delivered.class);
        }
    }

    @Test
    void aConnectionCutMidMailIsRetriedLaterAndTheNextMailGetsANewConnection() throws Exception {
        proxy.dropEachConnectionAfter(2);
        List<DeliveryResult> results = new ArrayList<>();
        try (DeliverySession session = delivery(proxy.port()).open()) {
            for (int i = 1; i <= 5; i++) {
                results.add(session.deliver(mail(i, "m" + i + "@example.jp")));
            }
        }

        assertThat(results.get(2)).isInstanceOfSatisfying(DeliveryResult.RetryLater.class,
                r -> assertThat(r.serverDown()).isFalse());
        assertThat(results).filteredOn(r -> r instanceof DeliveryResult.Delivered).hasSize(4);
        assertThat(proxy.connections.get()).isEqualTo(2);
        assertThat(greenMail.getReceivedMessages()).as("the cut mail was not kept by the server").hasSize(4);
        assertThat(greenMail.getReceivedMessagesForDomain("m3@example.jp")).isEmpty();
    }

    @Test
    void aServerThatCannotBeReachedMeansServerDownWithHostAndCauseInTheLog() throws Exception {
        int closed;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = s.getLocalPort();
        }
        try (DeliverySession session = delivery(closed).open()) {
            DeliveryResult result = session.deliver(mail(1, "taro.kenpo@example.co.jp"));

            assertThat(result).isInstanceOfSatisfying(DeliveryResult.RetryLater.class, r -> {
                assertThat(r.serverDown()).isTrue();
                assertThat(r.cause()).contains("127.0.0.1:" + closed, "ConnectException").doesNotContain("taro.kenpo@");
            });
        }
        assertThat(log()).containsOnlyOnce("WARN").contains("127.0.0.1:" + closed, EmailAddress.parse("taro.kenpo@example.co.jp").masked())
                .doesNotContain("taro.kenpo@", "山田");
    }
}
