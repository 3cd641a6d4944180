package jp.kenpo.kennin.bootstrap.scaleout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.javalin.Javalin;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.kenpo.kennin.adapters.web.testing.Browser;
import jp.kenpo.kennin.application.fakes.MutableClock;
import jp.kenpo.kennin.bootstrap.Mails;
import jp.kenpo.kennin.bootstrap.Wiring;
import jp.kenpo.kennin.bootstrap.config.KenninConfig;
import jp.kenpo.kennin.bootstrap.demo.DemoData;
import jp.kenpo.kennin.bootstrap.journey.BackOfficeStaff;
import jp.kenpo.kennin.domain.staff.StaffRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two app nodes (two production wirings, each with its own web server on its own port and its own
 * data directory) over ONE PostgreSQL database, as behind a load balancer: a member's session made
 * on one node is used on the other, ended on one it is ended on both, and a password reset ends
 * every session everywhere. A browser "moving" between nodes is a second HTTP client given the
 * first one's cookie, which is all a load balancer without stickiness does.
 */
class TwoNodesShareSessionsTest {
    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
    private static final Pattern RESET_TOKEN = Pattern.compile("/password/reset\\?token=([A-Za-z0-9_-]+)");

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @TempDir
    Path dirOne;
    @TempDir
    Path dirTwo;

    private final MutableClock clock = MutableClock.at("2026-11-24T01:00:00Z");
    private final String database = "kennin_test_" + UUID.randomUUID().toString().replace("-", "");
    private final List<AutoCloseable> running = new ArrayList<>();
    private Javalin one;
    private Javalin two;

    @BeforeEach
    void startTwoNodes() throws Exception {
        assumeFalse(Boolean.getBoolean("kennin.skipPostgres"), "kennin.skipPostgres=true");
        administer("create database " + database);
        Wiring first = Wiring.withClock(config(dirOne), clock);
        running.add(first);
        first.seedDemo(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        Wiring second = Wiring.withClock(config(dirTwo), clock);
        running.add(second);
        one = first.startWeb(0);
        two = second.startWeb(0);
    }

    @AfterEach
    void stopBoth() throws Exception {
        if (one != null) {
            one.stop();
        }
        if (two != null) {
            two.stop();
        }
        for (AutoCloseable c : running) {
            c.close();
        }
        administer("drop database if exists " + database + " with (force)");
    }

    private KenninConfig config(Path dataDir) {
        return KenninConfig.fromEnvironment(Map.of(
                KenninConfig.DATA_DIR, dataDir.toString(),
                KenninConfig.DB_URL, SERVER + database,
                KenninConfig.DB_USER, "postgres",
                KenninConfig.SMTP_HOST, "127.0.0.1",
                KenninConfig.SMTP_PORT, Integer.toString(mail.getSmtp().getPort()),
                KenninConfig.SMTP_STARTTLS, "false",
                KenninConfig.SECRET, "two-nodes-test-secret-two-nodes-test-secret",
                KenninConfig.BASE_URL, "http://localhost:8080"));
    }

    private Browser loggedInOn(Javalin node) {
        Browser b = new Browser(node.port());
        b.open("/login");
        b.submit("/login", Map.of("userId", DemoData.USER_ID, "password", DemoData.PASSWORD));
        b.submit("/terms", Map.of("agreed", "on", "version", "1")); // the demo's terms, if not yet accepted
        assertThat(b.open("/home").uri().getPath()).isEqualTo("/home");
        return b;
    }

    /** The same browser, its next request sent to the other node. */
    private static Browser movedTo(Javalin node, Browser from) {
        Browser b = new Browser(node.port());
        b.useSessionId(from.sessionId().orElseThrow());
        return b;
    }

    @Test
    void aMemberLoggedInOnOneNodeGoesOnOnTheOtherAndPostsAFormThere() {
        Browser onOne = loggedInOn(one);
        Browser onTwo = movedTo(two, onOne);

        assertThat(onTwo.open("/home").uri().getPath()).isEqualTo("/home");
        // A form rendered by node two carries the session's CSRF token, which node one accepts too.
        String form = onTwo.open("/account/email").body();
        assertThat(form).contains("name=\"_csrf\"");
        Browser backOnOne = movedTo(one, onTwo);
        assertThat(backOnOne.open("/survey").statusCode()).isLessThan(500);
        assertThat(backOnOne.open("/home").uri().getPath()).isEqualTo("/home");
    }

    @Test
    void loggingOutOnOneNodeEndsTheSessionOnTheOther() {
        Browser onOne = loggedInOn(one);
        Browser onTwo = movedTo(two, onOne);
        assertThat(onTwo.open("/home").uri().getPath()).isEqualTo("/home");

        onOne.submit("/logout", Map.of());

        assertThat(onTwo.open("/home").uri().getPath()).isEqualTo("/login");
        assertThat(movedTo(one, onTwo).open("/home").uri().getPath()).isEqualTo("/login");
    }

    @Test
    void aPasswordResetOnOneNodeEndsEverySessionOnBoth() throws Exception {
        Browser phone = loggedInOn(one);
        Browser laptop = loggedInOn(two);
        String email = single("select m.email from member m join account a on a.member_id = m.id where a.user_id = '"
                + DemoData.USER_ID + "'");

        Browser resetter = new Browser(two.port());
        resetter.open("/forgot/password");
        resetter.submit("/forgot/password", Map.of("userId", DemoData.USER_ID, "email", email));
        String token = resetToken();
        resetter.open("/password/reset?token=" + token);
        resetter.submit("/password/reset", Map.of("token", token, "password", "Renewed#2027pass",
                "passwordConfirmation", "Renewed#2027pass"));

        assertThat(phone.open("/home").uri().getPath()).isEqualTo("/login");
        assertThat(laptop.open("/home").uri().getPath()).isEqualTo("/login");
        assertThat(movedTo(two, phone).open("/home").uri().getPath()).isEqualTo("/login");
        assertThat(count("select count(*) from web_session where owner_id is not null and kind = 'MEMBER'")).isZero();
    }

    @Test
    void idleTimeAndLifetimeAreJudgedOnTheSharedClockWhicheverNodeIsAsked() {
        Browser idle = loggedInOn(one);
        clock.advance(Duration.ofMinutes(31));
        assertThat(movedTo(two, idle).open("/home").uri().getPath()).isEqualTo("/login");

        Browser busy = loggedInOn(one);
        for (int i = 0; i < 16; i++) {
            clock.advance(Duration.ofMinutes(29));
            Browser next = movedTo(i % 2 == 0 ? two : one, busy);
            assertThat(next.open("/home").uri().getPath()).as("after %d × 29 minutes", i + 1).isEqualTo("/home");
            busy = next;
        }
        clock.advance(Duration.ofMinutes(20)); // 8 h 4 min after the login, never idle for 30 minutes
        assertThat(movedTo(two, busy).open("/home").uri().getPath()).isEqualTo("/login");
    }

    @Test
    void theDatabaseHoldsOnlyTheHashOfTheCookieAndAForgedOrHashAsCookieIsRefused() throws Exception {
        Browser member = loggedInOn(one);
        String cookie = member.sessionId().orElseThrow();
        String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(cookie.getBytes(StandardCharsets.US_ASCII)));

        String everything = all("select token_hash || '|' || coalesce(cast(owner_id as varchar), '') || '|' || data from web_session");
        assertThat(everything).contains(hash).doesNotContain(cookie);
        assertThat(cookie).hasSize(43); // 256 bits, base64url

        Browser forger = new Browser(two.port());
        forger.useSessionId(cookie.substring(0, 42) + (cookie.charAt(42) == 'A' ? 'B' : 'A'));
        assertThat(forger.open("/home").uri().getPath()).isEqualTo("/login");
        Browser dbReader = new Browser(two.port());
        dbReader.useSessionId(hash);
        assertThat(dbReader.open("/home").uri().getPath()).isEqualTo("/login");
        assertThat(count("select count(*) from web_session where owner_id is null")).as("no session made for a forged cookie")
                .isZero();
    }

