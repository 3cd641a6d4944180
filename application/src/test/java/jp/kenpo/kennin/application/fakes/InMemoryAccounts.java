package jp.kenpo.kennin.application.fakes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import jp.kenpo.kennin.application.account.LoadAccountPort;
import jp.kenpo.kennin.application.account.SaveAccountLanguagePort;
import jp.kenpo.kennin.application.account.SaveAccountPort;
import jp.kenpo.kennin.domain.account.Language;
import jp.kenpo.kennin.domain.account.Account;
import jp.kenpo.kennin.domain.account.AccountId;
import jp.kenpo.kennin.domain.credential.UserId;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.member.MemberId;

/**
 * Accounts as the port describes them: user IDs unique without regard to case, a member's new
 * registration replacing their retired accounts of earlier years, and never a current one.
 */
public final class InMemoryAccounts implements LoadAccountPort, SaveAccountPort, SaveAccountLanguagePort {
    private final List<Account> accounts = new ArrayList<>();
    private long nextId = 1;

    @Override
    public synchronized Optional<Account> findByUserId(UserId userId) {
        return accounts.stream().filter(a -> a.userId().key().equals(userId.key())).findFirst();
    }

    @Override
    public synchronized Optional<Account> loadAccount(AccountId id) {
        return accounts.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    @Override
    public synchronized List<Account> findByMember(MemberId member) {
        return accounts.stream().filter(a -> a.member().equals(member))
                .sorted(Comparator.comparingInt(Account::fiscalYear).reversed()).toList();
    }

    @Override
    public synchronized Account createAccount(MemberId member, InsurerCode insurer, UserId userId, String passwordHash,
                                              int fiscalYear, Instant at) {
        if (accounts.stream().anyMatch(a -> a.member().equals(member) && a.fiscalYear() >= fiscalYear)) {
            throw new AccountExistsException();
        }
        if (findByUserId(userId).filter(a -> !a.member().equals(member)).isPresent()) {
            throw new UserIdTakenException();
        }
        accounts.removeIf(a -> a.member().equals(member) && a.fiscalYear() < fiscalYear);
        Account account = new Account(new AccountId(nextId++), member, insurer, userId, passwordHash, fiscalYear, at, 0);
        accounts.add(account);
        return account;
    }

    @Override
    public synchronized void changePassword(AccountId account, String passwordHash) {
        Account a = loadAccount(account).orElseThrow();
        replace(new Account(a.id(), a.member(), a.insurer(), a.userId(), passwordHash, a.fiscalYear(), a.createdAt(),
                a.acceptedTermsVersion(), a.language()));
    }

    @Override
    public synchronized void recordTermsAcceptance(AccountId account, int termsVersion, Instant at) {
        Account a = loadAccount(account).orElseThrow();
        replace(new Account(a.id(), a.member(), a.insurer(), a.userId(), a.passwordHash(), a.fiscalYear(), a.createdAt(),
                termsVersion, a.language()));
    }

    @Override
    public synchronized boolean saveLanguage(AccountId account, Language language) {
        Optional<Account> found = loadAccount(account);
        found.ifPresent(a -> replace(new Account(a.id(), a.member(), a.insurer(), a.userId(), a.passwordHash(), a.fiscalYear(),
                a.createdAt(), a.acceptedTermsVersion(), Optional.of(language))));
        return found.isPresent();
    }

    public synchronized List<Account> all() {
        return List.copyOf(accounts);
    }

    private void replace(Account account) {
        accounts.removeIf(a -> a.id().equals(account.id()));
        accounts.add(account);
    }
}
