package jp.kenpo.kennin.application.account;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jp.kenpo.kennin.application.ClientAddress;

/**
 * ユーザIDを忘れた方: insurer code and registered mail address. If a current account matches,
 * its user ID is mailed to that address; the answer is the same either way.
 */
public interface RemindUserIdUseCase {
    RemindUserIdResult remindUserId(RemindUserIdCommand command);

    record RemindUserIdCommand(@NotNull @Size(max = 100) String insurerCode, @NotNull @Size(max = 254) String email,
                               @NotNull ClientAddress client) {
    }

    sealed interface RemindUserIdResult {
        record Accepted() implements RemindUserIdResult {
        }

        record Throttled(java.time.Instant retryAt) implements RemindUserIdResult {
        }
    }
}
