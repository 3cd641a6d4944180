package jp.kenpo.kennin.application.mailing.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.kenpo.kennin.application.fakes.InMemoryInsurers;
import jp.kenpo.kennin.application.fakes.InlineTransactions;
import jp.kenpo.kennin.application.fakes.MutableClock;
import jp.kenpo.kennin.application.mail.MailLogPort;
import jp.kenpo.kennin.application.mail.MailTemplate;
import jp.kenpo.kennin.application.mailing.CampaignId;
import jp.kenpo.kennin.application.mailing.CampaignMailComposer;
import jp.kenpo.kennin.application.mailing.CampaignRecipient;
import jp.kenpo.kennin.application.mailing.DeliverOutboxMailsUseCase.DeliverDueMailsCommand;
import jp.kenpo.kennin.application.mailing.DeliverOutboxMailsUseCase.DeliveryRun;
import jp.kenpo.kennin.application.mailing.MailDeliveryPort.DeliveryResult;
import jp.kenpo.kennin.application.mailing.OutgoingMail;
import jp.kenpo.kennin.domain.credential.CredentialPolicy;
import jp.kenpo.kennin.domain.insurer.Insurer;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.insurer.InsurerContact;
import jp.kenpo.kennin.domain.mailing.CampaignKind;
import jp.kenpo.kennin.domain.mailing.CampaignMailText;
import jp.kenpo.kennin.domain.mailing.DeliveryState;
import jp.kenpo.kennin.domain.mailing.RetrySchedule;
import jp.kenpo.kennin.domain.account.Language;
import jp.kenpo.kennin.domain.member.EmailAddress;
import jp.kenpo.kennin.domain.member.MemberId;
import jp.kenpo.kennin.domain.member.MemberNumber;
import jp.kenpo.kennin.domain.member.MemberSymbol;
import org.junit.jupiter.api.Test;

class OutboxWorkerRecordsEveryAnswerOfTheMailServerTest {
    private static final InsurerCode OMRON = new InsurerCode("omron");
    private static final EmailAddress SENDER = EmailAddress.parse("kenpo@omron.example.jp");
    private static final CampaignId CAMPAIGN = new CampaignId(7);

    private final MutableClock clock = MutableClock.at("2025-07-01T00:00:00Z");
    private final InMemoryOutbox outbox = new InMemoryOutbox();
    private final InMemoryInsurers insurers = new InMemoryInsurers();
    private final ScriptedMailServer server = new ScriptedMailServer();
    private final List<MailLogPort.MailLogEntry> mailLog = new ArrayList<>();
    private final MailLogPort log = new MailLogPort() {
        @Override
        public void recordMail(MailLogEntry entry) {
            mailLog.add(entry);
        }

        @Override
        public List<MailLogEntry> mailsTo(MemberId member, int limit) {
            return mailLog.stream().filter(e -> e.member().equals(member)).toList();
        }
    };
    private final DeliverOutboxMailsService worker = new DeliverOutboxMailsService(outbox, outbox, insurers, server,
            new CampaignMailComposer("https://kennin.example.jp/"), log, new InlineTransactions(), RetrySchedule.standard(), Duration.ofMinutes(15), clock);

    OutboxWorkerRecordsEveryAnswerOfTheMailServerTest() {
        insurers.saveInsurer(new Insurer(OMRON, "オムロン健康保険組合", SENDER,
                new InsurerContact("0120-000-111", "平日 9:00～17:00", "help@omron.example.jp", "https://omron.example.jp/faq"),
                CredentialPolicy.manualDefault(), 2025));
    }

    private InMemoryOutbox.Row queue(long member, String address, boolean hasAccount) {
        return queue(member, address, hasAccount, Language.JA);
    }

    private InMemoryOutbox.Row queue(long member, String address, boolean hasAccount, Language language) {
        CampaignRecipient to = new CampaignRecipient(new MemberId(member), "山田 太郎", MemberSymbol.parse("12"),
                MemberNumber.parse("34" + member), EmailAddress.parse(address), hasAccount, language, LocalDate.of(2025, 8, 31),
                Optional.empty());
        return outbox.add(CAMPAIGN, OMRON, CampaignMailText.standard(CampaignKind.INVITATION), to, SENDER, clock.instant());
    }

    private DeliveryRun run(int maxMails) {
        return worker.deliverDueMails(new DeliverDueMailsCommand("node-1/run", maxMails, Duration.ofMinutes(1)));
    }

