package jp.kenpo.kennin.application.account;

import jakarta.validation.constraints.NotNull;
import jp.kenpo.kennin.domain.account.AccountId;
import jp.kenpo.kennin.domain.account.Language;

/**
 * A logged-in member chooses the language of the site and of the mails sent to them; it is kept
 * on the account, so the next login (on any browser) and every later mail follow it.
 */
public interface ChooseLanguageUseCase {
    ChooseLanguageResult chooseLanguage(ChooseLanguageCommand command);

    record ChooseLanguageCommand(@NotNull AccountId account, @NotNull Language language) {
    }

    sealed interface ChooseLanguageResult {
        record Chosen(Language language) implements ChooseLanguageResult {
        }

        /** The account no longer exists (replaced by a later year's registration). */
        record UnknownAccount() implements ChooseLanguageResult {
        }
    }
}
