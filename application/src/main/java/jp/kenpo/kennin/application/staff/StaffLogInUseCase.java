package jp.kenpo.kennin.application.staff;

import java.util.Objects;
import jp.kenpo.kennin.application.ClientAddress;

/**
 * Staff sign in with login name, password and a second factor in one form: a TOTP code (a step
 * used once is refused again) or one of their recovery codes (used up). Every answer but success
 * is the same, whichever part was wrong or whether the login exists; failures count per login
 * name and per address, atomically, as members' logins do. Every attempt is audited.
 */
public interface StaffLogInUseCase {
    StaffLogInResult logIn(StaffLogInCommand command);

    /** @param oneTimeCode six digits from the authenticator, or a recovery code */
    record StaffLogInCommand(String login, String password, String oneTimeCode, ClientAddress client) {
        public StaffLogInCommand {
            Objects.requireNonNull(client);
        }
    }

    sealed interface StaffLogInResult {
        /** @param recoveryCodesLeft how many recovery codes remain (warn when few) */
        record SignedIn(SignedInStaff staff, int recoveryCodesLeft) implements StaffLogInResult {
        }

        record Refused() implements StaffLogInResult {
        }

        record Throttled() implements StaffLogInResult {
        }
    }
}
