package jp.kenpo.kennin.application.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.application.OnboardingSettings;
import jp.kenpo.kennin.application.fakes.FakeOneTimePasswords;
import jp.kenpo.kennin.application.fakes.FakePasswordHasher;
import jp.kenpo.kennin.application.fakes.FakeSecretDigest;
import jp.kenpo.kennin.application.fakes.FakeSecretSealer;
import jp.kenpo.kennin.application.fakes.InMemoryFailureCounter;
import jp.kenpo.kennin.application.fakes.InMemoryInsurers;
import jp.kenpo.kennin.application.fakes.InMemoryStaff;
import jp.kenpo.kennin.application.fakes.InlineTransactions;
import jp.kenpo.kennin.application.fakes.MutableClock;
import jp.kenpo.kennin.application.fakes.RecordingAuditLog;
import jp.kenpo.kennin.application.fakes.RecordingMailer;
import jp.kenpo.kennin.application.fakes.SequentialSecrets;
import jp.kenpo.kennin.application.staff.CompleteStaffEnrolmentUseCase.CompleteStaffEnrolmentCommand;
import jp.kenpo.kennin.application.staff.CompleteStaffEnrolmentUseCase.CompleteStaffEnrolmentResult;
import jp.kenpo.kennin.application.staff.CreateOperatorUseCase.CreateOperatorCommand;
import jp.kenpo.kennin.application.staff.CreateOperatorUseCase.CreateOperatorResult;
import jp.kenpo.kennin.application.staff.CreateStaffUseCase.CreateStaffCommand;
import jp.kenpo.kennin.application.staff.CreateStaffUseCase.CreateStaffResult;
import jp.kenpo.kennin.application.staff.ShowStaffEnrolmentUseCase.ShowStaffEnrolmentResult;
import jp.kenpo.kennin.application.staff.StaffLogInUseCase.StaffLogInCommand;
import jp.kenpo.kennin.application.staff.StaffLogInUseCase.StaffLogInResult;
import jp.kenpo.kennin.domain.credential.CredentialPolicy;
import jp.kenpo.kennin.domain.insurer.Insurer;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.insurer.InsurerContact;
import jp.kenpo.kennin.domain.member.EmailAddress;
import jp.kenpo.kennin.domain.staff.StaffId;
import jp.kenpo.kennin.domain.staff.StaffRole;

/** The staff identity services on in-memory fakes, and the steps the tests repeat. */
final class StaffSystem {
    static final String BASE_URL = "https://kennin.example.jp";
    static final String PASSWORD = "correct horse battery 2026";
    static final ClientAddress CLIENT = new ClientAddress("203.0.113.7");

    final MutableClock clock = MutableClock.at("2026-04-01T00:00:10Z");
    final OnboardingSettings settings = OnboardingSettings.defaults(BASE_URL);
    final InMemoryStaff staff = new InMemoryStaff();
    final InMemoryInsurers insurers = new InMemoryInsurers();
    final InMemoryFailureCounter failures = new InMemoryFailureCounter();
    final RecordingAuditLog audit = new RecordingAuditLog();
    final RecordingMailer mailer = new RecordingMailer();
    final FakePasswordHasher passwordHasher = new FakePasswordHasher();
    final FakeSecretDigest digest = new FakeSecretDigest();
    final SequentialSecrets secrets = new SequentialSecrets();
    final InlineTransactions transactions = new InlineTransactions();
    final FakeOneTimePasswords otp = new FakeOneTimePasswords();
    final FakeSecretSealer sealer = new FakeSecretSealer();
    final StaffMailSender installation = new StaffMailSender(EmailAddress.parse("kennin@example.jp"), "kenpo-kennin");
    final StaffEnrolmentLinks links = new StaffEnrolmentLinks(staff, secrets, digest, settings);

