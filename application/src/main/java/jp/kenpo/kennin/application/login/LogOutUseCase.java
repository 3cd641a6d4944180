package jp.kenpo.kennin.application.login;

import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.domain.account.AccountId;

/** Records the logout in the audit log (the web adapter ends the session). */
public interface LogOutUseCase {
    void logOut(AccountId account, ClientAddress client);
}
