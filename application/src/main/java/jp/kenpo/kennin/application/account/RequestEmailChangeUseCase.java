package jp.kenpo.kennin.application.account;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.domain.account.AccountId;

/** A logged-in member asks to change their mail address: a code goes to the new address. */
public interface RequestEmailChangeUseCase {
    RequestEmailChangeResult requestEmailChange(RequestEmailChangeCommand command);

    record RequestEmailChangeCommand(@NotNull AccountId account, @NotNull @Size(max = 254) String newEmail,
                                     @NotNull @Size(max = 254) String newEmailConfirmation, @NotNull ClientAddress client) {
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
    }
}
