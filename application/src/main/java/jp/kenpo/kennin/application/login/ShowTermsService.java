package jp.kenpo.kennin.application.login;

import java.util.Optional;
import jp.kenpo.kennin.application.account.LoadAccountPort;
import jp.kenpo.kennin.application.insurer.TermsPort;
import jp.kenpo.kennin.domain.account.AccountId;
import jp.kenpo.kennin.domain.terms.TermsOfUse;

public final class ShowTermsService implements ShowTermsUseCase {
    private final LoadAccountPort accounts;
    private final TermsPort terms;

    public ShowTermsService(LoadAccountPort accounts, TermsPort terms) {
        this.accounts = accounts;
        this.terms = terms;
    }

    @Override
    public Optional<TermsOfUse> currentTerms(AccountId account) {
        return accounts.loadAccount(account).flatMap(a -> terms.currentTerms(a.insurer()));
    }
}
