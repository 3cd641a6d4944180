package jp.kenpo.kennin.application.login;

import java.time.Clock;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.application.account.LoadAccountPort;
import jp.kenpo.kennin.application.audit.AuditTrail;
import jp.kenpo.kennin.application.audit.RecordAuditPort;
import jp.kenpo.kennin.domain.account.AccountId;
import jp.kenpo.kennin.domain.audit.AuditAction;

public final class LogOutService implements LogOutUseCase {
    private final LoadAccountPort accounts;
    private final AuditTrail audit;

    public LogOutService(LoadAccountPort accounts, RecordAuditPort audit, Clock clock) {
        this.accounts = accounts;
        this.audit = new AuditTrail(audit, clock);
    }

    @Override
    public void logOut(AccountId account, ClientAddress client) {
        // A session can outlive its account (a yearly reset replaced it); the logout is worth no log line then.
        accounts.loadAccount(account).ifPresent(a -> audit.account(AuditAction.LOGOUT, a, client, ""));
    }
}
