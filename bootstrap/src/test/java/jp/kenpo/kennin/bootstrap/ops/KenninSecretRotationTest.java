package jp.kenpo.kennin.bootstrap.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.kenpo.kennin.adapters.crypto.Totp;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.application.fakes.MutableClock;
import jp.kenpo.kennin.application.keyrotation.ResealSecretsUseCase.ResealSecretsCommand;
import jp.kenpo.kennin.application.keyrotation.ResealSecretsUseCase.ResealSecretsResult;
import jp.kenpo.kennin.application.registration.ChooseCredentialsUseCase.ChooseCredentialsCommand;
import jp.kenpo.kennin.application.registration.ChooseCredentialsUseCase.ChooseCredentialsResult;
import jp.kenpo.kennin.application.registration.ConfirmRegistrationUseCase.ConfirmRegistrationCommand;
import jp.kenpo.kennin.application.registration.ConfirmRegistrationUseCase.ConfirmRegistrationResult;
import jp.kenpo.kennin.application.registration.IdentifyMemberUseCase.IdentifyMemberCommand;
import jp.kenpo.kennin.application.registration.IdentifyMemberUseCase.IdentifyMemberResult;
import jp.kenpo.kennin.application.roster.ImportRosterUseCase.ImportRosterCommand;
import jp.kenpo.kennin.application.roster.ImportRosterUseCase.ImportRosterResult;
import jp.kenpo.kennin.application.roster.RosterRow;
import jp.kenpo.kennin.application.staff.CompleteStaffEnrolmentUseCase.CompleteStaffEnrolmentCommand;
import jp.kenpo.kennin.application.staff.CompleteStaffEnrolmentUseCase.CompleteStaffEnrolmentResult;
import jp.kenpo.kennin.application.staff.CreateOperatorUseCase.CreateOperatorCommand;
import jp.kenpo.kennin.application.staff.CreateOperatorUseCase.CreateOperatorResult;
import jp.kenpo.kennin.application.staff.ShowStaffEnrolmentUseCase.ShowStaffEnrolmentResult;
import jp.kenpo.kennin.application.staff.StaffLogInUseCase.StaffLogInCommand;
import jp.kenpo.kennin.application.staff.StaffLogInUseCase.StaffLogInResult;
import jp.kenpo.kennin.bootstrap.Mails;
import jp.kenpo.kennin.bootstrap.Wiring;
import jp.kenpo.kennin.bootstrap.config.KenninConfig;
import jp.kenpo.kennin.domain.member.MemberId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * An installation changes KENNIN_SECRET with the old one in KENNIN_SECRET_PREVIOUS: a sign-up code
 * mailed just before still confirms, an operator still signs in with the authenticator enrolled
 * before (its secret was sealed with the old key), an enrolment link mailed before still opens, and
 * after reseal-secrets the old key can go and the operator still signs in. Without the previous key
 * the same code and sign-in fail, which is what the test would see if rotation broke them.
 */
class KenninSecretRotationTest {
    private static final String OLD = "old-installation-secret-0123456789abcdef";
    private static final String NEW = "new-installation-secret-fedcba9876543210";
    private static final String PASSWORD = "管理画面の長いパスフレーズ 2026";
    private static final ClientAddress CLIENT = new ClientAddress("192.0.2.81");
    private static final Pattern CODE = Pattern.compile("(?<![0-9])([0-9]{6})(?![0-9])");
    private static final Pattern LINK = Pattern.compile("/admin/enrol/([A-Za-z0-9_-]+)");

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @TempDir
    Path dataDir;

    private final MutableClock clock = MutableClock.at("2026-11-24T01:00:00Z");
    private final Totp totp = Totp.standard();

