package jp.kenpo.kennin.application.staff;

import java.time.Clock;
import java.util.OptionalLong;
import jp.kenpo.kennin.application.audit.AuditTrail;
import jp.kenpo.kennin.application.audit.RecordAuditPort;
import jp.kenpo.kennin.domain.audit.AuditAction;

public final class CheckStaffSessionService implements CheckStaffSessionUseCase {
    private final StaffSessionPort sessions;
    private final AuditTrail audit;

    public CheckStaffSessionService(StaffSessionPort sessions, RecordAuditPort audit, Clock clock) {
        this.sessions = sessions;
        this.audit = new AuditTrail(audit, clock);
    }

    @Override
    public CheckStaffSessionResult checkSession(CheckStaffSessionCommand command) {
        SignedInStaff staff = command.staff();
        OptionalLong current = sessions.activeGeneration(staff.id(), staff.role());
        if (current.isPresent() && (command.pinned().isEmpty() || command.pinned().getAsLong() == current.getAsLong())) {
            return new CheckStaffSessionResult.Valid(current.getAsLong());
        }
        audit.staff(AuditAction.STAFF_SESSION_REVOKED, staff, command.client(),
                "account no longer active as signed in (disabled, re-enrolled or role changed)");
        return new CheckStaffSessionResult.Ended();
    }
}
