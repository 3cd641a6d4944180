package jp.kenpo.kennin.application.staff;

import static jp.kenpo.kennin.application.staff.StaffSystem.CLIENT;
import static jp.kenpo.kennin.application.staff.StaffSystem.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import jp.kenpo.kennin.application.fakes.FakeOneTimePasswords;
import jp.kenpo.kennin.application.mail.Mail;
import jp.kenpo.kennin.application.mail.MailTemplate;
import jp.kenpo.kennin.application.staff.CreateStaffUseCase.CreateStaffCommand;
import jp.kenpo.kennin.application.staff.CreateStaffUseCase.CreateStaffResult;
import jp.kenpo.kennin.application.staff.DisableStaffUseCase.DisableStaffCommand;
import jp.kenpo.kennin.application.staff.DisableStaffUseCase.DisableStaffResult;
import jp.kenpo.kennin.application.staff.ListStaffUseCase.ListStaffCommand;
import jp.kenpo.kennin.application.staff.ListStaffUseCase.ListStaffResult;
import jp.kenpo.kennin.application.staff.ListStaffUseCase.StaffEntry;
import jp.kenpo.kennin.application.staff.ReissueStaffEnrolmentUseCase.ReissueStaffEnrolmentCommand;
import jp.kenpo.kennin.application.staff.ReissueStaffEnrolmentUseCase.ReissueStaffEnrolmentResult;
import jp.kenpo.kennin.application.staff.StaffLogInUseCase.StaffLogInCommand;
import jp.kenpo.kennin.application.staff.StaffLogInUseCase.StaffLogInResult;
import jp.kenpo.kennin.domain.audit.AuditAction;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.staff.StaffId;
import jp.kenpo.kennin.domain.staff.StaffPermission;
import jp.kenpo.kennin.domain.staff.StaffRole;
import jp.kenpo.kennin.domain.staff.StaffState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Who creates, lists, disables and re-enrols whom: each actor only the accounts they manage. */
class StaffManagementTest {
    private final StaffSystem system = new StaffSystem();
    private SignedInStaff operator;
    private SignedInStaff adminA;

    @BeforeEach
    void anOperatorAndAnAdministratorOfInsurerA() {
        system.insurer("acme");
        system.insurer("beta");
        operator = system.signedInOperator("ops.tanaka");
        adminA = system.signedInAdministrator(operator, "acme", "acme.admin");
    }

    @Test
    void theOperatorsMailCarriesTheLinkFromTheInsurersSender() {
        Mail mail = system.mailer.to("acme.admin@example.jp").get(0);

        assertThat(mail.template()).isEqualTo(MailTemplate.STAFF_ENROLMENT);
        assertThat(mail.from().value()).isEqualTo("acme-kenpo@example.jp");
        assertThat(mail.params()).containsEntry("loginName", "acme.admin").containsEntry("insurerName", "acme健康保険組合")
                .containsKeys("link", "expiresAt", "displayName");
        assertThat(adminA.insurer()).contains(new InsurerCode("acme"));
        assertThat(adminA.role()).isEqualTo(StaffRole.ADMINISTRATOR);
    }

    @Test
    void theOperatorCreatesOnlyAdministratorsOfExistingInsurers() {
        assertThat(create(operator, Optional.of("nowhere"), "x.admin", StaffRole.ADMINISTRATOR, Optional.empty()))
                .isEqualTo(new CreateStaffResult.UnknownInsurer());
        assertThat(create(operator, Optional.of("beta"), "x.help", StaffRole.HELP_DESK, Optional.empty()))
                .isEqualTo(new CreateStaffResult.RoleNotAllowed());
        assertThat(create(operator, Optional.of("beta"), "x.op", StaffRole.OPERATOR, Optional.empty()))
                .isEqualTo(new CreateStaffResult.RoleNotAllowed());
        assertThat(create(operator, Optional.empty(), "x.admin", StaffRole.ADMINISTRATOR, Optional.empty()))
                .isEqualTo(new CreateStaffResult.Invalid("insurer.code.invalid"));
        assertThat(create(operator, Optional.of("beta"), "ACME.ADMIN", StaffRole.ADMINISTRATOR, Optional.empty()))
                .isEqualTo(new CreateStaffResult.LoginTaken());
    }

