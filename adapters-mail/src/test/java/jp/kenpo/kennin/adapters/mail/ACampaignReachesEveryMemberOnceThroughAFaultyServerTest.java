package jp.kenpo.kennin.adapters.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import jp.kenpo.kennin.adapters.persistence.Database;
import jp.kenpo.kennin.application.mailing.CampaignMailComposer;
import jp.kenpo.kennin.application.mailing.DeliverOutboxMailsUseCase.DeliverDueMailsCommand;
import jp.kenpo.kennin.application.mailing.DeliverOutboxMailsUseCase.DeliveryRun;
import jp.kenpo.kennin.application.mailing.MailDeliveryPort;
import jp.kenpo.kennin.application.mailing.OutgoingMail;
import jp.kenpo.kennin.application.mailing.StartDueCampaignsUseCase.StartedCampaign;
import jp.kenpo.kennin.application.mailing.outbox.DeliverOutboxMailsService;
import jp.kenpo.kennin.application.mailing.outbox.StartDueCampaignsService;
import jp.kenpo.kennin.application.roster.RosterEntry;
import jp.kenpo.kennin.domain.credential.CredentialPolicy;
import jp.kenpo.kennin.domain.insurer.Insurer;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.insurer.InsurerContact;
import jp.kenpo.kennin.domain.mailing.CampaignKind;
import jp.kenpo.kennin.domain.mailing.CampaignMailText;
import jp.kenpo.kennin.domain.member.EmailAddress;
import jp.kenpo.kennin.domain.member.MemberNumber;
import jp.kenpo.kennin.domain.member.MemberSymbol;
import jp.kenpo.kennin.domain.member.PersonName;
import jp.kenpo.kennin.domain.survey.SurveyDeadline;
import jp.kenpo.kennin.domain.survey.SurveyYear;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * An invitation campaign end to end on the embedded database: started by the real use case, worked
 * from the outbox by the real worker through this adapter and a proxy that refuses three addresses
 * and cuts every connection after 25 mails, with one worker stopped half-way and another killed
 * while holding mails. Every member with a good address gets exactly one mail, the refused ones
 * end UNDELIVERABLE and listed, and what the outbox recorded as sent is what the server received.
 */
class ACampaignReachesEveryMemberOnceThroughAFaultyServerTest {
    private static final int MEMBERS = 90;
    private static final InsurerCode KENPO = new InsurerCode("kenpo");
    private static final List<String> REFUSED = List.of("m7@example.jp", "m40@example.jp", "m81@example.jp");

