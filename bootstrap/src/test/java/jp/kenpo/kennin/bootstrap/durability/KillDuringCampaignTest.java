package jp.kenpo.kennin.bootstrap.durability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import jp.kenpo.kennin.adapters.persistence.Database;
import jp.kenpo.kennin.bootstrap.config.KenninConfig;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.mailing.CampaignKind;
import jp.kenpo.kennin.domain.mailing.CampaignMailText;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * An invitation campaign for 300 members (and the demo's own) is being sent by the server's background worker (child
 * JVM, SMTP to GreenMail in this JVM) when the process is killed with SIGKILL. After a restart on
 * the same data the campaign resumes by itself: in the end every member has the invitation, a
 * mail recorded SENT never went again, and the only duplicates are mails that were in flight at
 * the kill (rows SENDING then), each with the same Message-ID as its first copy.
 */
@Tag("slow") // two JVMs and the outbox's stuck-mail limit, per database
class KillDuringCampaignTest {
    private static final int MEMBERS = 300;
    /**
     * The highest rate: one run takes every mail and hands them over back to back (a few hundred a
     * second), so a kill at {@link #KILL_AFTER_MAILS} lands inside a run. At lower rates a run of a
     * hundred mails is over in a fraction of a second and the kill mostly finds the worker idle.
     */
    private static final int MAILS_PER_MINUTE = 60_000;
    /** Inside the worker's fourth claim of 50 (151 to 200): at a multiple of 50 the kill finds a claim just recorded. */
    private static final int KILL_AFTER_MAILS = 175;
    private static final String INSURER = "demo";
    private static final String SYMBOL = "88";
    private static final int FIRST_NUMBER = 70_000;
    private static final String PG_SERVER = "jdbc:postgresql://127.0.0.1:5432/";

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @TempDir
    Path work;

    @Test
    void aCampaignCutByAKillResumesAndOnlyMailsInFlightGoTwiceOnTheEmbeddedDatabase() throws Exception {
        Path dataDir = Files.createDirectories(work.resolve("data"));
        Map<String, String> env = env(dataDir, Map.of());
        killMidCampaignAndRestart(env, () -> DriverManager.getConnection(Database.h2FileUrl(dataDir), Database.EMBEDDED_USER,
                Files.readString(dataDir.resolve(KenninConfig.DB_KEY_FILE)).strip()));
    }

    @Test
    void aCampaignCutByAKillResumesAndOnlyMailsInFlightGoTwiceOnPostgres() throws Exception {
        assumeFalse(Boolean.getBoolean("kennin.skipPostgres"), "kennin.skipPostgres=true");
        String name = "kennin_campaign_kill_" + UUID.randomUUID().toString().replace("-", "");
        administer("create database " + name);
        try {
            Path dataDir = Files.createDirectories(work.resolve("data"));
            Map<String, String> env = env(dataDir, Map.of(KenninConfig.DB_URL, PG_SERVER + name, KenninConfig.DB_USER,
                    "postgres"));
            killMidCampaignAndRestart(env, () -> DriverManager.getConnection(PG_SERVER + name, "postgres", ""));
        } finally {
            administer("drop database if exists " + name + " with (force)");
        }
    }

    private Map<String, String> env(Path dataDir, Map<String, String> more) {
        Map<String, String> env = new HashMap<>(Map.of(KenninConfig.DATA_DIR, dataDir.toString(), KenninConfig.HASH_THREADS, "1",
                KenninConfig.SMTP_HOST, "127.0.0.1", KenninConfig.SMTP_PORT, Integer.toString(smtp.getSmtp().getPort()),
                KenninConfig.SMTP_STARTTLS, "false", KenninConfig.MAIL_PER_MINUTE, Integer.toString(MAILS_PER_MINUTE)));
        env.putAll(more);
        return env;
    }

    private void killMidCampaignAndRestart(Map<String, String> env, Sql sql) throws Exception {
        long started = System.nanoTime();
        prepareMembersAndCampaign(env, sql);
        Path log = work.resolve("server.log");
        int inFlight;
        int sentBeforeRestart;
        int receivedAtKill;
        try (ChildServer first = ChildServer.start(env, log)) {
            await(() -> smtp.getReceivedMessages().length >= KILL_AFTER_MAILS, Duration.ofSeconds(120),
                    () -> "mails before the kill; server log:\n" + first.log());
            first.kill();
            receivedAtKill = smtp.getReceivedMessages().length;
        }
        try (Connection db = sql.open()) {
            Map<String, Integer> states = states(db);
            inFlight = states.getOrDefault("SENDING", 0);
            sentBeforeRestart = states.getOrDefault("SENT", 0);
        }
        int recipients;
        try (Connection db = sql.open()) {
            recipients = states(db).values().stream().mapToInt(Integer::intValue).sum();
        }
        assertThat(recipients).as("our members and the demo's").isGreaterThanOrEqualTo(MEMBERS);
        assertThat(receivedAtKill).as("the kill came mid-campaign").isLessThan(recipients);
        assertThat(inFlight).as("the kill came while a run was handing mails over (%d received, %d SENT at the kill)",
                receivedAtKill, sentBeforeRestart).isPositive();
        assertThat(sentBeforeRestart).as("a mail recorded SENT was received").isLessThanOrEqualTo(receivedAtKill);

        try (ChildServer second = ChildServer.start(env, log)) {
            await(() -> {
                try (Connection db = sql.open()) {
                    return states(db).getOrDefault("SENT", 0) == recipients;
                } catch (Exception e) {
                    return false;
                }
            }, Duration.ofSeconds(240), () -> "every mail sent after the restart; server log:\n" + second.log());
            second.stop();
        }

        MimeMessage[] received = smtp.getReceivedMessages();
        Map<String, List<MimeMessage>> byRecipient = new HashMap<>();
        for (MimeMessage m : received) {
            byRecipient.computeIfAbsent(recipient(m).toLowerCase(java.util.Locale.ROOT), k -> new ArrayList<>()).add(m);
        }
        List<String> addresses;
        try (Connection db = sql.open()) {
            addresses = addressesOfTheCampaign(db);
        }
        assertThat(addresses).hasSize(recipients);
        assertThat(byRecipient.keySet()).as("every member has the invitation").containsExactlyInAnyOrderElementsOf(addresses);
        int duplicates = received.length - recipients;
        assertThat(duplicates).as("only mails in flight at the kill (%d rows SENDING) may go twice", inFlight)
                .isLessThanOrEqualTo(inFlight);
        for (List<MimeMessage> copies : byRecipient.values()) {
            assertThat(copies.stream().map(KillDuringCampaignTest::messageId).collect(Collectors.toSet()))
                    .as("a mail sent again carries its first Message-ID").hasSize(1);
        }
        System.out.printf("campaign kill test: %d of %d mails received at the kill, %d rows SENDING and %d SENT then,"
                        + " %d duplicates in the end; total %.1f s%n", receivedAtKill, recipients, inFlight, sentBeforeRestart,
                duplicates, (System.nanoTime() - started) / 1e9);
    }

    /**
     * The demo insurer and survey with 300 members, each with a son in the survey's scope and an
     * address, and an invitation campaign starting now with the built-in text (what the 管理者's
     * page stores), written in this JVM before the child opens the data.
     */
    private static void prepareMembersAndCampaign(Map<String, String> env, Sql sql) throws Exception {
        DemoWithMembers.seed(env, SYMBOL, FIRST_NUMBER, MEMBERS, "案内", "アンナイ", "campaign-");
        KenninConfig config = KenninConfig.fromEnvironment(env);
        int fiscalYear;
        try (Database db = DemoWithMembers.open(config)) {
            fiscalYear = db.insurers().loadInsurer(InsurerCode.parse(INSURER)).orElseThrow().currentFiscalYear();
        }
        CampaignMailText text = CampaignMailText.standard(CampaignKind.INVITATION);
        try (Connection db = sql.open(); PreparedStatement insert = db.prepareStatement("insert into mail_campaign"
                + " (insurer_code, fiscal_year, kind, starts_at, subject, body, created_at) values (?, ?, 'INVITATION', ?, ?, ?, ?)")) {
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            insert.setString(1, INSURER);
            insert.setInt(2, fiscalYear);
            insert.setObject(3, now);
            insert.setString(4, text.subject());
            insert.setString(5, text.body());
            insert.setObject(6, now);
            insert.executeUpdate();
        }
    }

    /** Whom the campaign addressed: our 300 and the demo's own members in scope. */
    private static List<String> addressesOfTheCampaign(Connection db) throws SQLException {
        List<String> addresses = new ArrayList<>();
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(
                "select m.email from mail_outbox o join member m on m.id = o.member_id")) {
            while (rs.next()) {
                addresses.add(rs.getString(1).toLowerCase(java.util.Locale.ROOT));
            }
        }
        return addresses;
    }

    private static Map<String, Integer> states(Connection db) throws SQLException {
        Map<String, Integer> states = new HashMap<>();
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(
                "select state, count(*) from mail_outbox group by state")) {
            while (rs.next()) {
                states.put(rs.getString(1), rs.getInt(2));
            }
        }
        return states;
    }

    private static String recipient(MimeMessage m) {
        try {
            return m.getAllRecipients()[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String messageId(MimeMessage m) {
        try {
            return m.getMessageID();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void await(BooleanSupplier condition, Duration atMost, java.util.function.Supplier<String> what)
            throws InterruptedException {
        long end = System.nanoTime() + atMost.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("not within " + atMost + ": " + what.get());
            }
            Thread.sleep(10);
        }
    }

    private static void administer(String statement) throws SQLException {
        try (Connection connection = DriverManager.getConnection(PG_SERVER + "postgres", "postgres", "");
             Statement s = connection.createStatement()) {
            s.execute(statement);
        }
    }

    @FunctionalInterface
    private interface Sql {
        Connection open() throws Exception;
    }
}