    @Test
    void pendingCodesLinksAndStaffSignInsSurviveARotationAndTheResealLetsTheOldKeyGo() throws Exception {
        MemberId member;
        String operatorSecret;
        String pendingLinkToken;
        // Before: everything made with the old key.
        try (Wiring before = wiring(OLD, null)) {
            before.seedDemo(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            var row = new RosterRow(2, "77", "7001", "回転 花子", "カイテン ハナコ", "1990/04/01", "hanako@rotation.example.jp", "本社");
            assertThat(before.importRoster(new ImportRosterCommand("demo", Optional.empty(), List.of(row))))
                    .isInstanceOf(ImportRosterResult.Imported.class);
            var identified = before.webUseCases().identifyMember().identifyMember(new IdentifyMemberCommand("demo", "77", "7001",
                    "1990/04/01", "カイテン ハナコ", CLIENT));
            member = ((IdentifyMemberResult.Identified) identified).member();
            assertThat(before.webUseCases().chooseCredentials().chooseCredentials(new ChooseCredentialsCommand(member,
                    "kaiten.hanako", "Kaiten2026!x", "Kaiten2026!x", CLIENT))).isInstanceOf(ChooseCredentialsResult.CodeSent.class);

            operatorSecret = enrolOperator(before, "ops.kaiten");
            var second = (CreateOperatorResult.Created) before.createOperator(new CreateOperatorCommand("ops.later", "運用 後日"));
            Matcher link = LINK.matcher(second.enrolmentLink());
            assertThat(link.find()).isTrue();
            pendingLinkToken = link.group(1);
            // Its first visit makes and seals the authenticator secret under the old key.
            assertThat(before.staffIdentity().showEnrolment().showEnrolment(pendingLinkToken))
                    .isInstanceOf(ShowStaffEnrolmentResult.Enrolment.class);
        }
        String code = codeIn(Mails.lastTo(mail, "hanako@rotation.example.jp"));
        clock.advance(Duration.ofMinutes(2));

        // The control: the new key alone refuses what the old key made.
        try (Wiring newKeyOnly = wiring(NEW, null)) {
            assertThat(newKeyOnly.webUseCases().confirmRegistration().confirmRegistration(
                    new ConfirmRegistrationCommand(member, code, CLIENT))).isInstanceOf(ConfirmRegistrationResult.WrongCode.class);
            assertThat(signIn(newKeyOnly, "ops.kaiten", operatorSecret)).isInstanceOf(StaffLogInResult.Refused.class);
            assertThat(newKeyOnly.staffIdentity().showEnrolment().showEnrolment(pendingLinkToken))
                    .isInstanceOf(ShowStaffEnrolmentResult.LinkInvalid.class);
        }
        clock.advance(Duration.ofSeconds(31));

        // During the rotation: new key plus the previous one.
        try (Wiring rotating = wiring(NEW, OLD)) {
            assertThat(rotating.webUseCases().confirmRegistration().confirmRegistration(
                    new ConfirmRegistrationCommand(member, code, CLIENT))).isInstanceOf(ConfirmRegistrationResult.Registered.class);
            assertThat(rotating.staffIdentity().showEnrolment().showEnrolment(pendingLinkToken))
                    .isInstanceOf(ShowStaffEnrolmentResult.Enrolment.class);
            // The sign-in works and seals the operator's secret again with the new key on the way.
            assertThat(signIn(rotating, "ops.kaiten", operatorSecret)).isInstanceOf(StaffLogInResult.SignedIn.class);
            clock.advance(Duration.ofSeconds(31));

            ResealSecretsResult first = rotating.resealSecrets(new ResealSecretsCommand("運用 山田"));
            assertThat(first.resealed()).as("the pending enrolment's secret").isEqualTo(1);
            assertThat(first.current()).as("the operator's, sealed again at sign-in").isEqualTo(1);
            assertThat(first.unreadable()).isZero();
            assertThat(first.done()).isTrue();
            // Run again (as after a kill): nothing left to do.
            ResealSecretsResult again = rotating.resealSecrets(new ResealSecretsCommand("運用 山田"));
            assertThat(again.resealed()).isZero();
            assertThat(again.current()).isEqualTo(2);
        }
        clock.advance(Duration.ofSeconds(31));

        // After: the previous key is gone, the operator still signs in with the same authenticator.
        try (Wiring after = wiring(NEW, null)) {
            assertThat(signIn(after, "ops.kaiten", operatorSecret)).isInstanceOf(StaffLogInResult.SignedIn.class);
        }
    }

    private Wiring wiring(String secret, String previous) {
        Map<String, String> env = new HashMap<>(Map.of(
                KenninConfig.DATA_DIR, dataDir.toString(),
                KenninConfig.SMTP_HOST, "127.0.0.1",
                KenninConfig.SMTP_PORT, Integer.toString(mail.getSmtp().getPort()),
                KenninConfig.SMTP_STARTTLS, "false",
                KenninConfig.SECRET, secret,
                KenninConfig.BASE_URL, "http://localhost:8080"));
        if (previous != null) {
            env.put(KenninConfig.SECRET_PREVIOUS, previous);
        }
        return Wiring.withClock(KenninConfig.fromEnvironment(env), clock);
    }

    private String enrolOperator(Wiring wiring, String login) {
        var created = (CreateOperatorResult.Created) wiring.createOperator(new CreateOperatorCommand(login, "運用 回転"));
        Matcher link = LINK.matcher(created.enrolmentLink());
        assertThat(link.find()).isTrue();
        var page = (ShowStaffEnrolmentResult.Enrolment) wiring.staffIdentity().showEnrolment().showEnrolment(link.group(1));
        String secret = page.totpSecret();
        assertThat(wiring.staffIdentity().completeEnrolment().completeEnrolment(new CompleteStaffEnrolmentCommand(link.group(1),
                PASSWORD, PASSWORD, totp.codeAt(secret, clock.instant()), CLIENT)))
                .isInstanceOf(CompleteStaffEnrolmentResult.Enrolled.class);
        clock.advance(Duration.ofSeconds(31));
        return secret;
    }

    private StaffLogInResult signIn(Wiring wiring, String login, String secret) {
        return wiring.staffIdentity().logIn().logIn(new StaffLogInCommand(login, PASSWORD, totp.codeAt(secret, clock.instant()),
                CLIENT));
    }


    private static String codeIn(MimeMessage message) throws Exception {
        Matcher m = CODE.matcher((String) message.getContent());
        assertThat(m.find()).isTrue();
        return m.group(1);
    }
}
