package jp.kenpo.kennin.application.account;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.domain.account.AccountId;
import jp.kenpo.kennin.domain.credential.CredentialViolation;

/** Sets a new password with the token from the mailed link (single use); a notice is mailed afterwards. */
public interface ResetPasswordUseCase {
    /** Whether the link is still usable, to show the form or an explanation. */
    boolean isResetTokenValid(String token);

    ResetPasswordResult resetPassword(ResetPasswordCommand command);

    record ResetPasswordCommand(@NotNull @Size(max = 200) String token, @NotNull @Size(max = 200) String password,
                                @NotNull @Size(max = 200) String passwordConfirmation, @NotNull ClientAddress client) {
    }

    sealed interface ResetPasswordResult {
        record PasswordChanged(AccountId account) implements ResetPasswordResult {
        }

        record Rejected(List<CredentialViolation> violations) implements ResetPasswordResult {
        }

        /** Unknown, used or expired link. */
        record LinkInvalid() implements ResetPasswordResult {
        }
    }
}
