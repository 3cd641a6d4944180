package jp.kenpo.kennin.adapters.persistence.account;

import static jp.kenpo.kennin.adapters.persistence.jooq.Tables.ACCOUNT;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import jp.kenpo.kennin.adapters.persistence.cache.RenderedQuery;
import jp.kenpo.kennin.adapters.persistence.jooq.tables.records.AccountRecord;
import jp.kenpo.kennin.application.account.LoadAccountPort;
import jp.kenpo.kennin.application.account.SaveAccountLanguagePort;
import jp.kenpo.kennin.application.account.SaveAccountPort;
import jp.kenpo.kennin.domain.account.Language;
import jp.kenpo.kennin.domain.account.Account;
import jp.kenpo.kennin.domain.account.AccountId;
import jp.kenpo.kennin.domain.credential.UserId;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.member.MemberId;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;

/** Accounts; the unique index on the lower-cased user ID keeps IDs unique across insurers and years. */
public final class AccountRepository implements LoadAccountPort, SaveAccountPort, SaveAccountLanguagePort {
    private static final String UNIQUE_VIOLATION = "23505";
    private static final String MEMBER_YEAR_INDEX = "account_member_year_uk";

    private final DSLContext dsl;
    private final RenderedQuery load;

    public AccountRepository(DSLContext dsl) {
        this.dsl = dsl;
        this.load = RenderedQuery.of(dsl, dsl.selectFrom(ACCOUNT).where(ACCOUNT.ID.eq(0L)));
    }

    @Override
    public Optional<Account> findByUserId(UserId userId) {
        return dsl.selectFrom(ACCOUNT).where(ACCOUNT.USER_ID_KEY.eq(userId.key())).fetchOptional(AccountRepository::toAccount);
    }

    @Override
    public Optional<Account> loadAccount(AccountId id) {
        return load.fetchOptionalInto(ACCOUNT, id.value()).map(AccountRepository::toAccount);
    }

    @Override
    public List<Account> findByMember(MemberId member) {
        return dsl.selectFrom(ACCOUNT)
                .where(ACCOUNT.MEMBER_ID.eq(member.value()))
                .orderBy(ACCOUNT.FISCAL_YEAR.desc(), ACCOUNT.ID.desc())
                .fetch(AccountRepository::toAccount);
    }

    /**
     * Deletes only the member's retired accounts (earlier survey years) and inserts; the unique
     * index on (member, survey year) refuses a second account for the year atomically, so a
     * current account is never replaced and two racing registrations cannot both succeed.
     * Runs in its own (nested) transaction: when refused, the member's earlier accounts
     * stay, and on PostgreSQL the caller's transaction is rolled back only to the savepoint, so
     * it can go on (for example to record the refusal) instead of being aborted.
     */
    @Override
    public Account createAccount(MemberId member, InsurerCode insurer, UserId userId, String passwordHash, int fiscalYear,
                                 Instant at) {
        try {
            return dsl.transactionResult(() -> {
                dsl.deleteFrom(ACCOUNT)
                        .where(ACCOUNT.MEMBER_ID.eq(member.value()))
                        .and(ACCOUNT.FISCAL_YEAR.lt(fiscalYear))
                        .execute();
                return dsl.insertInto(ACCOUNT)
                        .set(ACCOUNT.MEMBER_ID, member.value())
                        .set(ACCOUNT.INSURER_CODE, insurer.value())
                        .set(ACCOUNT.USER_ID, userId.value())
                        .set(ACCOUNT.USER_ID_KEY, userId.key())
                        .set(ACCOUNT.PASSWORD_HASH, passwordHash)
                        .set(ACCOUNT.FISCAL_YEAR, fiscalYear)
                        .set(ACCOUNT.CREATED_AT, at)
                        .set(ACCOUNT.ACCEPTED_TERMS_VERSION, 0)
                        // Returned as stored, i.e. with the database's precision of the creation time.
                        .returning()
                        .fetchSingle(AccountRepository::toAccount);
            });
        } catch (DataAccessException e) {
            if (UNIQUE_VIOLATION.equals(e.sqlState())) {
                // Both databases name the violated index in the message (H2 upper case).
                if (String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT).contains(MEMBER_YEAR_INDEX)) {
                    throw new AccountExistsException();
                }
                throw new UserIdTakenException();
            }
            throw e;
        }
    }

    @Override
    public void changePassword(AccountId account, String passwordHash) {
        dsl.update(ACCOUNT).set(ACCOUNT.PASSWORD_HASH, passwordHash).where(ACCOUNT.ID.eq(account.value())).execute();
    }

    @Override
    public void recordTermsAcceptance(AccountId account, int termsVersion, Instant at) {
        dsl.update(ACCOUNT)
                .set(ACCOUNT.ACCEPTED_TERMS_VERSION, termsVersion)
                .set(ACCOUNT.TERMS_ACCEPTED_AT, at)
                .where(ACCOUNT.ID.eq(account.value()))
                .execute();
    }

    @Override
    public boolean saveLanguage(AccountId account, Language language) {
        return dsl.update(ACCOUNT).set(ACCOUNT.LANGUAGE, language.code()).where(ACCOUNT.ID.eq(account.value())).execute() == 1;
    }

    private static Account toAccount(AccountRecord r) {
        return new Account(new AccountId(r.getId()), new MemberId(r.getMemberId()), new InsurerCode(r.getInsurerCode()),
                new UserId(r.getUserId()), r.getPasswordHash(), r.getFiscalYear(), r.getCreatedAt(),
                r.getAcceptedTermsVersion(), Language.ofCode(r.getLanguage()));
    }
}