    @Test
    void anAdministratorCreatesStaffOfTheirOwnInsurerOnlyAndAnEmployerContactNeedsAnOffice() {
        StaffId help = system.created(create(adminA, Optional.of("beta"), "acme.help", StaffRole.HELP_DESK, Optional.empty()));
        assertThat(system.staff.findStaff(help).orElseThrow().insurer()).contains(new InsurerCode("acme"));
        assertThat(system.mailer.last().from().value()).isEqualTo("acme-kenpo@example.jp");

        assertThat(create(adminA, Optional.empty(), "acme.op", StaffRole.OPERATOR, Optional.empty()))
                .isEqualTo(new CreateStaffResult.RoleNotAllowed());
        assertThat(create(adminA, Optional.empty(), "acme.hr", StaffRole.EMPLOYER_CONTACT, Optional.empty()))
                .isEqualTo(new CreateStaffResult.Invalid("staff.office.invalid"));
        StaffId hr = system.created(create(adminA, Optional.empty(), "acme.hr", StaffRole.EMPLOYER_CONTACT,
                Optional.of(" 大阪工場 ")));
        assertThat(system.staff.findStaff(hr).orElseThrow().office()).contains("大阪工場");
        StaffId reviewer = system.created(create(adminA, Optional.empty(), "acme.rev", StaffRole.REVIEWER, Optional.of("無視")));
        assertThat(system.staff.findStaff(reviewer).orElseThrow().office()).isEmpty();
    }

    @Test
    void staffWithoutTheRightToManageStaffAreStoppedByTheSecondLock() {
        system.created(create(adminA, Optional.empty(), "acme.help", StaffRole.HELP_DESK, Optional.empty()));
        StaffSystem.Enrolled enrolled = system.enrol(system.mailedToken());
        system.clock.advance(Duration.ofSeconds(30));
        SignedInStaff help = system.signIn("acme.help", enrolled.secret());

        assertThatThrownBy(() -> create(help, Optional.empty(), "acme.x", StaffRole.HELP_DESK, Optional.empty()))
                .isInstanceOf(StaffMayNot.class).extracting(e -> ((StaffMayNot) e).permission())
                .isEqualTo(StaffPermission.MANAGE_STAFF);
        assertThatThrownBy(() -> system.listStaff.listStaff(new ListStaffCommand(help, CLIENT))).isInstanceOf(StaffMayNot.class);
        assertThatThrownBy(() -> system.disableStaff.disableStaff(new DisableStaffCommand(help, adminA.id(), CLIENT)))
                .isInstanceOf(StaffMayNot.class);
    }

    @Test
    void listsShowWhomEachActorManages() {
        system.created(create(adminA, Optional.empty(), "acme.help", StaffRole.HELP_DESK, Optional.empty()));
        system.created(create(operator, Optional.of("beta"), "beta.admin", StaffRole.ADMINISTRATOR, Optional.empty()));
        system.created(create(system.signedInAdministrator(operator, "beta", "beta.admin2"), Optional.empty(), "beta.help",
                StaffRole.HELP_DESK, Optional.empty()));

        assertThat(list(operator)).extracting(e -> e.login().value())
                .containsExactlyInAnyOrder("ops.tanaka", "acme.admin", "beta.admin", "beta.admin2");
        assertThat(list(adminA)).extracting(e -> e.login().value()).containsExactly("acme.admin", "acme.help");
        StaffEntry me = list(adminA).get(0);
        assertThat(me.state()).isEqualTo(StaffState.ACTIVE);
        assertThat(me.lastSignedInAt()).isPresent();
        assertThat(list(adminA).get(1).state()).isEqualTo(StaffState.ENROLLING);
    }

    @Test
    void aDisabledStaffMemberCannotSignInAndNobodyDisablesThemselvesOrAnotherInsurersStaff() {
        StaffId help = system.created(create(adminA, Optional.empty(), "acme.help", StaffRole.HELP_DESK, Optional.empty()));
        StaffSystem.Enrolled enrolled = system.enrol(system.mailedToken());
        SignedInStaff adminB = system.signedInAdministrator(operator, "beta", "beta.admin");

        assertThat(disable(adminB, help)).isEqualTo(new DisableStaffResult.NotFound());
        assertThat(disable(adminA, adminA.id())).isEqualTo(new DisableStaffResult.CannotDisableYourself());
        assertThat(disable(adminA, operator.id())).isEqualTo(new DisableStaffResult.NotFound());
        assertThat(disable(adminA, help)).isEqualTo(new DisableStaffResult.Disabled());
        assertThat(disable(adminA, help)).isEqualTo(new DisableStaffResult.AlreadyDisabled());
        assertThat(system.audit.withAction(AuditAction.STAFF_DISABLED)).singleElement()
                .satisfies(e -> assertThat(e.staffId()).contains(adminA.id().value()));

        system.clock.advance(Duration.ofSeconds(30));
        assertThat(system.logIn.logIn(new StaffLogInCommand("acme.help", PASSWORD,
                FakeOneTimePasswords.codeAt(enrolled.secret(), system.clock.instant()), CLIENT)))
                .isEqualTo(new StaffLogInResult.Refused());
        // The operator may disable a 管理者 (of any insurer), but not an insurer's other staff.
        assertThat(disable(operator, adminB.id())).isEqualTo(new DisableStaffResult.Disabled());
    }

