package jp.kenpo.kennin.application.staff;

import java.util.Objects;
import java.util.OptionalLong;
import jp.kenpo.kennin.application.ClientAddress;

/**
 * Whether a back-office session may still act: at its start it pins the account's credential
 * generation; at every later request the account must still be active, with the role and the
 * generation the session began with. Disabling, re-enrolling or a changed role anywhere (another
 * node, the CLI) ends the session at its next request.
 */
public interface CheckStaffSessionUseCase {
    CheckStaffSessionResult checkSession(CheckStaffSessionCommand command);

    /**
     * @param pinned the generation pinned when the session started; empty for a session being started
     */
    record CheckStaffSessionCommand(SignedInStaff staff, OptionalLong pinned, ClientAddress client) {
        public CheckStaffSessionCommand {
            Objects.requireNonNull(staff);
            Objects.requireNonNull(pinned);
            Objects.requireNonNull(client);
        }
    }

    sealed interface CheckStaffSessionResult {
        /** The session goes on; {@code generation} is what to pin (the same as given, after its start). */
        record Valid(long generation) implements CheckStaffSessionResult {
        }

        /** The account was disabled, re-enrolled or its role changed since the session began: end it. */
        record Ended() implements CheckStaffSessionResult {
        }
    }
}
