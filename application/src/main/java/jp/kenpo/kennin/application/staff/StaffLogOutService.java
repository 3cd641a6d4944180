package jp.kenpo.kennin.application.staff;

import java.time.Clock;
import jp.kenpo.kennin.application.audit.AuditTrail;
import jp.kenpo.kennin.application.audit.RecordAuditPort;
import jp.kenpo.kennin.domain.audit.AuditAction;

public final class StaffLogOutService implements StaffLogOutUseCase {
    private final AuditTrail audit;

    public StaffLogOutService(RecordAuditPort audit, Clock clock) {
        this.audit = new AuditTrail(audit, clock);
    }

    @Override
    public StaffLogOutResult logOut(StaffLogOutCommand command) {
        AuditAction action = switch (command.why()) {
            case SIGNED_OUT -> AuditAction.STAFF_SIGNED_OUT;
            case EXPIRED -> AuditAction.STAFF_SESSION_EXPIRED;
        };
        audit.staff(action, command.staff(), command.client(), "");
        return new StaffLogOutResult.LoggedOut();
    }
}
