package jp.kenpo.kennin.application.registration;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.domain.member.MemberId;

/**
 * 認証コード: the code from the mail creates the account (valid 10 minutes, single use, 5 tries;
 * at most {@link SignupLimits#maxCodeTries()} codes compared per member record across codes).
 */
public interface ConfirmRegistrationUseCase {
    ConfirmRegistrationResult confirmRegistration(ConfirmRegistrationCommand command);

    record ConfirmRegistrationCommand(@NotNull MemberId member, @NotNull @Size(max = 50) String code, @NotNull ClientAddress client) {
    }

    sealed interface ConfirmRegistrationResult {
        record Registered(String userId) implements ConfirmRegistrationResult {
        }

        /** Not 6 digits. Does not count as a try. */
        record Malformed() implements ConfirmRegistrationResult {
        }

        record WrongCode(int remainingTries) implements ConfirmRegistrationResult {
        }

        /** Wrong 5 times: the code is void, request a new one. */
        record TooManyTries() implements ConfirmRegistrationResult {
        }

        record Expired() implements ConfirmRegistrationResult {
        }

        /** No code is pending (never sent, already used): start again. */
        record NothingPending() implements ConfirmRegistrationResult {
        }

        /**
         * Too many codes were tried for this member record, whichever codes: sign-up is closed
         * until the insurer's staff open it again; the member must contact the insurer.
         */
        record Locked() implements ConfirmRegistrationResult {
        }

        /**
         * The code was right but the member already has an account for this survey year: sign-up
         * never replaces it. The member is told to log in or use the forgotten-password path, and
         * a notice went to the registered address.
         */
        record AlreadyRegistered() implements ConfirmRegistrationResult {
        }

        /** Someone else took the user ID while the code was on its way: choose another. */
        record UserIdTaken() implements ConfirmRegistrationResult {
        }
    }
}
