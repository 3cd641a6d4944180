package jp.kenpo.kennin.application.progress;

import java.util.Optional;
import jp.kenpo.kennin.application.staff.SignedInStaff;
import jp.kenpo.kennin.application.staff.StaffMayNot;
import jp.kenpo.kennin.domain.staff.StaffPermission;

/**
 * Which 事業所 a staff member's progress views cover: all of the insurer's with VIEW_PROGRESS; a
 * 事業所担当's own alone (VIEW_OFFICE_PROGRESS), whatever the request asks for.
 *
 * @param office empty for every 事業所
 */
record ProgressScope(Optional<String> office) {
    /** Empty when the staff member is a 事業所担当 without a 事業所: they see nothing. */
    static Optional<ProgressScope> of(SignedInStaff staff) {
        if (staff.may(StaffPermission.VIEW_PROGRESS)) {
            return Optional.of(new ProgressScope(Optional.empty()));
        }
        if (!staff.may(StaffPermission.VIEW_OFFICE_PROGRESS)) {
            throw new StaffMayNot(StaffPermission.VIEW_PROGRESS);
        }
        return staff.office().map(String::strip).filter(o -> !o.isEmpty()).map(o -> new ProgressScope(Optional.of(o)));
    }

    boolean covers(String office) {
        return this.office.map(office::equals).orElse(true);
    }
}