    final CreateOperatorService createOperator = new CreateOperatorService(staff, links, transactions, audit, clock);
    final ShowStaffEnrolmentService showEnrolment = new ShowStaffEnrolmentService(staff, links, otp, sealer, clock);
    final CompleteStaffEnrolmentService completeEnrolment = new CompleteStaffEnrolmentService(staff, links, otp, sealer, passwordHasher,
            digest, transactions, audit, clock);
    final StaffLogInService logIn = new StaffLogInService(staff, otp, sealer, passwordHasher, digest, failures, audit,
            clock, settings);
    final CreateStaffService createStaff = new CreateStaffService(staff, insurers, links, mailer, installation, transactions,
            audit, clock);
    final ListStaffService listStaff = new ListStaffService(staff);
    final DisableStaffService disableStaff = new DisableStaffService(staff, audit, clock);
    final ReissueStaffEnrolmentService reissue = new ReissueStaffEnrolmentService(staff, insurers, links, mailer, installation,
            transactions, audit, clock);
    final ReissueOperatorEnrolmentService reissueOperator = new ReissueOperatorEnrolmentService(staff, links, transactions, audit,
            clock);
    // --- sessions ---
    final CheckStaffSessionService checkSession = new CheckStaffSessionService(staff, audit, clock);
    final StaffLogOutService logOut = new StaffLogOutService(audit, clock);

    Insurer insurer(String code) {
        Insurer insurer = new Insurer(new InsurerCode(code), code + "健康保険組合", new EmailAddress(code + "-kenpo@example.jp"),
                new InsurerContact("", "", "help@" + code + ".example.jp", ""), CredentialPolicy.manualDefault(), 2026);
        insurers.saveInsurer(insurer);
        return insurer;
    }

    /** The token at the end of a link. */
    static String token(String link) {
        assertThat(link).startsWith(BASE_URL + "/admin/enrol/");
        return link.substring((BASE_URL + "/admin/enrol/").length());
    }

    /** The token of the last enrolment mail. */
    String mailedToken() {
        return token(mailer.last().params().get("link"));
    }

    CreateOperatorResult.Created newOperator(String login) {
        return (CreateOperatorResult.Created) createOperator.createOperator(new CreateOperatorCommand(login, "運用 担当"));
    }

    /** Opens the link, enrols with the secret shown and returns the recovery codes. */
    Enrolled enrol(String token) {
        ShowStaffEnrolmentResult.Enrolment page = (ShowStaffEnrolmentResult.Enrolment) showEnrolment.showEnrolment(token);
        CompleteStaffEnrolmentResult result = completeEnrolment.completeEnrolment(new CompleteStaffEnrolmentCommand(token,
                PASSWORD, PASSWORD, FakeOneTimePasswords.codeAt(page.totpSecret(), clock.instant()), CLIENT));
        assertThat(result).isInstanceOf(CompleteStaffEnrolmentResult.Enrolled.class);
        return new Enrolled(page.totpSecret(), ((CompleteStaffEnrolmentResult.Enrolled) result).recoveryCodes());
    }

    record Enrolled(String secret, List<String> recoveryCodes) {
    }

    /** An operator, enrolled and signed in (the clock then moves past the step used). */
    SignedInStaff signedInOperator(String login) {
        Enrolled enrolled = enrol(token(newOperator(login).enrolmentLink()));
        clock.advance(java.time.Duration.ofSeconds(30));
        return signIn(login, enrolled.secret());
    }

    SignedInStaff signIn(String login, String secret) {
        StaffLogInResult result = logIn.logIn(new StaffLogInCommand(login, PASSWORD,
                FakeOneTimePasswords.codeAt(secret, clock.instant()), CLIENT));
        assertThat(result).isInstanceOf(StaffLogInResult.SignedIn.class);
        return ((StaffLogInResult.SignedIn) result).staff();
    }

    StaffId created(CreateStaffResult result) {
        assertThat(result).isInstanceOf(CreateStaffResult.Created.class);
        return ((CreateStaffResult.Created) result).id();
    }

    /** A 管理者 of {@code insurer} created by {@code operator}, enrolled and signed in. */
    SignedInStaff signedInAdministrator(SignedInStaff operator, String insurer, String login) {
        created(createStaff.createStaff(new CreateStaffCommand(operator, Optional.of(insurer), login, "管理 花子",
                login + "@example.jp", StaffRole.ADMINISTRATOR, Optional.empty(), CLIENT)));
        Enrolled enrolled = enrol(mailedToken());
        clock.advance(java.time.Duration.ofSeconds(30));
        return signIn(login, enrolled.secret());
    }
}
