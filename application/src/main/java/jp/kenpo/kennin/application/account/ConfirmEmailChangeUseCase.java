package jp.kenpo.kennin.application.account;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.domain.account.AccountId;

/** The code from the new address confirms the change; a notice then goes to the old address. */
public interface ConfirmEmailChangeUseCase {
    ConfirmEmailChangeResult confirmEmailChange(ConfirmEmailChangeCommand command);

    record ConfirmEmailChangeCommand(@NotNull AccountId account, @NotNull @Size(max = 50) String code, @NotNull ClientAddress client) {
    }

    sealed interface ConfirmEmailChangeResult {
        record Changed(String maskedNewEmail) implements ConfirmEmailChangeResult {
        }

        record Malformed() implements ConfirmEmailChangeResult {
        }

        record WrongCode(int remainingTries) implements ConfirmEmailChangeResult {
        }

        record TooManyTries() implements ConfirmEmailChangeResult {
        }

        record Expired() implements ConfirmEmailChangeResult {
        }

        record NothingPending() implements ConfirmEmailChangeResult {
        }
    }
}
