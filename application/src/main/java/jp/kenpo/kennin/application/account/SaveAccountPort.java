package jp.kenpo.kennin.application.account;

import java.time.Instant;
import jp.kenpo.kennin.domain.account.Account;
import jp.kenpo.kennin.domain.account.AccountId;
import jp.kenpo.kennin.domain.credential.UserId;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.member.MemberId;

public interface SaveAccountPort {
    /**
     * Creates the account. Replaces an earlier-year account of the same member (whose user ID
     * is then free again). Throws {@link UserIdTakenException} when another member holds the ID.
     */
    Account createAccount(MemberId member, InsurerCode insurer, UserId userId, String passwordHash, int fiscalYear, Instant at);

    void changePassword(AccountId account, String passwordHash);

    void recordTermsAcceptance(AccountId account, int termsVersion, Instant at);

    final class UserIdTakenException extends RuntimeException {
        public UserIdTakenException() {
            super("user id taken");
        }
    }
}
