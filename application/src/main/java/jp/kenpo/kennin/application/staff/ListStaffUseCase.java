package jp.kenpo.kennin.application.staff;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.staff.LoginName;
import jp.kenpo.kennin.domain.staff.StaffId;
import jp.kenpo.kennin.domain.staff.StaffRole;
import jp.kenpo.kennin.domain.staff.StaffState;

/**
 * The staff accounts an actor manages: for the operator, every operator and every insurer's
 * 管理者; for a 管理者, the staff of their own insurer.
 */
public interface ListStaffUseCase {
    ListStaffResult listStaff(ListStaffCommand command);

    record ListStaffCommand(SignedInStaff actor, ClientAddress client) {
        public ListStaffCommand {
            Objects.requireNonNull(actor);
            Objects.requireNonNull(client);
        }
    }

    sealed interface ListStaffResult {
        record Listed(List<StaffEntry> staff) implements ListStaffResult {
            public Listed {
                staff = List.copyOf(staff);
            }
        }
    }

    /** One line of the list; {@code insurer} empty for operators. */
    record StaffEntry(StaffId id, Optional<InsurerCode> insurer, LoginName login, String displayName, StaffRole role,
                      StaffState state, Optional<String> office, Optional<Instant> lastSignedInAt) {
    }
}
