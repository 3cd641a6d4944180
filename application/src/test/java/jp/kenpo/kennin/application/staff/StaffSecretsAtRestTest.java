package jp.kenpo.kennin.application.staff;

import static jp.kenpo.kennin.application.staff.StaffSystem.CLIENT;
import static jp.kenpo.kennin.application.staff.StaffSystem.PASSWORD;
import static jp.kenpo.kennin.application.staff.StaffSystem.token;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import jp.kenpo.kennin.application.fakes.FakeOneTimePasswords;
import jp.kenpo.kennin.application.staff.CompleteStaffEnrolmentUseCase.CompleteStaffEnrolmentCommand;
import jp.kenpo.kennin.application.staff.CompleteStaffEnrolmentUseCase.CompleteStaffEnrolmentResult;
import jp.kenpo.kennin.application.staff.ShowStaffEnrolmentUseCase.ShowStaffEnrolmentResult;
import jp.kenpo.kennin.application.staff.StaffLogInUseCase.StaffLogInCommand;
import jp.kenpo.kennin.application.staff.StaffLogInUseCase.StaffLogInResult;
import jp.kenpo.kennin.domain.audit.AuditAction;
import jp.kenpo.kennin.domain.staff.StaffId;
import org.junit.jupiter.api.Test;

/**
 * Authenticator secrets are stored sealed, rows from before sealing still sign in (and are sealed
 * then), and an enrolment link survives only ten wrong authenticator codes.
 */
class StaffSecretsAtRestTest {
    /** What a row written before sealing holds: the base32 secret itself. */
    private static final String LEGACY_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

    private final StaffSystem system = new StaffSystem();

    @Test
    void theSecretIsStoredSealedWithTheLinkAndOnTheAccountAndTheStaffMemberStillSeesItPlain() {
        var created = system.newOperator("ops.tanaka");
        String token = token(created.enrolmentLink());
        var page = (ShowStaffEnrolmentResult.Enrolment) system.showEnrolment.showEnrolment(token);

        String atLink = system.staff.findEnrolment(system.digest.digest(token)).orElseThrow().totpSecret().orElseThrow();
        assertThat(atLink).startsWith("v1:").doesNotContain(page.totpSecret());
        assertThat(page.otpauthUri()).contains("secret=" + page.totpSecret());

        StaffSystem.Enrolled enrolled = system.enrol(token);
        assertThat(system.staff.storedTotpSecret(created.id())).hasValueSatisfying(stored ->
                assertThat(stored).startsWith("v1:").doesNotContain(enrolled.secret()));
        system.clock.advance(Duration.ofSeconds(30));
        assertThat(system.signIn("ops.tanaka", enrolled.secret()).id()).isEqualTo(created.id());
    }

    @Test
    void aPlainSecretFromBeforeSealingStillSignsInAndIsSealedThen() {
        StaffId id = enrolledOperatorWithLegacySecret();
        String stored = system.staff.storedTotpSecret(id).orElseThrow();
        assertThat(stored).isEqualTo(LEGACY_SECRET);

        assertThat(system.signIn("ops.tanaka", LEGACY_SECRET).id()).isEqualTo(id);

        assertThat(system.staff.storedTotpSecret(id)).hasValueSatisfying(s ->
                assertThat(s).startsWith("v1:").doesNotContain(LEGACY_SECRET));
        system.clock.advance(Duration.ofSeconds(30));
        assertThat(system.signIn("ops.tanaka", LEGACY_SECRET).id()).as("the same authenticator, now sealed").isEqualTo(id);
    }

    @Test
    void aPlainSecretIsNotSealedByAFailedSignIn() {
        StaffId id = enrolledOperatorWithLegacySecret();

        assertThat(system.logIn.logIn(new StaffLogInCommand("ops.tanaka", PASSWORD, "000000", CLIENT)))
                .isEqualTo(new StaffLogInResult.Refused());

        assertThat(system.staff.storedTotpSecret(id)).contains(LEGACY_SECRET);
    }