    @Test
    void reissuingResetsTheSecondFactorAndMailsANewLink() {
        StaffId help = system.created(create(adminA, Optional.empty(), "acme.help", StaffRole.HELP_DESK, Optional.empty()));
        StaffSystem.Enrolled old = system.enrol(system.mailedToken());

        var result = system.reissue.reissueEnrolment(new ReissueStaffEnrolmentCommand(adminA, help, CLIENT));

        assertThat(result).isEqualTo(new ReissueStaffEnrolmentResult.Reissued(system.clock.instant().plus(Duration.ofHours(24)),
                true));
        assertThat(system.staff.findStaff(help).orElseThrow().state()).isEqualTo(StaffState.ENROLLING);
        assertThat(system.staff.countRecoveryCodes(help)).isZero();
        system.clock.advance(Duration.ofSeconds(30));
        assertThat(system.logIn.logIn(new StaffLogInCommand("acme.help", PASSWORD, old.recoveryCodes().get(0), CLIENT)))
                .isEqualTo(new StaffLogInResult.Refused());
        StaffSystem.Enrolled again = system.enrol(system.mailedToken());
        assertThat(again.secret()).isNotEqualTo(old.secret());
        system.clock.advance(Duration.ofSeconds(30));
        assertThat(system.signIn("acme.help", again.secret()).id()).isEqualTo(help);
        assertThat(system.audit.actions()).contains(AuditAction.STAFF_ENROLMENT_REISSUED);
    }

    @Test
    void aRefusedReissueMailResetsNothingSoTheStaffMemberIsNotLockedOut() {
        StaffId help = system.created(create(adminA, Optional.empty(), "acme.help", StaffRole.HELP_DESK, Optional.empty()));
        StaffSystem.Enrolled old = system.enrol(system.mailedToken());
        int mails = system.mailer.sent().size();
        system.mailer.refuseMail(true);

        var result = system.reissue.reissueEnrolment(new ReissueStaffEnrolmentCommand(adminA, help, CLIENT));

        assertThat(result).isInstanceOfSatisfying(ReissueStaffEnrolmentResult.Reissued.class,
                r -> assertThat(r.mailed()).isFalse());
        assertThat(system.mailer.sent()).hasSize(mails);
        assertThat(system.staff.findStaff(help).orElseThrow().state()).isEqualTo(StaffState.ACTIVE);
        assertThat(system.staff.countRecoveryCodes(help)).isEqualTo(10);
        assertThat(system.audit.withAction(AuditAction.STAFF_ENROLMENT_REISSUED)).last()
                .satisfies(e -> assertThat(e.detail()).contains("not sent", "nothing reset"));
        system.clock.advance(Duration.ofSeconds(30));
        assertThat(system.signIn("acme.help", old.secret()).id()).isEqualTo(help);

        system.mailer.refuseMail(false);
        assertThat(system.reissue.reissueEnrolment(new ReissueStaffEnrolmentCommand(adminA, help, CLIENT)))
                .isInstanceOfSatisfying(ReissueStaffEnrolmentResult.Reissued.class, r -> assertThat(r.mailed()).isTrue());
        assertThat(system.staff.findStaff(help).orElseThrow().state()).isEqualTo(StaffState.ENROLLING);
    }

    @Test
    void creatingStaffSaysWhetherTheEnrolmentMailWentOut() {
        assertThat(create(adminA, Optional.empty(), "acme.help", StaffRole.HELP_DESK, Optional.empty()))
                .isInstanceOfSatisfying(CreateStaffResult.Created.class, c -> assertThat(c.mailed()).isTrue());
        system.mailer.refuseMail(true);

        var refused = create(adminA, Optional.empty(), "acme.review", StaffRole.REVIEWER, Optional.empty());

        assertThat(refused).isInstanceOfSatisfying(CreateStaffResult.Created.class, c -> assertThat(c.mailed()).isFalse());
        StaffId id = ((CreateStaffResult.Created) refused).id();
        system.mailer.refuseMail(false);
        assertThat(system.reissue.reissueEnrolment(new ReissueStaffEnrolmentCommand(adminA, id, CLIENT)))
                .isInstanceOfSatisfying(ReissueStaffEnrolmentResult.Reissued.class, r -> assertThat(r.mailed()).isTrue());
        assertThat(system.enrol(system.mailedToken()).recoveryCodes()).hasSize(10);
    }

