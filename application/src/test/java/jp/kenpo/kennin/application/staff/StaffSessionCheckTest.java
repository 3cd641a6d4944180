package jp.kenpo.kennin.application.staff;

import static jp.kenpo.kennin.application.staff.StaffSystem.CLIENT;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.OptionalLong;
import jp.kenpo.kennin.application.staff.CheckStaffSessionUseCase.CheckStaffSessionCommand;
import jp.kenpo.kennin.application.staff.CheckStaffSessionUseCase.CheckStaffSessionResult;
import jp.kenpo.kennin.application.staff.DisableStaffUseCase.DisableStaffCommand;
import jp.kenpo.kennin.application.staff.ReissueStaffEnrolmentUseCase.ReissueStaffEnrolmentCommand;
import jp.kenpo.kennin.application.staff.StaffLogOutUseCase.StaffLogOutCommand;
import jp.kenpo.kennin.domain.audit.AuditAction;
import jp.kenpo.kennin.domain.audit.AuditEvent;
import jp.kenpo.kennin.domain.staff.StaffRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A session goes on only while its account is active with the role and credentials it began with. */
class StaffSessionCheckTest {
    private final StaffSystem system = new StaffSystem();
    private SignedInStaff operator;
    private SignedInStaff admin;
    private long pinned;

    @BeforeEach
    void anAdministratorIsSignedIn() {
        system.insurer("06130013");
        operator = system.signedInOperator("ops.tanaka");
        admin = system.signedInAdministrator(operator, "06130013", "admin.sato");
        pinned = ((CheckStaffSessionResult.Valid) check(admin, OptionalLong.empty())).generation();
    }

    private CheckStaffSessionResult check(SignedInStaff staff, OptionalLong pinned) {
        return system.checkSession.checkSession(new CheckStaffSessionCommand(staff, pinned, CLIENT));
    }

    @Test
    void anUnchangedAccountKeepsItsSessionAndNothingIsAudited() {
        int before = system.audit.events().size();

        assertThat(check(admin, OptionalLong.of(pinned))).isEqualTo(new CheckStaffSessionResult.Valid(pinned));
        assertThat(system.audit.events()).hasSize(before);
    }

    @Test
    void aDisabledAccountsSessionEndsAndTheEndIsAudited() {
        system.disableStaff.disableStaff(new DisableStaffCommand(operator, admin.id(), CLIENT));

        assertThat(check(admin, OptionalLong.of(pinned))).isEqualTo(new CheckStaffSessionResult.Ended());
        AuditEvent event = system.audit.last();
        assertThat(event.action()).isEqualTo(AuditAction.STAFF_SESSION_REVOKED);
        assertThat(event.staffId()).contains(admin.id().value());
        // A disabled account cannot start one either.
        assertThat(check(admin, OptionalLong.empty())).isEqualTo(new CheckStaffSessionResult.Ended());
    }

    @Test
    void aSessionFromBeforeAReEnrolmentStaysEndedAfterTheNewEnrolmentIsCompleted() {
        system.reissue.reissueEnrolment(new ReissueStaffEnrolmentCommand(operator, admin.id(), CLIENT));
        assertThat(check(admin, OptionalLong.of(pinned))).isEqualTo(new CheckStaffSessionResult.Ended());

        // The owner enrols again: the account is ACTIVE with the same role, yet the old session is not revived.
        StaffSystem.Enrolled again = system.enrol(system.mailedToken());
        assertThat(check(admin, OptionalLong.of(pinned))).isEqualTo(new CheckStaffSessionResult.Ended());
        // A new sign-in pins the new generation and goes on.
        system.clock.advance(Duration.ofSeconds(30));
        SignedInStaff newSession = system.signIn("admin.sato", again.secret());
        var fresh = check(newSession, OptionalLong.empty());
        assertThat(fresh).isInstanceOf(CheckStaffSessionResult.Valid.class);
        assertThat(((CheckStaffSessionResult.Valid) fresh).generation()).isNotEqualTo(pinned);
    }

    @Test
    void aRoleChangedSinceTheSessionBeganEndsIt() {
        system.staff.changeRole(admin.id(), StaffRole.HELP_DESK);

        assertThat(check(admin, OptionalLong.of(pinned))).isEqualTo(new CheckStaffSessionResult.Ended());
    }

    @Test
    void signingOutAndAnExpiredSessionAreAuditedApart() {
        system.logOut.logOut(new StaffLogOutCommand(admin, StaffLogOutUseCase.Why.SIGNED_OUT, CLIENT));
        system.logOut.logOut(new StaffLogOutCommand(operator, StaffLogOutUseCase.Why.EXPIRED, CLIENT));

        assertThat(system.audit.withAction(AuditAction.STAFF_SIGNED_OUT)).singleElement()
                .satisfies(e -> assertThat(e.staffId()).contains(admin.id().value()));
        assertThat(system.audit.withAction(AuditAction.STAFF_SESSION_EXPIRED)).singleElement()
                .satisfies(e -> assertThat(e.staffId()).contains(operator.id().value()));
    }
}
