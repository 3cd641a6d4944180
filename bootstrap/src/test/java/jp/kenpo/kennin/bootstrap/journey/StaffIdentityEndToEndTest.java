package jp.kenpo.kennin.bootstrap.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.kenpo.kennin.adapters.cli.ConsoleMessages;
import jp.kenpo.kennin.adapters.crypto.Totp;
import jp.kenpo.kennin.adapters.persistence.Database;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.application.staff.CompleteStaffEnrolmentUseCase.CompleteStaffEnrolmentCommand;
import jp.kenpo.kennin.application.staff.CompleteStaffEnrolmentUseCase.CompleteStaffEnrolmentResult;
import jp.kenpo.kennin.application.staff.ShowStaffEnrolmentUseCase.ShowStaffEnrolmentResult;
import jp.kenpo.kennin.application.staff.StaffLogInUseCase.StaffLogInCommand;
import jp.kenpo.kennin.application.staff.StaffLogInUseCase.StaffLogInResult;
import jp.kenpo.kennin.bootstrap.Main;
import jp.kenpo.kennin.bootstrap.Wiring;
import jp.kenpo.kennin.bootstrap.config.KenninConfig;
import jp.kenpo.kennin.domain.staff.StaffRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The first operator as an installation gets one: {@code create-operator} from the jar prints a
 * one-time link; behind it the operator chooses a password and enrols an authenticator (codes
 * computed here from the secret shown, as an app would); then signs in with the real Argon2id
 * hasher, TOTP and database, where a used code, a used recovery code and a run of wrong attempts
 * are refused.
 */
class StaffIdentityEndToEndTest {
    private static final String PASSWORD = "運用者の長いパスフレーズ 2026";
    private static final ClientAddress CLIENT = new ClientAddress("192.0.2.44");
    private static final Pattern LINK = Pattern.compile("(http://\\S+/admin/enrol/)(\\S+)");

    @TempDir
    Path dataDir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final SettableClock clock = new SettableClock(Instant.now());
    private final Totp authenticator = Totp.standard();