    @RegisterExtension
    static final GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2025-07-01T00:00:00Z"));
    private final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return SurveyDeadline.TOKYO;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };
    private final String url = "jdbc:h2:mem:campaign-" + UUID.randomUUID()
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
    private Database database;
    private FaultySmtpProxy proxy;

    @BeforeEach
    void setUp() throws Exception {
        database = Database.connect(url, "sa", "");
        proxy = new FaultySmtpProxy(greenMail.getSmtp().getPort()).dropEachConnectionAfter(25);
        for (String address : REFUSED) {
            proxy.answerRcpt(address, "550 5.1.1 <" + address + ">: Recipient address rejected: User unknown");
        }
        database.insurers().saveInsurer(new Insurer(KENPO, "テスト健康保険組合", EmailAddress.parse("no-reply@kennin.example.jp"),
                new InsurerContact("0120-000-111", "平日 9:00～17:00", "help@kennin.example.jp", "https://kennin.example.jp/faq"),
                CredentialPolicy.manualDefault(), 2025));
        database.surveyYears().saveSurveyYear(new SurveyYear(KENPO, 2025, "令和7年度", LocalDate.of(2025, 7, 1),
                new SurveyDeadline(LocalDate.of(2025, 8, 31))));
        List<RosterEntry> roster = new ArrayList<>();
        for (int i = 1; i <= MEMBERS; i++) {
            roster.add(new RosterEntry(MemberSymbol.parse("12"), MemberNumber.parse(String.valueOf(1000 + i)),
                    new PersonName("山田 太郎" + i, "ヤマダ タロウ"), LocalDate.of(1980, 4, 1), EmailAddress.parse("m" + i + "@example.jp"), "本社"));
        }
        database.members().storeRoster(KENPO, roster);
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            c.createStatement().executeUpdate("insert into member_progress (insurer_code, fiscal_year, member_id, office, status)"
                    + " select insurer_code, 2025, id, office, 'UNREGISTERED' from member where insurer_code = 'kenpo'");
            CampaignMailText text = CampaignMailText.standard(CampaignKind.INVITATION);
            try (PreparedStatement p = c.prepareStatement("insert into mail_campaign (insurer_code, fiscal_year, kind, starts_at,"
                    + " subject, body, created_at) values ('kenpo', 2025, 'INVITATION', ?, ?, ?, ?)")) {
                p.setTimestamp(1, Timestamp.from(now.get()));
                p.setString(2, text.subject());
                p.setString(3, text.body());
                p.setTimestamp(4, Timestamp.from(now.get()));
                p.executeUpdate();
            }
        }
    }

    @AfterEach
    void tearDown() throws Exception {
        proxy.close();
        database.close();
    }

    private DeliverOutboxMailsService worker(MailDeliveryPort delivery) {
        return new DeliverOutboxMailsService(database.outbox(), database.outbox(), database.insurers(), delivery,
                new CampaignMailComposer("https://kennin.example.jp"), database.mailLog(), database.transactions(), clock);
    }

    private MailDeliveryPort smtp() {
        return MailAdapters.smtpDelivery(new SmtpSettings("127.0.0.1", proxy.port(), null, null, false), clock);
    }

    /** The real adapter, but the worker's process stops (an exception out of the run) before its mail number {@code stopAt}. */
    private MailDeliveryPort stoppingAt(int stopAt) {
        MailDeliveryPort real = smtp();
        AtomicInteger handed = new AtomicInteger();
        return () -> {
            MailDeliveryPort.DeliverySession session = real.open();
            return new MailDeliveryPort.DeliverySession() {
                @Override
                public MailDeliveryPort.DeliveryResult deliver(OutgoingMail mail) {
                    if (handed.incrementAndGet() == stopAt) {
                        throw new IllegalStateException("worker stopped");
                    }
                    return session.deliver(mail);
                }

                @Override
                public void close() {
                    session.close();
                }
            };
        };
    }

    private Map<String, Integer> states() throws Exception {
        Map<String, Integer> states = new TreeMap<>();
        try (Connection c = DriverManager.getConnection(url, "sa", "");
             ResultSet r = c.createStatement().executeQuery("select state, count(*) from mail_outbox group by state")) {
            while (r.next()) {
                states.put(r.getString(1), r.getInt(2));
            }
        }
        return states;
    }

    private List<String> column(String sql) throws Exception {
        List<String> values = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url, "sa", "");
             ResultSet r = c.createStatement().executeQuery(sql)) {
            while (r.next()) {
                values.add(r.getString(1));
            }
        }
        return values;
    }

    @Test
    void everyMemberGetsOneInvitationRefusedOnesAreListedAndNothingRecordedSentGoesTwice() throws Exception {
        List<StartedCampaign> started = new StartDueCampaignsService(database.outbox(), database.insurers(),
                database.transactions(), clock).startDueCampaigns();
        assertThat(started).singleElement().satisfies(s -> assertThat(s.recipients()).isEqualTo(MEMBERS));

        // A worker stopped half-way through its run: the mails it had taken and not tried go back.
        assertThatThrownBy(() -> worker(stoppingAt(31)).deliverDueMails(new DeliverDueMailsCommand("node-a/1", 1000,
                Duration.ofMinutes(1)))).hasMessage("worker stopped");
        assertThat(states()).doesNotContainKey("SENDING");
        int sentBeforeTheStop = states().getOrDefault("SENT", 0);
        assertThat(sentBeforeTheStop).isBetween(25, 30);

        // A node killed while holding mails: they stay SENDING until the stuck limit.
        assertThat(database.outbox().claimDue("node-b/killed", now.get(), 4)).hasSize(4);

        List<DeliveryRun> runs = new ArrayList<>();
        for (int round = 0; round < 10 && !(round > 0 && runs.get(runs.size() - 1).taken() == 0
                && !states().containsKey("SENDING") && states().getOrDefault("QUEUED", 0) == 0); round++) {
            runs.add(worker(smtp()).deliverDueMails(new DeliverDueMailsCommand("node-a/" + (round + 2), 1000, Duration.ofMinutes(1))));
            now.set(now.get().plus(Duration.ofMinutes(16)));
        }

        assertThat(runs.stream().mapToInt(DeliveryRun::recovered).sum()).as("the killed node's mails").isEqualTo(4);
        assertThat(runs.stream().mapToInt(DeliveryRun::retried).sum()).as("mails cut mid-way").isPositive();
        assertThat(proxy.drops.get()).isPositive();
        assertThat(states()).containsOnly(Map.entry("SENT", MEMBERS - REFUSED.size()), Map.entry("UNDELIVERABLE", REFUSED.size()));

        Map<String, Integer> received = new HashMap<>();
        for (MimeMessage m : greenMail.getReceivedMessages()) {
            received.merge(m.getAllRecipients()[0].toString(), 1, Integer::sum);
        }
        assertThat(received).hasSize(MEMBERS - REFUSED.size()).doesNotContainKeys(REFUSED.toArray(String[]::new))
                .allSatisfy((to, count) -> assertThat(count).as(to).isEqualTo(1));
        assertThat(column("select sent_to from mail_outbox where state = 'SENT'")).containsExactlyInAnyOrderElementsOf(received.keySet());
        assertThat(column("select email_key from undeliverable_address where insurer_code = 'kenpo'"))
                .containsExactlyInAnyOrderElementsOf(REFUSED);
        assertThat(column("select reply from undeliverable_address")).allSatisfy(reply -> assertThat(reply)
                .startsWith("550 5.1.1").doesNotContain(REFUSED.toArray(String[]::new)));
        assertThat(column("select outcome || ' ' || template from mail_log")).hasSize(MEMBERS)
                .containsOnly("SENT CAMPAIGN_INVITATION", "FAILED CAMPAIGN_INVITATION");
        MimeMessage one = greenMail.getReceivedMessages()[0];
        assertThat(one.getMessageID()).matches("<kennin\\.1\\.\\d+@kennin\\.example\\.jp>");
        assertThat((String) one.getContent()).contains("様", "https://kennin.example.jp/signup", "2025年8月31日");
    }
}
