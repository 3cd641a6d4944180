package jp.kenpo.kennin.application.account;

import java.util.List;
import java.util.Optional;
import jp.kenpo.kennin.domain.account.Account;
import jp.kenpo.kennin.domain.account.AccountId;
import jp.kenpo.kennin.domain.credential.UserId;
import jp.kenpo.kennin.domain.member.MemberId;

public interface LoadAccountPort {
    /** By user ID, ignoring case ({@link UserId#key()}). */
    Optional<Account> findByUserId(UserId userId);

    Optional<Account> loadAccount(AccountId id);

    /** The member's accounts, newest first (one per survey year they registered in). */
    List<Account> findByMember(MemberId member);
}
