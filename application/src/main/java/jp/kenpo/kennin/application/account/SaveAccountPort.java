package jp.kenpo.kennin.application.account;

import java.time.Instant;
import jp.kenpo.kennin.domain.account.Account;
import jp.kenpo.kennin.domain.account.AccountId;
import jp.kenpo.kennin.domain.credential.UserId;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.member.MemberId;

public interface SaveAccountPort {
    /**
     * Creates the account. Replaces the member's retired accounts, those of survey years before
     * {@code fiscalYear} (whose user IDs are then free again), and never a current one: when the
     * member already has an account for {@code fiscalYear} (or later), checked atomically by the
     * store, it throws {@link AccountExistsException} and changes nothing. Throws
     * {@link UserIdTakenException} when another member holds the ID.
     */
    Account createAccount(MemberId member, InsurerCode insurer, UserId userId, String passwordHash, int fiscalYear, Instant at);

    void changePassword(AccountId account, String passwordHash);

    void recordTermsAcceptance(AccountId account, int termsVersion, Instant at);

    final class AccountExistsException extends RuntimeException {
        public AccountExistsException() {
            super("member already has an account for this survey year");
        }
    }

    final class UserIdTakenException extends RuntimeException {
        public UserIdTakenException() {
            super("user id taken");
        }
    }
}
