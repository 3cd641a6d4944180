package jp.kenpo.kennin.application.login;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.domain.account.AccountId;

/**
 * ログイン with ユーザID and パスワード. Failures are slowed and then locked per account and per
 * client address; an unknown ID and a wrong password get the same answer.
 */
public interface LogInUseCase {
    LogInResult logIn(LogInCommand command);

    record LogInCommand(@NotNull @Size(max = 200) String userId, @NotNull @Size(max = 200) String password,
                        @NotNull ClientAddress client) {
    }

    sealed interface LogInResult {
        /** @param mustAcceptTerms show 利用規約 before the main screen */
        record LoggedIn(AccountId account, boolean mustAcceptTerms) implements LogInResult {
        }

        record BadCredentials() implements LogInResult {
        }

        /** Wait until {@code retryAt}; {@code locked} true when the account or address is locked rather than slowed. */
        record Throttled(Instant retryAt, boolean locked) implements LogInResult {
        }

        /** The account was made for an earlier survey year: register again from /signup. */
        record RegistrationExpired() implements LogInResult {
        }
    }
}