    @Test
    void theOperatorEnrolsFromThePrintedLinkAndSignsInWithTheSecondFactor() {
        Map<String, String> env = Map.of(KenninConfig.DATA_DIR, dataDir.toString(), KenninConfig.SECRET,
                "identity-e2e-secret-identity-e2e-secret");
        assertThat(main(env).run("create-operator", "--login", "ops.tanaka", "--name", "運用 太郎").exitCode()).hasValue(0);
        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(printed).contains("運用者「ops.tanaka」を作成しました", "(JST)");
        Matcher link = LINK.matcher(printed);
        assertThat(link.find()).isTrue();
        assertThat(link.group(1)).isEqualTo("http://localhost:8080/admin/enrol/");
        String token = link.group(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();

        assertThat(main(env).run("create-operator", "--login", "OPS.TANAKA").exitCode()).hasValue(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("すでに使われています");

        try (Wiring wiring = Wiring.withClock(KenninConfig.fromEnvironment(env), clock)) {
            var identity = wiring.staffIdentity();
            var page = (ShowStaffEnrolmentResult.Enrolment) identity.showEnrolment().showEnrolment(token);
            assertThat(page.otpauthUri()).startsWith("otpauth://totp/kenpo-kennin:ops.tanaka?secret=" + page.totpSecret());
            assertThat(((ShowStaffEnrolmentResult.Enrolment) identity.showEnrolment().showEnrolment(token)).totpSecret())
                    .isEqualTo(page.totpSecret());
            String secret = page.totpSecret();

            var enrolled = identity.completeEnrolment().completeEnrolment(new CompleteStaffEnrolmentCommand(token, PASSWORD,
                    PASSWORD, authenticator.codeAt(secret, clock.instant()), CLIENT));
            assertThat(enrolled).isInstanceOf(CompleteStaffEnrolmentResult.Enrolled.class);
            List<String> recoveryCodes = ((CompleteStaffEnrolmentResult.Enrolled) enrolled).recoveryCodes();
            assertThat(recoveryCodes).hasSize(10).allMatch(c -> c.matches("[a-z2-9]{5}-[a-z2-9]{5}"));
            assertThat(identity.showEnrolment().showEnrolment(token)).isEqualTo(new ShowStaffEnrolmentResult.LinkInvalid());

            // The next step's code signs in; the same code (the same step) is refused when typed again.
            clock.advance(Duration.ofSeconds(30));
            String code = authenticator.codeAt(secret, clock.instant());
            StaffLogInResult signedIn = identity.logIn().logIn(new StaffLogInCommand("ops.tanaka", PASSWORD, code, CLIENT));
            assertThat(signedIn).isInstanceOf(StaffLogInResult.SignedIn.class);
            assertThat(((StaffLogInResult.SignedIn) signedIn).staff().role()).isEqualTo(StaffRole.OPERATOR);
            assertThat(((StaffLogInResult.SignedIn) signedIn).recoveryCodesLeft()).isEqualTo(10);
            assertThat(identity.logIn().logIn(new StaffLogInCommand("ops.tanaka", PASSWORD, code, CLIENT)))
                    .isEqualTo(new StaffLogInResult.Refused());

            // A recovery code works once.
            clock.advance(Duration.ofSeconds(10));
            String recovery = recoveryCodes.get(0);
            StaffLogInResult withRecovery = identity.logIn().logIn(new StaffLogInCommand("ops.tanaka", PASSWORD,
                    recovery.toUpperCase(), CLIENT));
            assertThat(withRecovery).isInstanceOf(StaffLogInResult.SignedIn.class);
            assertThat(((StaffLogInResult.SignedIn) withRecovery).recoveryCodesLeft()).isEqualTo(9);
            clock.advance(Duration.ofSeconds(10));
            assertThat(identity.logIn().logIn(new StaffLogInCommand("ops.tanaka", PASSWORD, recovery, CLIENT)))
                    .isEqualTo(new StaffLogInResult.Refused());

            // A sign-in clears the failures so far; then ten wrong attempts (each past the slow-down) lock the login,
            // and even the right password and code are refused.
            clock.advance(Duration.ofSeconds(30));
            assertThat(identity.logIn().logIn(new StaffLogInCommand("ops.tanaka", PASSWORD,
                    authenticator.codeAt(secret, clock.instant()), CLIENT))).isInstanceOf(StaffLogInResult.SignedIn.class);
            for (int i = 0; i < 10; i++) {
                clock.advance(Duration.ofSeconds(31));
                assertThat(identity.logIn().logIn(new StaffLogInCommand("ops.tanaka", "wrong password " + i,
                        authenticator.codeAt(secret, clock.instant()), new ClientAddress("198.51.100." + i))))
                        .isEqualTo(new StaffLogInResult.Refused());
            }
            clock.advance(Duration.ofSeconds(31));
            assertThat(identity.logIn().logIn(new StaffLogInCommand("ops.tanaka", PASSWORD,
                    authenticator.codeAt(secret, clock.instant()), CLIENT))).isEqualTo(new StaffLogInResult.Throttled());
        }
    }

    @Test
    void theAuthenticatorSecretIsStoredSealedAndAForgetfulOperatorGetsANewLinkFromTheCommandLine() throws Exception {
        Map<String, String> env = Map.of(KenninConfig.DATA_DIR, dataDir.toString(), KenninConfig.SECRET,
                "identity-e2e-secret-identity-e2e-secret");
        assertThat(main(env).run("create-operator", "--login", "ops.sato").exitCode()).hasValue(0);
        Matcher link = LINK.matcher(out.toString(StandardCharsets.UTF_8));
        assertThat(link.find()).isTrue();
        String token = link.group(2);
        String secret;
        try (Wiring wiring = Wiring.withClock(KenninConfig.fromEnvironment(env), clock)) {
            var identity = wiring.staffIdentity();
            secret = ((ShowStaffEnrolmentResult.Enrolment) identity.showEnrolment().showEnrolment(token)).totpSecret();
            assertThat(secret).matches("[A-Z2-7]{32}");
            assertThat(column("select totp_secret from staff_enrolment")).singleElement().asString()
                    .startsWith("v1:").doesNotContain(secret);

            assertThat(identity.completeEnrolment().completeEnrolment(new CompleteStaffEnrolmentCommand(token, PASSWORD,
                    PASSWORD, authenticator.codeAt(secret, clock.instant()), CLIENT)))
                    .isInstanceOf(CompleteStaffEnrolmentResult.Enrolled.class);
            String stored = column("select totp_secret from staff where login_key = 'ops.sato'").get(0);
            assertThat(stored).startsWith("v1:").doesNotContain(secret);
            clock.advance(Duration.ofSeconds(30));
            assertThat(identity.logIn().logIn(new StaffLogInCommand("ops.sato", PASSWORD,
                    authenticator.codeAt(secret, clock.instant()), CLIENT))).isInstanceOf(StaffLogInResult.SignedIn.class);
        }

        out.reset();
        assertThat(main(env).run("reissue-operator", "--login", "OPS.SATO").exitCode()).hasValue(0);
        Matcher again = LINK.matcher(out.toString(StandardCharsets.UTF_8));
        assertThat(again.find()).isTrue();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("運用者「OPS.SATO」の登録用URLを再発行しました");
        assertThat(main(env).run("reissue-operator", "--login", "nobody").exitCode()).hasValue(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("ログイン名「nobody」の運用者はいません");
        try (Wiring wiring = Wiring.withClock(KenninConfig.fromEnvironment(env), clock)) {
            var identity = wiring.staffIdentity();
            clock.advance(Duration.ofSeconds(30));
            assertThat(identity.logIn().logIn(new StaffLogInCommand("ops.sato", PASSWORD,
                    authenticator.codeAt(secret, clock.instant()), CLIENT))).as("the old factor is gone")
                    .isEqualTo(new StaffLogInResult.Refused());
            assertThat(identity.showEnrolment().showEnrolment(token)).isEqualTo(new ShowStaffEnrolmentResult.LinkInvalid());
            assertThat(identity.showEnrolment().showEnrolment(again.group(2)))
                    .isInstanceOf(ShowStaffEnrolmentResult.Enrolment.class);
            assertThat(column("select action from audit_log where action = 'STAFF_ENROLMENT_REISSUED'")).hasSize(1);
        }
    }

    /** One column of a query, read straight from the embedded database's tables. */
    private List<String> column(String sql) throws SQLException, java.io.IOException {
        try (Connection db = DriverManager.getConnection(Database.h2FileUrl(dataDir), Database.EMBEDDED_USER,
                Files.readString(dataDir.resolve(KenninConfig.DB_KEY_FILE)).strip());
             PreparedStatement query = db.prepareStatement(sql);
             ResultSet rows = query.executeQuery()) {
            List<String> values = new java.util.ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        }
    }

    private Main main(Map<String, String> env) {
        err.reset();
        return new Main(env, Wiring::of, ConsoleMessages.standard(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    /** Real time to start with (the link's 24 hours are counted from the real clock), then moved by the test. */
    private static final class SettableClock extends Clock {
        private volatile Instant now;

        SettableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return Wiring.TOKYO;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }
    }
}
