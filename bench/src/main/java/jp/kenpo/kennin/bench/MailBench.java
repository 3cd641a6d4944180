package jp.kenpo.kennin.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import jp.kenpo.kennin.adapters.mail.MailAdapters;
import jp.kenpo.kennin.adapters.mail.SmtpSettings;
import jp.kenpo.kennin.adapters.persistence.Database;
import jp.kenpo.kennin.application.mailing.CampaignMailComposer;
import jp.kenpo.kennin.application.mailing.DeliverOutboxMailsUseCase.DeliverDueMailsCommand;
import jp.kenpo.kennin.application.mailing.DeliverOutboxMailsUseCase.DeliveryRun;
import jp.kenpo.kennin.application.mailing.MailDeliveryPort;
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

/**
 * Mails per second from the outbox to an SMTP server: an invitation campaign for {@code members}
 * members is started by the real use case, then worked by {@code workers} real outbox workers
 * (as on that many nodes) through the real SMTP adapter to {@link MailSink} in another JVM, runs of
 * at most 500 mails each, until nothing is left. Checks that the sink received exactly the mails
 * the outbox recorded as SENT, each Message-ID once.
 * Usage: {@code MailBench <jdbc url> <user> <password> <members> <smtp port> <workers>}
 */
public final class MailBench {
    private static final InsurerCode BENCH = new InsurerCode("bench");

    private MailBench() {
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        String user = args[1];
        String password = args.length > 2 ? args[2] : "";
        int members = Integer.parseInt(args[3]);
        int smtpPort = Integer.parseInt(args[4]);
        int workers = Integer.parseInt(args[5]);
        Clock clock = Clock.system(SurveyDeadline.TOKYO);
        try (Database database = Database.connect(url, user, password)) {
            long t0 = System.nanoTime();
            setUp(database, url, user, password, members, clock);
            System.out.printf("setup: %d members in %.1f s%n", members, (System.nanoTime() - t0) / 1e9);

            long sinkBefore = sinkCount(smtpPort)[0];
            long s0 = System.nanoTime();
            List<StartedCampaign> started = new StartDueCampaignsService(database.outbox(), database.insurers(),
                    database.transactions(), clock).startDueCampaigns();
            System.out.printf("start: %s in %.2f s (one INSERT ... SELECT)%n", started, (System.nanoTime() - s0) / 1e9);

            MailDeliveryPort smtp = MailAdapters.smtpDelivery(new SmtpSettings("127.0.0.1", smtpPort, null, null, false), clock);
            ExecutorService pool = Executors.newFixedThreadPool(workers);
            long w0 = System.nanoTime();
            List<Future<int[]>> results = new ArrayList<>();
            for (int w = 0; w < workers; w++) {
                String name = "bench-node-" + w;
                results.add(pool.submit(() -> {
                    DeliverOutboxMailsService worker = new DeliverOutboxMailsService(database.outbox(), database.outbox(),
                            database.insurers(), smtp, new CampaignMailComposer("https://kennin.example.jp"), database.mailLog(), database.transactions(), clock);
                    int sent = 0;
                    int runs = 0;
                    for (DeliveryRun run = worker.deliverDueMails(new DeliverDueMailsCommand(name + "/" + runs, 500, Duration.ofMinutes(1)));
                         run.taken() > 0;
                         run = worker.deliverDueMails(new DeliverDueMailsCommand(name + "/" + runs, 500, Duration.ofMinutes(1)))) {
                        sent += run.sent();
                        runs++;
                        if (run.serverDown() || run.retried() > 0 || run.failed() > 0 || run.undeliverable() > 0) {
                            System.out.println("unexpected run: " + run);
                        }
                    }
                    return new int[] {sent, runs};
                }));
            }
            int sent = 0;
            for (Future<int[]> f : results) {
                sent += f.get()[0];
            }
            double seconds = (System.nanoTime() - w0) / 1e9;
            pool.shutdown();
            long[] sink = sinkCount(smtpPort);
            long sentRows = count(url, user, password, "select count(*) from mail_outbox where state = 'SENT'");
            long notSent = count(url, user, password, "select count(*) from mail_outbox where state <> 'SENT'");
            System.out.printf("deliver: %d mails by %d worker(s) in %.1f s = %.0f mails/s%n", sent, workers, seconds, sent / seconds);
            System.out.printf("check: outbox SENT %d, not SENT %d, sink received %d (distinct Message-IDs %d) -> %s%n",
                    sentRows, notSent, sink[0] - sinkBefore, sink[1], sentRows == sink[0] - sinkBefore && sentRows == members
                            && notSent == 0 ? "none lost, none doubled" : "MISMATCH");
        }
    }

    private static void setUp(Database database, String url, String user, String password, int members, Clock clock) throws Exception {
        database.insurers().saveInsurer(new Insurer(BENCH, "ベンチ健康保険組合", EmailAddress.parse("no-reply@bench.example.jp"),
                new InsurerContact("0120-000-111", "平日 9:00～17:00", "help@bench.example.jp", "https://bench.example.jp/faq"),
                CredentialPolicy.manualDefault(), 2025));
        database.surveyYears().saveSurveyYear(new SurveyYear(BENCH, 2025, "令和7年度", LocalDate.of(2025, 7, 1),
                new SurveyDeadline(LocalDate.of(2025, 8, 31))));
        List<RosterEntry> roster = new ArrayList<>();
        for (int i = 1; i <= members; i++) {
            roster.add(new RosterEntry(MemberSymbol.parse(String.valueOf(10 + i / 100_000)), MemberNumber.parse(String.valueOf(i % 100_000 + 1)),
                    new PersonName("健保 太郎", "ケンポ タロウ"), LocalDate.of(1980, 4, 1), EmailAddress.parse("m" + i + "@bench.example.jp"),
                    "第" + (i % 100) + "事業所"));
        }
        database.members().storeRoster(BENCH, roster);
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            c.createStatement().executeUpdate("insert into member_progress (insurer_code, fiscal_year, member_id, office, status)"
                    + " select insurer_code, 2025, id, office, 'UNREGISTERED' from member where insurer_code = 'bench'");
            CampaignMailText text = CampaignMailText.standard(CampaignKind.INVITATION);
            try (PreparedStatement p = c.prepareStatement("insert into mail_campaign (insurer_code, fiscal_year, kind, starts_at,"
                    + " subject, body, created_at) values ('bench', 2025, 'INVITATION', ?, ?, ?, ?)")) {
                Timestamp now = Timestamp.from(clock.instant().minusSeconds(1));
                p.setTimestamp(1, now);
                p.setString(2, text.subject());
                p.setString(3, text.body());
                p.setTimestamp(4, now);
                p.executeUpdate();
            }
        }
    }

    private static long count(String url, String user, String password, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(url, user, password); ResultSet r = c.createStatement().executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    /** The sink's mails and distinct Message-IDs so far. */
    private static long[] sinkCount(int port) throws Exception {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
            BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.ISO_8859_1));
            OutputStream out = s.getOutputStream();
            in.readLine();
            out.write("XCOUNT\r\n".getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            String[] parts = in.readLine().split(" ");
            out.write("QUIT\r\n".getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return new long[] {Long.parseLong(parts[1]), Long.parseLong(parts[2])};
        }
    }
}
