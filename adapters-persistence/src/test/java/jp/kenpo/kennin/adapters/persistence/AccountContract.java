package jp.kenpo.kennin.adapters.persistence;

import static jp.kenpo.kennin.adapters.persistence.Fixtures.entry;
import static jp.kenpo.kennin.adapters.persistence.jooq.Tables.AUDIT_LOG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.Optional;
import jp.kenpo.kennin.adapters.persistence.account.AccountRepository;
import jp.kenpo.kennin.application.account.SaveAccountPort.AccountExistsException;
import jp.kenpo.kennin.application.account.SaveAccountPort.UserIdTakenException;
import jp.kenpo.kennin.application.roster.RosterEntry;
import jp.kenpo.kennin.domain.account.Account;
import jp.kenpo.kennin.domain.audit.AuditAction;
import jp.kenpo.kennin.domain.audit.AuditEvent;
import jp.kenpo.kennin.domain.credential.UserId;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.member.MemberId;
import org.junit.jupiter.api.Test;

/** Accounts: one per member and survey year, user IDs unique across the installation ignoring case. */
interface AccountContract extends PersistenceContract {
    Instant REGISTERED = Instant.parse("2025-06-01T01:02:03.123456Z");

    @Test
    default void createdAccountIsFoundByIdByUserIdInAnyCaseAndByMember() {
        InsurerCode code = newInsurer();
        MemberId member = newMember(code, "1");

        Account created = accounts().createAccount(member, code, UserId.of("Taro_Yamada"), "$argon2id$hash", 2025, REGISTERED);

        assertThat(created).isEqualTo(new Account(created.id(), member, code, UserId.of("Taro_Yamada"), "$argon2id$hash", 2025,
                REGISTERED, 0));
        assertThat(accounts().loadAccount(created.id())).contains(created);
        assertThat(accounts().findByUserId(UserId.of("taro_yamada"))).contains(created);
        assertThat(accounts().findByUserId(UserId.of("ＴＡＲＯ＿ＹＡＭＡＤＡ"))).contains(created);
        assertThat(accounts().findByMember(member)).containsExactly(created);
    }

    @Test
    default void creationTimeKeepsItsMicroseconds() {
        InsurerCode code = newInsurer();
        Account created = accounts().createAccount(newMember(code, "1"), code, UserId.of("micro-user"), "h", 2025,
                Instant.parse("2025-12-31T14:59:59.999999Z"));

        assertThat(accounts().loadAccount(created.id()).orElseThrow().createdAt()).isEqualTo("2025-12-31T14:59:59.999999Z");
    }

    @Test
    default void accountOfANewYearReplacesTheEarlierOneAndFreesItsUserId() {
        InsurerCode code = newInsurer();
        MemberId member = newMember(code, "1");
        accounts().createAccount(member, code, UserId.of("yamada2025"), "h1", 2025, REGISTERED);

        Account renewed = accounts().createAccount(member, code, UserId.of("yamada2026"), "h2", 2026, REGISTERED.plusSeconds(86_400 * 365));

        assertThat(accounts().findByMember(member)).containsExactly(renewed);
        assertThat(accounts().findByUserId(UserId.of("yamada2025"))).isEmpty();
        Account other = accounts().createAccount(newMember(code, "2"), code, UserId.of("YAMADA2025"), "h3", 2026, REGISTERED);
        assertThat(accounts().findByUserId(UserId.of("yamada2025"))).contains(other);
    }

    @Test
    default void memberMayKeepTheirUserIdForANewYear() {
        InsurerCode code = newInsurer();
        MemberId member = newMember(code, "1");
        accounts().createAccount(member, code, UserId.of("same-every-year"), "h1", 2025, REGISTERED);

        Account renewed = accounts().createAccount(member, code, UserId.of("Same-Every-Year"), "h2", 2026, REGISTERED);

        assertThat(accounts().findByMember(member)).containsExactly(renewed);
    }

    @Test
    default void userIdOfAnotherMemberIsTakenWhateverItsCaseAndEvenAtAnotherInsurer() {
        InsurerCode code = newInsurer();
        InsurerCode otherInsurer = newInsurer();
        accounts().createAccount(newMember(code, "1"), code, UserId.of("popular.id"), "h", 2025, REGISTERED);
        MemberId member = newMember(otherInsurer, "1");
        Account earlier = accounts().createAccount(member, otherInsurer, UserId.of("earlier.id"), "h", 2024, REGISTERED);

        assertThatThrownBy(() -> accounts().createAccount(member, otherInsurer, UserId.of("Popular.ID"), "h", 2025, REGISTERED))
                .isInstanceOf(UserIdTakenException.class);
        assertThat(accounts().findByMember(member)).containsExactly(earlier);
    }

    @Test
    default void takenUserIdLeavesTheCallersTransactionUsable() {
        InsurerCode code = newInsurer();
        accounts().createAccount(newMember(code, "1"), code, UserId.of("taken-in-tx"), "h", 2025, REGISTERED);
        MemberId member = newMember(code, "2");

        Optional<Account> created = database().transactions().inTransaction(() -> {
            try {
                return Optional.of(accounts().createAccount(member, code, UserId.of("taken-in-tx"), "h", 2025, REGISTERED));
            } catch (UserIdTakenException e) {
                database().auditLog().record(new AuditEvent(REGISTERED, AuditAction.ACCOUNT_REGISTERED, code.value(),
                        Optional.of(member.value()), Optional.empty(), "local", "taken"));
                return Optional.empty();
            }
        });

        assertThat(created).isEmpty();
        assertThat(sql().fetchCount(AUDIT_LOG, AUDIT_LOG.MEMBER_ID.eq(member.value()))).isEqualTo(1);
    }

