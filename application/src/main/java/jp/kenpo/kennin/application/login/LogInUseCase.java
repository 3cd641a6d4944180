package jp.kenpo.kennin.application.login;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import jp.kenpo.kennin.application.ClientAddress;
import java.util.Optional;
import jp.kenpo.kennin.domain.account.AccountId;
import jp.kenpo.kennin.domain.account.Language;

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
        /**
         * @param mustAcceptTerms show 利用規約 before the main screen
         * @param language        the language the member chose on the account, empty if never
         */
        record LoggedIn(AccountId account, boolean mustAcceptTerms, Optional<Language> language) implements LogInResult {
            public LoggedIn {
                java.util.Objects.requireNonNull(language);
            }

            public LoggedIn(AccountId account, boolean mustAcceptTerms) {
                this(account, mustAcceptTerms, Optional.empty());
            }
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
