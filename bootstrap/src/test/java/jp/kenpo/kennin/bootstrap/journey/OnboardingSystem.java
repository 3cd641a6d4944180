package jp.kenpo.kennin.bootstrap.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.javalin.Javalin;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.kenpo.kennin.adapters.web.testing.Browser;
import jp.kenpo.kennin.application.fakes.MutableClock;
import jp.kenpo.kennin.application.roster.ImportRosterUseCase.ImportRosterCommand;
import jp.kenpo.kennin.application.roster.ImportRosterUseCase.ImportRosterResult;
import jp.kenpo.kennin.application.roster.RosterRow;
import jp.kenpo.kennin.bootstrap.Wiring;
import jp.kenpo.kennin.bootstrap.config.KenninConfig;

/**
 * The whole system as a member meets it: the production wiring on an embedded H2 database in a
 * temporary directory, a real SMTP server (GreenMail) receiving the mails, the web server on a
 * free port, and a clock the test can move. Seeded with the demo insurer, as {@code demo} does.
 */
final class OnboardingSystem implements AutoCloseable {
    static final String INSURER = "demo";
    private static final Pattern CODE = Pattern.compile("(?<![0-9])([0-9]{6})(?![0-9])");

    final MutableClock clock = MutableClock.at("2026-11-24T01:00:00Z");
    final Wiring wiring;
    final Javalin web;
    private final GreenMailExtension mail;
    private int nextLine = 2;

    OnboardingSystem(Path dataDir, GreenMailExtension mail) {
        this(dataDir, mail, true);
    }

    /** @param demo seed the demo insurer; without it the installation starts empty, as a real one does */
    OnboardingSystem(Path dataDir, GreenMailExtension mail, boolean demo) {
        this.mail = mail;
        KenninConfig config = KenninConfig.fromEnvironment(Map.of(
                KenninConfig.DATA_DIR, dataDir.toString(),
                KenninConfig.SMTP_HOST, "127.0.0.1",
                KenninConfig.SMTP_PORT, Integer.toString(mail.getSmtp().getPort()),
                KenninConfig.SMTP_STARTTLS, "false",
                KenninConfig.SECRET, "journey-test-secret-journey-test-secret",
                KenninConfig.BASE_URL, "http://localhost:8080"));
        this.wiring = Wiring.withClock(config, clock);
        if (demo) {
            wiring.seedDemo(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        }
        this.web = wiring.startWeb(0);
    }

    Browser browser() {
        return new Browser(web.port());
    }

    /** Adds one synthetic member to the demo insurer's roster. */
    RosterRow addMember(String symbol, String number, String name, String kana, String birthDate, String email) {
        RosterRow row = new RosterRow(nextLine++, symbol, number, name, kana, birthDate, email, "本社");
        ImportRosterResult result = wiring.importRoster(new ImportRosterCommand(INSURER, Optional.empty(), List.of(row)));
        assertThat(result).isInstanceOf(ImportRosterResult.Imported.class);
        return row;
    }

    /** Registers through the manual's pages, reading the code from the mail, then logs in and accepts the terms. */
    void registerAndLogIn(Browser browser, RosterRow member, String userId, String password) {
        browser.open("/signup");
        browser.submit("/signup", Map.of("insurerCode", INSURER, "symbol", member.symbol(), "number", member.number(),
                "birthDate", member.birthDate(), "kanaName", member.nameKana()));
        browser.submit("/signup/credentials", Map.of("userId", userId, "password", password, "passwordConfirmation", password));
        browser.submit("/signup/code", Map.of("code", codeIn(lastMailTo(member.email()))));
        browser.open("/login");
        browser.submit("/login", Map.of("userId", userId, "password", password));
        assertThat(browser.submit("/terms", Map.of("agreed", "on", "version", "1")).uri().getPath()).isEqualTo("/home");
    }

    /** The newest mail that reached this address. */
    MimeMessage lastMailTo(String address) {
        try {
            mail.waitForIncomingEmail(5_000, 1);
            MimeMessage[] all = mail.getReceivedMessages();
            List<MimeMessage> mine = java.util.Arrays.stream(all).filter(m -> recipient(m).equalsIgnoreCase(address)).toList();
            assertThat(mine).as("mails to %s", address).isNotEmpty();
            return mine.get(mine.size() - 1);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    int mailCount() {
        return mail.getReceivedMessages().length;
    }

    /** Waits until this many mails have arrived in all, for mails sent after the page answered. */
    void awaitMailCount(int total) {
        assertThat(mail.waitForIncomingEmail(10_000, total)).as("%d mails arrived", total).isTrue();
    }

    int mailCountTo(String address) {
        return (int) java.util.Arrays.stream(mail.getReceivedMessages()).filter(m -> recipient(m).equalsIgnoreCase(address)).count();
    }

    static String body(MimeMessage message) {
        try {
            return (String) message.getContent();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String codeIn(MimeMessage message) {
        Matcher m = CODE.matcher(body(message));
        assertThat(m.find()).as("a 6-digit code in the mail").isTrue();
        return m.group(1);
    }

    private static String recipient(MimeMessage m) {
        try {
            return m.getAllRecipients()[0].toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    Instant now() {
        return clock.instant();
    }

    @Override
    public void close() {
        web.stop();
        wiring.close();
    }
}
