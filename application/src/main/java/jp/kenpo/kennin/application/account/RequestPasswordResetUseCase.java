package jp.kenpo.kennin.application.account;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jp.kenpo.kennin.application.ClientAddress;

/**
 * パスワードを忘れた方: user ID and registered mail address. When both belong to a current
 * account a reset link (valid 30 minutes) is mailed. The answer is the same whether or not
 * they matched, so nobody learns which accounts exist.
 */
public interface RequestPasswordResetUseCase {
    RequestPasswordResetResult requestPasswordReset(RequestPasswordResetCommand command);

    record RequestPasswordResetCommand(@NotNull @Size(max = 200) String userId, @NotNull @Size(max = 254) String email,
                                       @NotNull ClientAddress client) {
    }

    sealed interface RequestPasswordResetResult {
        /** Shown in every case where the input was well-formed. */
        record Accepted() implements RequestPasswordResetResult {
        }

        record Throttled(java.time.Instant retryAt) implements RequestPasswordResetResult {
        }
    }
}
