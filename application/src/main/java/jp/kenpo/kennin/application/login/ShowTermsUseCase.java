package jp.kenpo.kennin.application.login;

import java.util.Optional;
import jp.kenpo.kennin.domain.account.AccountId;
import jp.kenpo.kennin.domain.terms.TermsOfUse;

/** The terms of use the account's insurer has in force; empty when it has published none. */
public interface ShowTermsUseCase {
    Optional<TermsOfUse> currentTerms(AccountId account);
}
