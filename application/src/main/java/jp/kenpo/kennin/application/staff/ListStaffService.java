package jp.kenpo.kennin.application.staff;

import java.util.List;
import jp.kenpo.kennin.domain.staff.StaffMember;
import jp.kenpo.kennin.domain.staff.StaffRole;

public final class ListStaffService implements ListStaffUseCase {
    private final StaffPort staff;

    public ListStaffService(StaffPort staff) {
        this.staff = staff;
    }

    @Override
    public ListStaffResult listStaff(ListStaffCommand command) {
        SignedInStaff actor = command.actor();
        StaffScope.checkMayManage(actor);
        List<StaffMember> members = actor.role() == StaffRole.OPERATOR ? staff.listOperatorsAndAdministrators()
                : staff.listInsurerStaff(actor.insurerCode());
        return new ListStaffResult.Listed(members.stream()
                .filter(m -> StaffScope.manages(actor, m))
                .map(m -> new StaffEntry(m.id(), m.insurer(), m.login(), m.displayName(), m.role(), m.state(), m.office(),
                        m.lastSignedInAt()))
                .toList());
    }
}
