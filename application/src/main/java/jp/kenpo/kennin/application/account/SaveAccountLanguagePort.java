package jp.kenpo.kennin.application.account;

import jp.kenpo.kennin.domain.account.AccountId;
import jp.kenpo.kennin.domain.account.Language;

/** Keeps the language a member chose on their account, for their next login and their mails. */
public interface SaveAccountLanguagePort {
    /** @return false when no such account exists (it was replaced by a later year's, say) */
    boolean saveLanguage(AccountId account, Language language);
}