    @Test
    void aSecretThatDoesNotOpenRefusesSignInAndSaysWhyInTheLogOnly() {
        var created = system.newOperator("ops.tanaka");
        StaffSystem.Enrolled enrolled = system.enrol(token(created.enrolmentLink()));
        system.clock.advance(Duration.ofSeconds(30));
        system.sealer.refuseAll(true);

        assertThat(system.logIn.logIn(new StaffLogInCommand("ops.tanaka", PASSWORD,
                FakeOneTimePasswords.codeAt(enrolled.secret(), system.clock.instant()), CLIENT)))
                .isEqualTo(new StaffLogInResult.Refused());
        assertThat(system.audit.last().detail()).isEqualTo("authenticator secret unreadable");
    }

    @Test
    void anEnrolmentSecretThatDoesNotOpenMakesTheLinkInvalid() {
        String token = token(system.newOperator("ops.tanaka").enrolmentLink());
        var page = (ShowStaffEnrolmentResult.Enrolment) system.showEnrolment.showEnrolment(token);
        system.sealer.refuseAll(true);

        assertThat(system.showEnrolment.showEnrolment(token)).isEqualTo(new ShowStaffEnrolmentResult.LinkInvalid());
        assertThat(complete(token, FakeOneTimePasswords.codeAt(page.totpSecret(), system.clock.instant())))
                .isEqualTo(new CompleteStaffEnrolmentResult.LinkInvalid());
    }

    @Test
    void tenWrongCodesUseTheLinkUpEvenForTheRightCodeAfterwards() {
        String token = token(system.newOperator("ops.tanaka").enrolmentLink());
        var page = (ShowStaffEnrolmentResult.Enrolment) system.showEnrolment.showEnrolment(token);
        String right = FakeOneTimePasswords.codeAt(page.totpSecret(), system.clock.instant());
        String wrong = right.equals("000000") ? "111111" : "000000";
        // Password mistakes are not code guesses: they do not count.
        for (int i = 0; i < 20; i++) {
            assertThat(system.completeEnrolment.completeEnrolment(new CompleteStaffEnrolmentCommand(token, PASSWORD, "other",
                    right, CLIENT))).isEqualTo(new CompleteStaffEnrolmentResult.PasswordsDiffer());
        }

        for (int i = 1; i < StaffEnrolmentLinks.MAX_CODE_ATTEMPTS; i++) {
            assertThat(complete(token, wrong)).as("wrong code %d", i).isEqualTo(new CompleteStaffEnrolmentResult.WrongCode());
        }
        assertThat(system.audit.actions()).doesNotContain(AuditAction.STAFF_ENROLMENT_CODES_USED_UP);
        assertThat(complete(token, wrong)).as("the tenth").isEqualTo(new CompleteStaffEnrolmentResult.LinkInvalid());

        assertThat(complete(token, right)).isEqualTo(new CompleteStaffEnrolmentResult.LinkInvalid());
        assertThat(system.showEnrolment.showEnrolment(token)).isEqualTo(new ShowStaffEnrolmentResult.LinkInvalid());
        assertThat(system.audit.actions()).containsOnlyOnce(AuditAction.STAFF_ENROLMENT_CODES_USED_UP);
    }

    @Test
    void nineWrongCodesStillLeaveTheRightOneItsChance() {
        String token = token(system.newOperator("ops.tanaka").enrolmentLink());
        var page = (ShowStaffEnrolmentResult.Enrolment) system.showEnrolment.showEnrolment(token);
        String right = FakeOneTimePasswords.codeAt(page.totpSecret(), system.clock.instant());
        String wrong = right.equals("000000") ? "111111" : "000000";
        for (int i = 1; i < StaffEnrolmentLinks.MAX_CODE_ATTEMPTS; i++) {
            complete(token, wrong);
        }

        assertThat(complete(token, right)).isInstanceOf(CompleteStaffEnrolmentResult.Enrolled.class);
    }

    private CompleteStaffEnrolmentResult complete(String token, String code) {
        return system.completeEnrolment.completeEnrolment(new CompleteStaffEnrolmentCommand(token, PASSWORD, PASSWORD, code,
                CLIENT));
    }

    /** An enrolled operator whose row holds the base32 secret, as rows written before sealing do. */
    private StaffId enrolledOperatorWithLegacySecret() {
        var created = system.newOperator("ops.tanaka");
        system.enrol(token(created.enrolmentLink()));
        system.staff.overwriteTotpSecret(created.id(), LEGACY_SECRET);
        system.clock.advance(Duration.ofSeconds(30));
        return created.id();
    }
}