    @Test
    default void aCurrentAccountIsNeverReplacedAndTheRefusalSaysSo() {
        InsurerCode code = newInsurer();
        MemberId member = newMember(code, "1");
        Account existing = accounts().createAccount(member, code, UserId.of("owner.2025"), "owner-hash", 2025, REGISTERED);

        assertThatThrownBy(() -> accounts().createAccount(member, code, UserId.of("intruder.2025"), "h", 2025, REGISTERED))
                .isInstanceOf(AccountExistsException.class);
        assertThat(accounts().findByMember(member)).containsExactly(existing);
        assertThat(accounts().findByUserId(UserId.of("intruder.2025"))).isEmpty();
    }

    @Test
    default void ofTwoRacingRegistrationsOfOneMemberForOneYearOnlyOneIsMade() throws Exception {
        InsurerCode code = newInsurer();
        MemberId member = newMember(code, "1");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<String>> outcomes = new ArrayList<>();
        try {
            for (int i = 0; i < 8; i++) {
                String userId = "racer" + i;
                outcomes.add(pool.submit(() -> {
                    start.await();
                    try {
                        accounts().createAccount(member, code, UserId.of(userId), "h", 2025, REGISTERED);
                        return "created";
                    } catch (AccountExistsException e) {
                        return "exists";
                    }
                }));
            }
            start.countDown();
            List<String> seen = new ArrayList<>();
            for (Future<String> outcome : outcomes) {
                seen.add(outcome.get(30, TimeUnit.SECONDS));
            }
            assertThat(seen).containsOnlyOnce("created").containsOnly("created", "exists");
        } finally {
            pool.shutdownNow();
        }
        assertThat(accounts().findByMember(member)).hasSize(1);
    }

    @Test
    default void passwordAndAcceptedTermsAreChanged() {
        InsurerCode code = newInsurer();
        Account account = accounts().createAccount(newMember(code, "1"), code, UserId.of("changing"), "old", 2025, REGISTERED);

        accounts().changePassword(account.id(), "new");
        accounts().recordTermsAcceptance(account.id(), 3, REGISTERED.plusSeconds(60));

        Account changed = accounts().loadAccount(account.id()).orElseThrow();
        assertThat(changed.passwordHash()).isEqualTo("new");
        assertThat(changed.acceptedTermsVersion()).isEqualTo(3);
    }

    @Test
    default void theLanguageAMemberChoseIsKeptOnTheAccountAndANewAccountHasNone() {
        InsurerCode code = newInsurer();
        Account created = accounts().createAccount(newMember(code, "1"), code, UserId.of("english-reader"), "h", 2025, REGISTERED);
        Account other = accounts().createAccount(newMember(code, "2"), code, UserId.of("japanese-reader"), "h", 2025, REGISTERED);
        assertThat(created.language()).isEmpty();

        assertThat(accounts().saveLanguage(created.id(), jp.kenpo.kennin.domain.account.Language.EN)).isTrue();

        assertThat(accounts().loadAccount(created.id()).orElseThrow().language()).contains(jp.kenpo.kennin.domain.account.Language.EN);
        assertThat(accounts().findByUserId(UserId.of("english-reader")).orElseThrow().language())
                .contains(jp.kenpo.kennin.domain.account.Language.EN);
        assertThat(accounts().loadAccount(other.id()).orElseThrow().language()).isEmpty();
        accounts().saveLanguage(created.id(), jp.kenpo.kennin.domain.account.Language.JA);
        assertThat(accounts().loadAccount(created.id()).orElseThrow().language()).contains(jp.kenpo.kennin.domain.account.Language.JA);
        assertThat(accounts().saveLanguage(new jp.kenpo.kennin.domain.account.AccountId(Long.MAX_VALUE),
                jp.kenpo.kennin.domain.account.Language.EN)).isFalse();
    }

    @Test
    default void theDatabaseRefusesALanguageOtherThanJapaneseOrEnglish() {
        InsurerCode code = newInsurer();
        Account created = accounts().createAccount(newMember(code, "1"), code, UserId.of("french-reader"), "h", 2025, REGISTERED);

        assertThatThrownBy(() -> sql().update(jp.kenpo.kennin.adapters.persistence.jooq.Tables.ACCOUNT)
                .set(jp.kenpo.kennin.adapters.persistence.jooq.Tables.ACCOUNT.LANGUAGE, "fr")
                .where(jp.kenpo.kennin.adapters.persistence.jooq.Tables.ACCOUNT.ID.eq(created.id().value())).execute())
                .isInstanceOf(org.jooq.exception.DataAccessException.class);
        assertThat(accounts().loadAccount(created.id()).orElseThrow().language()).isEmpty();
    }

    private AccountRepository accounts() {
        return database().accounts();
    }

    private MemberId newMember(InsurerCode code, String number) {
        RosterEntry entry = entry("01", number, "member" + number + "@example.jp");
        database().members().storeRoster(code, List.of(entry));
        return database().members().findByCard(code, entry.symbol(), entry.number()).orElseThrow().id();
    }
}