    @Test
    void theCommandLineReissuesAnOperatorsLinkAndOnlyAnOperators() {
        var result = system.reissueOperator.reissueOperatorEnrolment(
                new ReissueOperatorEnrolmentUseCase.ReissueOperatorEnrolmentCommand("OPS.Tanaka"));

        assertThat(result).isInstanceOf(ReissueOperatorEnrolmentUseCase.ReissueOperatorEnrolmentResult.Reissued.class);
        var reissued = (ReissueOperatorEnrolmentUseCase.ReissueOperatorEnrolmentResult.Reissued) result;
        assertThat(reissued.id()).isEqualTo(operator.id());
        assertThat(reissued.expiresAt()).isEqualTo(system.clock.instant().plus(Duration.ofHours(24)));
        assertThat(reissued.toString()).doesNotContain(StaffSystem.token(reissued.enrolmentLink()));
        assertThat(system.staff.findStaff(operator.id()).orElseThrow().state()).isEqualTo(StaffState.ENROLLING);
        assertThat(system.staff.countRecoveryCodes(operator.id())).isZero();
        assertThat(system.audit.withAction(AuditAction.STAFF_ENROLMENT_REISSUED)).last()
                .satisfies(e -> assertThat(e.detail()).contains("OPERATOR", "ops.tanaka", "command line")
                        .doesNotContain(StaffSystem.token(reissued.enrolmentLink())));
        StaffSystem.Enrolled again = system.enrol(StaffSystem.token(reissued.enrolmentLink()));
        system.clock.advance(Duration.ofSeconds(30));
        assertThat(system.signIn("ops.tanaka", again.secret()).id()).isEqualTo(operator.id());

        assertThat(system.reissueOperator.reissueOperatorEnrolment(
                new ReissueOperatorEnrolmentUseCase.ReissueOperatorEnrolmentCommand("acme.admin")))
                .as("an insurer's 管理者 is reissued in the back office").isEqualTo(
                        new ReissueOperatorEnrolmentUseCase.ReissueOperatorEnrolmentResult.NotFound());
        assertThat(system.reissueOperator.reissueOperatorEnrolment(
                new ReissueOperatorEnrolmentUseCase.ReissueOperatorEnrolmentCommand("nobody")))
                .isEqualTo(new ReissueOperatorEnrolmentUseCase.ReissueOperatorEnrolmentResult.NotFound());
        assertThat(system.reissueOperator.reissueOperatorEnrolment(
                new ReissueOperatorEnrolmentUseCase.ReissueOperatorEnrolmentCommand("田中")))
                .isEqualTo(new ReissueOperatorEnrolmentUseCase.ReissueOperatorEnrolmentResult.NotFound());
        SignedInStaff other = system.signedInOperator("ops.suzuki");
        system.staff.disable(other.id());
        assertThat(system.reissueOperator.reissueOperatorEnrolment(
                new ReissueOperatorEnrolmentUseCase.ReissueOperatorEnrolmentCommand("ops.suzuki")))
                .isEqualTo(new ReissueOperatorEnrolmentUseCase.ReissueOperatorEnrolmentResult.Disabled());
    }

    @Test
    void reissueIsScopedLikeDisablingAndNeedsAnAddress() {
        StaffId help = system.created(create(adminA, Optional.empty(), "acme.help", StaffRole.HELP_DESK, Optional.empty()));
        SignedInStaff adminB = system.signedInAdministrator(operator, "beta", "beta.admin");

        assertThat(system.reissue.reissueEnrolment(new ReissueStaffEnrolmentCommand(adminB, help, CLIENT)))
                .isEqualTo(new ReissueStaffEnrolmentResult.NotFound());
        assertThat(system.reissue.reissueEnrolment(new ReissueStaffEnrolmentCommand(adminA, adminA.id(), CLIENT)))
                .isEqualTo(new ReissueStaffEnrolmentResult.CannotReissueYourself());
        SignedInStaff otherOperator = system.signedInOperator("ops.suzuki");
        assertThat(system.reissue.reissueEnrolment(new ReissueStaffEnrolmentCommand(otherOperator, operator.id(), CLIENT)))
                .isEqualTo(new ReissueStaffEnrolmentResult.NoEmail());
        disable(adminA, help);
        assertThat(system.reissue.reissueEnrolment(new ReissueStaffEnrolmentCommand(adminA, help, CLIENT)))
                .isEqualTo(new ReissueStaffEnrolmentResult.Disabled());
    }

    private CreateStaffResult create(SignedInStaff actor, Optional<String> insurer, String login, StaffRole role,
                                     Optional<String> office) {
        return system.createStaff.createStaff(new CreateStaffCommand(actor, insurer, login, "職員 " + login, login + "@example.jp",
                role, office, CLIENT));
    }

    private java.util.List<StaffEntry> list(SignedInStaff actor) {
        return ((ListStaffResult.Listed) system.listStaff.listStaff(new ListStaffCommand(actor, CLIENT))).staff();
    }

    private DisableStaffResult disable(SignedInStaff actor, StaffId target) {
        return system.disableStaff.disableStaff(new DisableStaffCommand(actor, target, CLIENT));
    }
}
