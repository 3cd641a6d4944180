package jp.kenpo.kennin.application.staff;

import jp.kenpo.kennin.domain.staff.StaffMember;
import jp.kenpo.kennin.domain.staff.StaffPermission;
import jp.kenpo.kennin.domain.staff.StaffRole;

/**
 * Whose accounts an actor manages: the operator, operators and every insurer's 管理者; a 管理者,
 * the staff of their own insurer. Anyone else may not manage staff at all.
 */
final class StaffScope {
    private StaffScope() {
    }

    /** The second lock of every staff-management use case. */
    static void checkMayManage(SignedInStaff actor) {
        StaffMayNot.check(actor, actor.role() == StaffRole.OPERATOR ? StaffPermission.MANAGE_INSURERS
                : StaffPermission.MANAGE_STAFF);
    }

    static boolean manages(SignedInStaff actor, StaffMember target) {
        if (actor.role() == StaffRole.OPERATOR) {
            return target.role() == StaffRole.OPERATOR || target.role() == StaffRole.ADMINISTRATOR;
        }
        return target.insurer().equals(actor.insurer());
    }

    static SignedInStaff principal(StaffMember staff) {
        return new SignedInStaff(staff.id(), staff.login(), staff.role(), staff.insurer(), staff.office());
    }
}