    private String resetToken() throws Exception {
        assertThat(mail.waitForIncomingEmail(10_000, 1)).isTrue();
        MimeMessage[] received = mail.getReceivedMessages();
        String body = (String) received[received.length - 1].getContent();
        Matcher m = RESET_TOKEN.matcher(body);
        assertThat(m.find()).as("a reset link in the mail").isTrue();
        return m.group(1);
    }

    private String single(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(SERVER + database, "postgres", "");
             Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            assertThat(r.next()).isTrue();
            return r.getString(1);
        }
    }

    private String all(String sql) throws Exception {
        StringBuilder out = new StringBuilder();
        try (Connection c = DriverManager.getConnection(SERVER + database, "postgres", "");
             Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                out.append(r.getString(1)).append('\n');
            }
        }
        return out.toString();
    }

    private long count(String sql) throws Exception {
        return Long.parseLong(single(sql));
    }

    @Test
    void aRosterPreviewedOnOneNodeIsCommittedOnTheOther() {
        BackOfficeStaff staff = new BackOfficeStaff((Wiring) running.get(0), clock, address -> Mails.body(Mails.lastTo(mail, address)));
        BackOfficeStaff.Enrolled kanri = staff.staff(staff.operator("ops.nodes"), "demo", "kanri.nodes", StaffRole.ADMINISTRATOR);
        Browser browser = new Browser(one.port());
        staff.signIn(browser, kanri);
        browser.open("/admin/rosters");
        byte[] csv = "記号,番号,氏名,氏名カナ,生年月日,メールアドレス\r\n77,1,二宮 太郎,ニノミヤ タロウ,1980/04/01,ninomiya@example.jp\r\n"
                .getBytes(StandardCharsets.UTF_8);
        String preview = browser.upload("/admin/rosters/preview", Map.of("kind", "MEMBERS", "encoding", "UTF-8"), "nodes.csv",
                "text/csv", csv).body();
        Matcher token = Pattern.compile("name=\"token\" value=\"([A-Za-z0-9_-]{43})\"").matcher(preview);
        assertThat(token.find()).as("the preview's commit form").isTrue();

        browser.switchTo(two.port());
        browser.open("/admin/rosters");
        var committed = browser.submit("/admin/rosters/commit", Map.of("token", token.group(1)));

        assertThat(committed.body()).contains("「nodes.csv」を取り込みました（新規 1件、更新 0件、変更なし 0件）");
        browser.switchTo(one.port());
        browser.open("/admin/rosters");
        assertThat(browser.submit("/admin/rosters/commit", Map.of("token", token.group(1))).body()).contains("有効期限が切れました");
    }

    private void administer(String statement) throws Exception {
        try (Connection c = DriverManager.getConnection(SERVER + "postgres", "postgres", "");
             Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }
}
