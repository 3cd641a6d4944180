package jp.kenpo.kennin.application.staff;

import jp.kenpo.kennin.domain.staff.StaffPermission;

/**
 * A staff use case was called by someone whose role lacks the permission. The web refuses such
 * requests before they get here (403); this is the second lock, so a use case is safe on its own.
 */
public final class StaffMayNot extends RuntimeException {
    private final StaffPermission permission;

    public StaffMayNot(StaffPermission permission) {
        super("staff role lacks " + permission);
        this.permission = permission;
    }

    public StaffPermission permission() {
        return permission;
    }

    /** Throws unless {@code staff} may do {@code permission}. */
    public static void check(SignedInStaff staff, StaffPermission permission) {
        if (!staff.may(permission)) {
            throw new StaffMayNot(permission);
        }
    }
}
