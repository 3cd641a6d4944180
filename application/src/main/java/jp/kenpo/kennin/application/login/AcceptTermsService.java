package jp.kenpo.kennin.application.login;

import java.time.Clock;
import java.util.Optional;
import jp.kenpo.kennin.application.account.LoadAccountPort;
import jp.kenpo.kennin.application.account.SaveAccountPort;
import jp.kenpo.kennin.application.audit.AuditTrail;
import jp.kenpo.kennin.application.audit.RecordAuditPort;
import jp.kenpo.kennin.application.insurer.TermsPort;
import jp.kenpo.kennin.domain.account.Account;
import jp.kenpo.kennin.domain.audit.AuditAction;
import jp.kenpo.kennin.domain.terms.TermsOfUse;

public final class AcceptTermsService implements AcceptTermsUseCase {
    private final LoadAccountPort accounts;
    private final SaveAccountPort saveAccounts;
    private final TermsPort terms;
    private final AuditTrail audit;
    private final Clock clock;

    public AcceptTermsService(LoadAccountPort accounts, SaveAccountPort saveAccounts, TermsPort terms, RecordAuditPort audit,
                              Clock clock) {
        this.accounts = accounts;
        this.saveAccounts = saveAccounts;
        this.terms = terms;
        this.audit = new AuditTrail(audit, clock);
        this.clock = clock;
    }

    /** @throws java.util.NoSuchElementException when the account no longer exists (the session is stale) */
    @Override
    public AcceptTermsResult acceptTerms(AcceptTermsCommand command) {
        Account account = accounts.loadAccount(command.account()).orElseThrow();
        if (!command.agreed()) {
            return new AcceptTermsResult.NotAgreed();
        }
        Optional<TermsOfUse> current = terms.currentTerms(account.insurer());
        if (current.isEmpty() || current.get().version() != command.version()) {
            return new AcceptTermsResult.VersionOutdated();
        }
        saveAccounts.recordTermsAcceptance(account.id(), command.version(), clock.instant());
        audit.account(AuditAction.TERMS_ACCEPTED, account, command.client(), "version=" + command.version());
        return new AcceptTermsResult.Accepted();
    }
}