    @Test
    void eachDueMailIsFilledInForItsMemberSentOnceOverOneSessionAndRecordedSent() {
        queue(1, "taro@example.jp", false);
        queue(2, "hanako@example.jp", true);

        DeliveryRun run = run(100);

        assertThat(run).isEqualTo(new DeliveryRun(2, 0, 0, 0, 0, false));
        assertThat(server.sessions).isEqualTo(1);
        assertThat(server.openSessions).as("the session is closed at the end of the run").isZero();
        OutgoingMail taro = server.accepted.get(0);
        assertThat(taro.to().value()).isEqualTo("taro@example.jp");
        assertThat(taro.from()).isEqualTo(SENDER);
        assertThat(taro.messageId()).isEqualTo(OutgoingMail.outboxMessageId(CAMPAIGN, new MemberId(1), SENDER))
                .isEqualTo("<kennin.7.1@omron.example.jp>");
        assertThat(taro.subject()).contains("オムロン健康保険組合", "2025年8月31日");
        assertThat(taro.body()).startsWith("山田 太郎 様").contains("https://kennin.example.jp/signup", "記号 12 番号 ※41");
        assertThat(server.accepted.get(1).body()).as("a member with an account is sent to the login page")
                .contains("https://kennin.example.jp/login");
        assertThat(outbox.count(DeliveryState.SENT)).isEqualTo(2);
        assertThat(mailLog).extracting(MailLogPort.MailLogEntry::template).containsOnly(MailTemplate.CAMPAIGN_INVITATION);
        assertThat(mailLog).extracting(MailLogPort.MailLogEntry::outcome).containsOnly(MailLogPort.Outcome.SENT);

        assertThat(run(100).taken()).as("a mail recorded as sent is never taken again").isZero();
        assertThat(server.accepted).hasSize(2);
    }

    @Test
    void aMemberWhoReadsTheSiteInEnglishGetsTheEnglishTextFirstAndTheInsurersJapaneseTextAfterIt() {
        queue(1, "taro@example.jp", true, Language.EN);
        queue(2, "hanako@example.jp", true, Language.JA);

        assertThat(run(100).sent()).isEqualTo(2);

        OutgoingMail english = server.accepted.get(0);
        assertThat(english.subject()).startsWith("[オムロン健康保険組合] Dependent eligibility check: please answer by Sun 31 August 2025")
                .endsWith(" / " + server.accepted.get(1).subject());
        assertThat(english.body()).startsWith("Dear 山田 太郎,")
                .contains("by Sun 31 August 2025 (Japan time)", "https://kennin.example.jp/login", "symbol 12 number ※41",
                        "Phone: 0120-000-111 (平日 9:00～17:00, Japan time)", "Mail: help@omron.example.jp",
                        "The insurer's message in Japanese follows.")
                .endsWith(server.accepted.get(1).body().replace("※42", "※41")); // the same text, for member 1
        assertThat(english.body().indexOf("Dear")).isLessThan(english.body().indexOf("山田 太郎 様"));
        assertThat(server.accepted.get(1).body()).as("a member who reads Japanese gets the insurer's text alone")
                .startsWith("山田 太郎 様").doesNotContain("Dear");
    }

    @Test
    void aRunTakesNoMoreThanItsShareOfMailsAndOpensNoConnectionWhenNothingIsDue() {
        for (int i = 1; i <= 120; i++) {
            queue(i, "m" + i + "@example.jp", false);
        }

        assertThat(run(70).sent()).isEqualTo(70);
        assertThat(outbox.count(DeliveryState.QUEUED)).isEqualTo(50);
        assertThat(run(70).sent()).isEqualTo(50);
        assertThat(run(70).taken()).isZero();
        assertThat(server.sessions).as("no session for a run with nothing to send").isEqualTo(2);
    }

    @Test
    void aTemporaryRefusalIsTriedAgainLaterWithTheRetryScheduleUntilItsLastAttemptFails() {
        InMemoryOutbox.Row row = queue(1, "busy@example.jp", false);
        server.answers.put("busy@example.jp", new DeliveryResult.RetryLater("451 try later", false));

        assertThat(run(10).retried()).isEqualTo(1);
        assertThat(row.state).isEqualTo(DeliveryState.QUEUED);
        assertThat(row.attempts).isEqualTo(1);
        assertThat(row.nextAttemptAt).isEqualTo(clock.instant().plus(Duration.ofMinutes(1)));
        assertThat(row.lastError).isEqualTo("451 try later");
        assertThat(run(10).taken()).as("not due before its next attempt").isZero();

        for (int attempt = 2; attempt <= 12; attempt++) {
            clock.set(row.nextAttemptAt);
            run(10);
        }
        assertThat(row.state).isEqualTo(DeliveryState.FAILED);
        assertThat(row.attempts).isEqualTo(12);
        assertThat(server.tried).hasSize(12);
        assertThat(mailLog).extracting(MailLogPort.MailLogEntry::outcome).containsExactly(MailLogPort.Outcome.FAILED);
    }

