package jp.kenpo.kennin.application.staff;

import static jp.kenpo.kennin.application.staff.StaffSystem.CLIENT;
import static jp.kenpo.kennin.application.staff.StaffSystem.PASSWORD;
import static jp.kenpo.kennin.application.staff.StaffSystem.token;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashSet;
import jp.kenpo.kennin.application.fakes.FakeOneTimePasswords;
import jp.kenpo.kennin.application.staff.CompleteStaffEnrolmentUseCase.CompleteStaffEnrolmentCommand;
import jp.kenpo.kennin.application.staff.CompleteStaffEnrolmentUseCase.CompleteStaffEnrolmentResult;
import jp.kenpo.kennin.application.staff.CreateOperatorUseCase.CreateOperatorCommand;
import jp.kenpo.kennin.application.staff.CreateOperatorUseCase.CreateOperatorResult;
import jp.kenpo.kennin.application.staff.ShowStaffEnrolmentUseCase.ShowStaffEnrolmentResult;
import jp.kenpo.kennin.domain.audit.AuditAction;
import jp.kenpo.kennin.domain.credential.CredentialViolation;
import jp.kenpo.kennin.domain.staff.StaffState;
import org.junit.jupiter.api.Test;

/** The operator from the command line, and enrolment behind a one-time link. */
class StaffEnrolmentTest {
    private final StaffSystem system = new StaffSystem();

    @Test
    void anOperatorIsCreatedWithALinkValidFor24HoursWhoseTokenIsStoredOnlyAsADigest() {
        CreateOperatorResult.Created created = system.newOperator("ops.tanaka");

        assertThat(created.expiresAt()).isEqualTo(system.clock.instant().plus(Duration.ofHours(24)));
        String token = token(created.enrolmentLink());
        assertThat(system.staff.findEnrolment(token)).isEmpty();
        assertThat(system.staff.findEnrolment(system.digest.digest(token))).isPresent();
        assertThat(system.staff.findStaff(created.id()).orElseThrow().state()).isEqualTo(StaffState.ENROLLING);
        assertThat(system.audit.withAction(AuditAction.STAFF_CREATED)).singleElement()
                .satisfies(e -> assertThat(e.detail()).contains("OPERATOR", "ops.tanaka").doesNotContain(token));
    }

    @Test
    void aTakenLoginInAnyCaseOrWidthAndAnImpossibleLoginAreRefused() {
        system.newOperator("ops.tanaka");

        assertThat(system.createOperator.createOperator(new CreateOperatorCommand("ＯＰＳ.Tanaka", null)))
                .isEqualTo(new CreateOperatorResult.LoginTaken());
        assertThat(system.createOperator.createOperator(new CreateOperatorCommand("田中", null)))
                .isEqualTo(new CreateOperatorResult.Invalid("staff.login.invalid"));
        assertThat(system.createOperator.createOperator(new CreateOperatorCommand("ops2", "a\nb")))
                .isEqualTo(new CreateOperatorResult.Invalid("staff.name.invalid"));
    }

    @Test
    void reloadingTheEnrolmentPageShowsTheSameSecret() {
        String token = token(system.newOperator("ops.tanaka").enrolmentLink());

        var first = (ShowStaffEnrolmentResult.Enrolment) system.showEnrolment.showEnrolment(token);
        var again = (ShowStaffEnrolmentResult.Enrolment) system.showEnrolment.showEnrolment(token);

        assertThat(again.totpSecret()).isEqualTo(first.totpSecret());
        assertThat(first.login().value()).isEqualTo("ops.tanaka");
        assertThat(first.otpauthUri()).contains(first.totpSecret(), "ops.tanaka");
        assertThat(first.policy().passwordMinLength()).isEqualTo(12);
    }

    @Test
    void enrolmentActivatesTheAccountAndGivesTenDifferentRecoveryCodesStoredHashed() {
        CreateOperatorResult.Created created = system.newOperator("ops.tanaka");

        StaffSystem.Enrolled enrolled = system.enrol(token(created.enrolmentLink()));

        assertThat(enrolled.recoveryCodes()).hasSize(10);
        assertThat(new HashSet<>(enrolled.recoveryCodes())).hasSize(10);
        assertThat(system.staff.storedRecoveryCodes(created.id())).hasSize(10)
                .noneMatch(stored -> enrolled.recoveryCodes().stream().anyMatch(stored::contains)
                        && !stored.startsWith("digest("));
        var account = system.staff.findByLogin(new jp.kenpo.kennin.domain.staff.LoginName("ops.tanaka")).orElseThrow();
        assertThat(account.member().state()).isEqualTo(StaffState.ACTIVE);
        assertThat(account.passwordHash()).hasValueSatisfying(h -> assertThat(h).isNotEqualTo(PASSWORD));
        assertThat(system.audit.actions()).contains(AuditAction.STAFF_ENROLLED);
    }

