package jp.kenpo.kennin.application.account;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.domain.account.AccountId;
import jp.kenpo.kennin.domain.credential.CredentialPolicy;
import jp.kenpo.kennin.domain.credential.CredentialViolation;

/** Sets a new password with the token from the mailed link (single use); a notice is mailed afterwards. */
public interface ResetPasswordUseCase {
    /**
     * The password rules of the link's member's insurer while the link is usable (to show the
     * form with the right hint), empty for an unknown, used or expired link (to explain instead).
     */
    Optional<CredentialPolicy> checkResetLink(String token);

    /** Whether the link is still usable. */
    default boolean isResetTokenValid(String token) {
        return checkResetLink(token).isPresent();
    }

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
