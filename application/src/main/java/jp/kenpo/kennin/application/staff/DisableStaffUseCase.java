package jp.kenpo.kennin.application.staff;

import java.util.Objects;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.domain.staff.StaffId;

/**
 * A 管理者 disables one of their insurer's staff, the operator an operator or a 管理者: the account
 * can no longer sign in (its sessions end at their next request, when the web checks the account).
 * Nobody disables themselves, so an insurer is never left without the 管理者 who does this.
 */
public interface DisableStaffUseCase {
    DisableStaffResult disableStaff(DisableStaffCommand command);

    record DisableStaffCommand(SignedInStaff actor, StaffId staff, ClientAddress client) {
        public DisableStaffCommand {
            Objects.requireNonNull(actor);
            Objects.requireNonNull(staff);
            Objects.requireNonNull(client);
        }
    }

    sealed interface DisableStaffResult {
        record Disabled() implements DisableStaffResult {
        }

        record AlreadyDisabled() implements DisableStaffResult {
        }

        /** No such account among those the actor manages (another insurer's: not found too). */
        record NotFound() implements DisableStaffResult {
        }

        record CannotDisableYourself() implements DisableStaffResult {
        }
    }
}
