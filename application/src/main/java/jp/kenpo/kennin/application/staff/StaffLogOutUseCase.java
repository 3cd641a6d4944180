package jp.kenpo.kennin.application.staff;

import java.util.Objects;
import jp.kenpo.kennin.application.ClientAddress;

/** A back-office session ended by its owner (sign-out) or found idle too long: the audit log says which. */
public interface StaffLogOutUseCase {
    StaffLogOutResult logOut(StaffLogOutCommand command);

    enum Why {
        /** The staff member pressed sign-out. */
        SIGNED_OUT,
        /** The session came back after its idle timeout or maximum lifetime. */
        EXPIRED
    }

    record StaffLogOutCommand(SignedInStaff staff, Why why, ClientAddress client) {
        public StaffLogOutCommand {
            Objects.requireNonNull(staff);
            Objects.requireNonNull(why);
            Objects.requireNonNull(client);
        }
    }

    sealed interface StaffLogOutResult {
        record LoggedOut() implements StaffLogOutResult {
        }
    }
}