    @Test
    void aServerThatCannotBeReachedStopsTheRunAndTheMailsNotTriedKeepTheirAttempts() {
        for (int i = 1; i <= 5; i++) {
            queue(i, "m" + i + "@example.jp", false);
        }
        server.otherwise = mail -> new DeliveryResult.RetryLater("connect refused", true);

        DeliveryRun run = run(100);

        assertThat(run.serverDown()).isTrue();
        assertThat(run.retried()).isEqualTo(1);
        assertThat(server.tried).hasSize(1);
        assertThat(outbox.rows.values()).filteredOn(r -> r.attempts == 0).hasSize(4)
                .allSatisfy(r -> assertThat(r.state).isEqualTo(DeliveryState.QUEUED));
        assertThat(outbox.count(DeliveryState.SENDING)).isZero();

        server.otherwise = mail -> new DeliveryResult.Delivered();
        assertThat(run(100).sent()).as("the four untried go at once when the server is back").isEqualTo(4);
    }

    @Test
    void aPermanentRefusalMarksTheMailUndeliverableAndTheAddressIsNotTriedAgain() {
        InMemoryOutbox.Row refused = queue(1, "gone@example.jp", false);
        queue(2, "ok@example.jp", false);
        server.answers.put("gone@example.jp", new DeliveryResult.Undeliverable("550 5.1.1 no such user"));

        DeliveryRun run = run(10);

        assertThat(run.undeliverable()).isEqualTo(1);
        assertThat(run.sent()).isEqualTo(1);
        assertThat(refused.state).isEqualTo(DeliveryState.UNDELIVERABLE);
        assertThat(refused.lastError).isEqualTo("550 5.1.1 no such user");
        assertThat(outbox.undeliverableAddresses).containsExactly("gone@example.jp");

        InMemoryOutbox.Row again = outbox.add(new CampaignId(8), OMRON, CampaignMailText.standard(CampaignKind.REMINDER),
                refused.recipient, SENDER, clock.instant());
        run(10);
        assertThat(again.state).isEqualTo(DeliveryState.UNDELIVERABLE);
        assertThat(server.tried).as("a known refused address is not tried again").hasSize(2);
    }

    @Test
    void mailsLeftSendingByADeadWorkerGoBackAfterTheStuckLimitAndAreSentThen() {
        InMemoryOutbox.Row row = queue(1, "taro@example.jp", false);
        outbox.claimDue("dead-node/run", clock.instant(), 10);

        assertThat(run(10).taken()).as("held by the other worker").isZero();
        assertThat(outbox.lastStuckLimit).isEqualTo(clock.instant().minus(Duration.ofMinutes(15)));

        clock.advance(Duration.ofMinutes(16));
        DeliveryRun run = run(10);
        assertThat(run.recovered()).isEqualTo(1);
        assertThat(run.sent()).isEqualTo(1);
        assertThat(row.state).isEqualTo(DeliveryState.SENT);
    }

    @Test
    void aRunLongerThanHalfTheStuckLimitIsRefused() {
        assertThatThrownBy(() -> worker.deliverDueMails(new DeliverDueMailsCommand("w", 10, Duration.ofMinutes(10))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRunStopsTakingMailsWhenItsTimeIsUpAndGivesBackTheRest() {
        for (int i = 1; i <= 10; i++) {
            queue(i, "m" + i + "@example.jp", false);
        }
        server.otherwise = mail -> {
            clock.advance(Duration.ofSeconds(20));
            return new DeliveryResult.Delivered();
        };

        DeliveryRun run = run(100);

        assertThat(run.sent()).isEqualTo(3);
        assertThat(outbox.count(DeliveryState.QUEUED)).isEqualTo(7);
        assertThat(outbox.rows.values()).allSatisfy(r -> assertThat(r.attempts).isZero());
    }
}