    @Test
    void theLinkWorksOnceEvenFromTwoTabs() {
        String token = token(system.newOperator("ops.tanaka").enrolmentLink());
        var page = (ShowStaffEnrolmentResult.Enrolment) system.showEnrolment.showEnrolment(token);
        String code = FakeOneTimePasswords.codeAt(page.totpSecret(), system.clock.instant());
        // The other tab finishes while this one is hashing its password.
        CompleteStaffEnrolmentResult[] otherTab = new CompleteStaffEnrolmentResult[1];
        system.passwordHasher.whileNextHashing(() -> otherTab[0] = system.completeEnrolment.completeEnrolment(
                new CompleteStaffEnrolmentCommand(token, PASSWORD, PASSWORD, code, CLIENT)));

        CompleteStaffEnrolmentResult thisTab = system.completeEnrolment.completeEnrolment(
                new CompleteStaffEnrolmentCommand(token, PASSWORD, PASSWORD, code, CLIENT));

        assertThat(otherTab[0]).isInstanceOf(CompleteStaffEnrolmentResult.Enrolled.class);
        assertThat(thisTab).isEqualTo(new CompleteStaffEnrolmentResult.LinkInvalid());
        assertThat(system.showEnrolment.showEnrolment(token)).isEqualTo(new ShowStaffEnrolmentResult.LinkInvalid());
    }

    @Test
    void anExpiredUnknownOrUnshownLinkIsInvalid() {
        String token = token(system.newOperator("ops.tanaka").enrolmentLink());
        String code = FakeOneTimePasswords.codeAt("SECRET1", system.clock.instant());
        // Never shown: no secret was made, so no authenticator can hold one.
        assertThat(system.completeEnrolment.completeEnrolment(new CompleteStaffEnrolmentCommand(token, PASSWORD, PASSWORD, code,
                CLIENT))).isEqualTo(new CompleteStaffEnrolmentResult.LinkInvalid());
        assertThat(system.showEnrolment.showEnrolment("no-such-token")).isEqualTo(new ShowStaffEnrolmentResult.LinkInvalid());
        assertThat(system.showEnrolment.showEnrolment(null)).isEqualTo(new ShowStaffEnrolmentResult.LinkInvalid());

        system.clock.advance(Duration.ofHours(24));

        assertThat(system.showEnrolment.showEnrolment(token)).isEqualTo(new ShowStaffEnrolmentResult.LinkInvalid());
    }

    @Test
    void passwordsMustMatchFollowTheRulesAndNotContainTheLogin() {
        String token = token(system.newOperator("ops.tanaka").enrolmentLink());
        var page = (ShowStaffEnrolmentResult.Enrolment) system.showEnrolment.showEnrolment(token);
        String code = FakeOneTimePasswords.codeAt(page.totpSecret(), system.clock.instant());

        assertThat(complete(token, PASSWORD, PASSWORD + "x", code)).isEqualTo(new CompleteStaffEnrolmentResult.PasswordsDiffer());
        assertThat(codes(complete(token, "short pass1", "short pass1", code))).containsExactly("credential.password.length");
        assertThat(codes(complete(token, "my OPS.Tanaka pass", "my OPS.Tanaka pass", code)))
                .containsExactly(StaffPasswords.CONTAINS_LOGIN);
        assertThat(codes(complete(token, "password1234", "password1234", code))).contains("credential.password.common");
        assertThat(complete(token, PASSWORD, PASSWORD, "000000".equals(code) ? "111111" : "000000"))
                .isEqualTo(new CompleteStaffEnrolmentResult.WrongCode());
        // None of these used the link up.
        assertThat(complete(token, PASSWORD, PASSWORD, code)).isInstanceOf(CompleteStaffEnrolmentResult.Enrolled.class);
    }

    @Test
    void theCodeAtEnrolmentIsTheLastUsedStepSoItCannotSignInAgain() {
        CreateOperatorResult.Created created = system.newOperator("ops.tanaka");
        StaffSystem.Enrolled enrolled = system.enrol(token(created.enrolmentLink()));

        var result = system.logIn.logIn(new StaffLogInUseCase.StaffLogInCommand("ops.tanaka", PASSWORD,
                FakeOneTimePasswords.codeAt(enrolled.secret(), system.clock.instant()), CLIENT));

        assertThat(result).isEqualTo(new StaffLogInUseCase.StaffLogInResult.Refused());
        assertThat(system.staff.findByLogin(new jp.kenpo.kennin.domain.staff.LoginName("ops.tanaka")).orElseThrow()
                .lastTotpStep()).hasValue(FakeOneTimePasswords.step(system.clock.instant()));
    }

    private CompleteStaffEnrolmentResult complete(String token, String password, String again, String code) {
        return system.completeEnrolment.completeEnrolment(new CompleteStaffEnrolmentCommand(token, password, again, code, CLIENT));
    }

    private static java.util.List<String> codes(CompleteStaffEnrolmentResult result) {
        assertThat(result).isInstanceOf(CompleteStaffEnrolmentResult.PasswordRejected.class);
        return ((CompleteStaffEnrolmentResult.PasswordRejected) result).violations().stream().map(CredentialViolation::code).toList();
    }
}
