package jp.kenpo.kennin.application.account;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.domain.account.AccountId;

/**
 * A logged-in member asks to change their mail address, proving with the current password that it
 * is them and not someone at their unlocked screen: a code goes to the new address.
 */
public interface RequestEmailChangeUseCase {
    RequestEmailChangeResult requestEmailChange(RequestEmailChangeCommand command);

    record RequestEmailChangeCommand(@NotNull AccountId account, @NotNull @Size(max = 254) String newEmail,
                                     @NotNull @Size(max = 254) String newEmailConfirmation,
                                     @NotNull @Size(max = 1024) String currentPassword, @NotNull ClientAddress client) {
    }

    sealed interface RequestEmailChangeResult {
        record CodeSent(String maskedNewEmail) implements RequestEmailChangeResult {
        }

        /** {@code code} is a message key (email.invalid, email.confirmation.mismatch, email.unchanged). */
        record Invalid(String code) implements RequestEmailChangeResult {
        }

        record CoolingDown(long secondsLeft) implements RequestEmailChangeResult {
        }

        record MailFailed() implements RequestEmailChangeResult {
        }

        /** The current password was wrong; it counts as a failed login of the account. */
        record WrongPassword() implements RequestEmailChangeResult {
        }

        /** Too many wrong passwords for this account (here or at the login): wait until then. */
        record Throttled(Instant retryAt) implements RequestEmailChangeResult {
        }
    }
}
