package jp.kenpo.kennin.application.staff;

import java.time.Clock;
import java.util.Optional;
import jp.kenpo.kennin.application.audit.AuditTrail;
import jp.kenpo.kennin.application.audit.RecordAuditPort;
import jp.kenpo.kennin.domain.audit.AuditAction;
import jp.kenpo.kennin.domain.staff.StaffMember;
import jp.kenpo.kennin.domain.staff.StaffState;

public final class DisableStaffService implements DisableStaffUseCase {
    private final StaffPort staff;
    private final AuditTrail audit;

    public DisableStaffService(StaffPort staff, RecordAuditPort audit, Clock clock) {
        this.staff = staff;
        this.audit = new AuditTrail(audit, clock);
    }

    @Override
    public DisableStaffResult disableStaff(DisableStaffCommand command) {
        SignedInStaff actor = command.actor();
        StaffScope.checkMayManage(actor);
        if (command.staff().equals(actor.id())) {
            return new DisableStaffResult.CannotDisableYourself();
        }
        Optional<StaffMember> target = staff.findStaff(command.staff()).filter(m -> StaffScope.manages(actor, m));
        if (target.isEmpty()) {
            return new DisableStaffResult.NotFound();
        }
        if (target.get().state() == StaffState.DISABLED || !staff.disable(target.get().id())) {
            return new DisableStaffResult.AlreadyDisabled();
        }
        audit.staff(AuditAction.STAFF_DISABLED, actor, command.client(), "staff=" + target.get().id().value()
                + target.get().insurer().map(i -> " insurer=" + i).orElse("") + " login=" + target.get().login());
        return new DisableStaffResult.Disabled();
    }
}
