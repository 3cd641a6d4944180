package jp.kenpo.kennin.application.audit;

import java.util.Optional;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.staff.StaffId;

/**
 * What the audit log needs to know of a staff member who acted: who, and for which insurer (the
 * operator: none). The signed-in staff principal is one; the audit capability does not depend on
 * the staff capability.
 */
public interface StaffActor {
    StaffId id();

    Optional<InsurerCode> insurer();
}
