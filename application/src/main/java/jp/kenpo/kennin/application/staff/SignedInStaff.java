package jp.kenpo.kennin.application.staff;

import java.util.Objects;
import java.util.Optional;
import jp.kenpo.kennin.application.audit.StaffActor;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.staff.LoginName;
import jp.kenpo.kennin.domain.staff.StaffId;
import jp.kenpo.kennin.domain.staff.StaffPermission;
import jp.kenpo.kennin.domain.staff.StaffRole;

/**
 * The staff member a back-office request acts for, as the staff session holds it. Every staff
 * use case takes one and scopes what it reads and writes by {@link #insurer()}: an id of another
 * insurer's member, notice or document is simply not found.
 *
 * @param insurer empty only for the installation-wide operator
 * @param office  the 事業所 of an employer's HR contact; empty for every other role
 */
public record SignedInStaff(StaffId id, LoginName login, StaffRole role, Optional<InsurerCode> insurer,
                            Optional<String> office) implements StaffActor {
    public SignedInStaff {
        Objects.requireNonNull(id);
        Objects.requireNonNull(login);
        Objects.requireNonNull(role);
        Objects.requireNonNull(insurer);
        Objects.requireNonNull(office);
        if (role.belongsToInsurer() == insurer.isEmpty()) {
            throw new IllegalArgumentException("insurer must be given exactly for insurer roles");
        }
    }

    public boolean may(StaffPermission permission) {
        return role.permits(permission);
    }

    /** The insurer this staff member works for; the operator has none. */
    public InsurerCode insurerCode() {
        return insurer.orElseThrow(() -> new IllegalStateException("the operator belongs to no insurer"));
    }
}
