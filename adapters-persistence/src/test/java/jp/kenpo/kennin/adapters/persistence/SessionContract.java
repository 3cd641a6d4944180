package jp.kenpo.kennin.adapters.persistence;

import static jp.kenpo.kennin.adapters.persistence.jooq.Tables.WEB_SESSION;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import jp.kenpo.kennin.adapters.persistence.session.SessionRepository;
import jp.kenpo.kennin.application.session.SessionData;
import jp.kenpo.kennin.application.session.SessionKind;
import jp.kenpo.kennin.application.session.SessionToken;
import jp.kenpo.kennin.application.session.StoredSession;
import org.junit.jupiter.api.Test;

/** The shared session store: what two nodes on one database rely on. */
interface SessionContract extends PersistenceContract {
    Instant T0 = Instant.parse("2026-04-01T00:00:00.000001Z");
    /** Owners no other test of the suite uses. */
    AtomicLong OWNERS = new AtomicLong(7_000_000);

    private SessionRepository store() {
        return database().sessions();
    }

    private StoredSession newSession(SessionKind kind, OptionalLong owner, Instant at, SessionData data) {
        StoredSession s = new StoredSession(SessionToken.issue().hash(), kind, owner, at, at, 0, data);
        store().create(s);
        return s;
    }

    @Test
    default void aSessionIsReadBackAsWrittenAndTheTableHoldsOnlyTheTokensHash() {
        SessionToken token = SessionToken.issue();
        SessionData data = SessionData.of(Map.of("csrf", "abc", "flash", "kind=INFO&key=x&a0=50%25 & more", "名前", "健保 太郎"));
        long owner = OWNERS.incrementAndGet();
        store().create(new StoredSession(token.hash(), SessionKind.MEMBER, OptionalLong.of(owner), T0, T0, 0, data));

        assertThat(store().find(token.hash())).hasValueSatisfying(s -> {
            assertThat(s.owner()).hasValue(owner);
            assertThat(s.kind()).isEqualTo(SessionKind.MEMBER);
            assertThat(s.createdAt()).isEqualTo(T0);
            assertThat(s.data()).isEqualTo(data);
        });
        assertThat(store().find(SessionToken.issue().hash())).isEmpty();
        assertThat(token.hash()).hasSize(64).isNotEqualTo(token.value());
        String everything = sql().selectFrom(WEB_SESSION).fetch().formatCSV();
        assertThat(everything).contains(token.hash()).doesNotContain(token.value());
    }

    @Test
    default void aChangeIsWrittenOnlyOverTheVersionItReadSoOfTwoTabsTheSecondMustReadAgain() {
        StoredSession s = newSession(SessionKind.MEMBER, OptionalLong.empty(), T0, SessionData.empty());

        assertThat(store().updateData(s.tokenHash(), 0, SessionData.of(Map.of("tab", "one")), T0.plusSeconds(5))).isTrue();
        assertThat(store().updateData(s.tokenHash(), 0, SessionData.of(Map.of("tab", "two")), T0.plusSeconds(6))).isFalse();

        StoredSession now = store().find(s.tokenHash()).orElseThrow();
        assertThat(now.version()).isEqualTo(1);
        assertThat(now.data().get("tab")).hasValue("one");
        assertThat(now.lastSeenAt()).isEqualTo(T0.plusSeconds(5));
    }

    @Test
    default void ofEightRacingWritersOverOneVersionExactlyOneWins() throws Exception {
        StoredSession s = newSession(SessionKind.STAFF, OptionalLong.of(OWNERS.incrementAndGet()), T0, SessionData.empty());
        List<Boolean> won = race(8, i -> store().updateData(s.tokenHash(), 0, SessionData.of(Map.of("by", "" + i)), T0));
        assertThat(won).containsOnlyOnce(true);
    }

    @Test
    default void aDeletedSessionIsNeverBroughtBackByAWriteOrATouch() {
        StoredSession s = newSession(SessionKind.MEMBER, OptionalLong.empty(), T0, SessionData.empty());

        assertThat(store().delete(s.tokenHash())).isTrue();
        assertThat(store().delete(s.tokenHash())).as("a double-clicked logout deletes once").isFalse();
        assertThat(store().updateData(s.tokenHash(), 0, SessionData.of(Map.of("late", "write")), T0)).isFalse();
        assertThat(store().touch(s.tokenHash(), T0.plusSeconds(60))).isFalse();
        assertThat(store().find(s.tokenHash())).isEmpty();
    }

    @Test
    default void touchOnlyMovesLastSeenForward() {
        StoredSession s = newSession(SessionKind.MEMBER, OptionalLong.empty(), T0, SessionData.empty());

        assertThat(store().touch(s.tokenHash(), T0.plusSeconds(120))).isTrue();
        assertThat(store().touch(s.tokenHash(), T0.plusSeconds(60))).as("an older request arriving late").isTrue();

        assertThat(store().find(s.tokenHash()).orElseThrow().lastSeenAt()).isEqualTo(T0.plusSeconds(120));
    }

    @Test
    default void endingAnAccountsSessionsDeletesThemAllAndNoOneElses() {
        long member = OWNERS.incrementAndGet();
        StoredSession phone = newSession(SessionKind.MEMBER, OptionalLong.of(member), T0, SessionData.empty());
        StoredSession laptop = newSession(SessionKind.MEMBER, OptionalLong.of(member), T0, SessionData.empty());
        StoredSession staffWithTheSameNumber = newSession(SessionKind.STAFF, OptionalLong.of(member), T0, SessionData.empty());
        StoredSession someoneElse = newSession(SessionKind.MEMBER, OptionalLong.of(OWNERS.incrementAndGet()), T0, SessionData.empty());

        assertThat(store().deleteAllOf(SessionKind.MEMBER, member)).isEqualTo(2);

        assertThat(store().find(phone.tokenHash())).isEmpty();
        assertThat(store().find(laptop.tokenHash())).isEmpty();
        assertThat(store().find(staffWithTheSameNumber.tokenHash())).isPresent();
        assertThat(store().find(someoneElse.tokenHash())).isPresent();
    }

    @Test
    default void anOwnersSessionsAreListedNewestFirst() {
        long staff = OWNERS.incrementAndGet();
        StoredSession first = newSession(SessionKind.STAFF, OptionalLong.of(staff), T0, SessionData.empty());
        StoredSession second = newSession(SessionKind.STAFF, OptionalLong.of(staff), T0.plusSeconds(1), SessionData.empty());

        assertThat(store().listOf(SessionKind.STAFF, staff)).extracting(StoredSession::tokenHash)
                .containsExactly(second.tokenHash(), first.tokenHash());
    }

    @Test
    default void expiredSessionsAreFoundAndDeletedABoundedNumberAtATimeAndOnlyIfStillExpired() {
        // Far in the past of every other test's rows, so the bounds below pick only these.
        Instant old = Instant.parse("2001-01-01T00:00:00Z");
        List<StoredSession> idle = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            idle.add(newSession(SessionKind.MEMBER, OptionalLong.empty(), old.plusSeconds(i), SessionData.empty()));
        }
        StoredSession fresh = newSession(SessionKind.MEMBER, OptionalLong.empty(), old.plus(Duration.ofHours(1)), SessionData.empty());
        Instant idleBefore = old.plus(Duration.ofMinutes(30));
        Instant createdBefore = old.minus(Duration.ofDays(1));

        assertThat(store().findExpired(SessionKind.MEMBER, idleBefore, createdBefore, 3)).extracting(StoredSession::tokenHash)
                .containsExactly(idle.get(0).tokenHash(), idle.get(1).tokenHash(), idle.get(2).tokenHash());
        assertThat(store().findExpired(SessionKind.STAFF, idleBefore, createdBefore, 10))
                .noneMatch(s -> idle.stream().anyMatch(i -> i.tokenHash().equals(s.tokenHash())));

        // One seen again in the meantime (another node) is not expired any more: left alone.
        store().touch(idle.get(0).tokenHash(), old.plus(Duration.ofHours(1)));
        assertThat(store().deleteIfExpired(idle.get(0).tokenHash(), idleBefore, createdBefore)).isFalse();
        assertThat(store().deleteIfExpired(idle.get(1).tokenHash(), idleBefore, createdBefore)).isTrue();
        assertThat(store().deleteIfExpired(idle.get(1).tokenHash(), idleBefore, createdBefore)).isFalse();

        assertThat(store().deleteExpired(SessionKind.MEMBER, idleBefore, createdBefore, 2)).isEqualTo(2);
        assertThat(store().deleteExpired(SessionKind.MEMBER, idleBefore, createdBefore, 2)).isEqualTo(1);
        assertThat(store().find(idle.get(0).tokenHash())).isPresent();
        assertThat(store().find(fresh.tokenHash())).isPresent();
        assertThat(idle.subList(1, 5)).allSatisfy(s -> assertThat(store().find(s.tokenHash())).isEmpty());
    }

    @Test
    default void aSessionPastItsLifetimeIsExpiredHoweverRecentlySeen() {
        Instant old = Instant.parse("2002-01-01T00:00:00Z");
        StoredSession busy = newSession(SessionKind.STAFF, OptionalLong.of(OWNERS.incrementAndGet()), old, SessionData.empty());
        store().touch(busy.tokenHash(), old.plus(Duration.ofHours(9)));

        assertThat(store().deleteIfExpired(busy.tokenHash(), old.plus(Duration.ofHours(8)), old.plusSeconds(1))).isTrue();
    }

    @Test
    default void theSweepAlsoDeletesSessionsPastTheirLifetimeThatWereSeenRecently() {
        Instant old = Instant.parse("2003-01-01T00:00:00Z");
        StoredSession busy = newSession(SessionKind.MEMBER, OptionalLong.of(OWNERS.incrementAndGet()), old, SessionData.empty());
        StoredSession younger = newSession(SessionKind.MEMBER, OptionalLong.of(OWNERS.incrementAndGet()), old.plusSeconds(60),
                SessionData.empty());
        store().touch(busy.tokenHash(), old.plus(Duration.ofHours(9)));
        store().touch(younger.tokenHash(), old.plus(Duration.ofHours(9)));
        // Idle since 2002 would be every other test's session: an idle bound before them all leaves only the lifetime bound.
        Instant idleBefore = Instant.parse("1999-01-01T00:00:00Z");

        assertThat(store().findExpired(SessionKind.MEMBER, idleBefore, old.plusSeconds(1), 10)).extracting(StoredSession::tokenHash)
                .contains(busy.tokenHash()).doesNotContain(younger.tokenHash());
        assertThat(store().deleteExpired(SessionKind.MEMBER, idleBefore, old.plusSeconds(1), 10)).isGreaterThanOrEqualTo(1);
        assertThat(store().find(busy.tokenHash())).isEmpty();
        assertThat(store().find(younger.tokenHash())).isPresent();
    }

    @Test
    default void ofEightRacingDeletesOfOneSessionExactlyOneDeletes() throws Exception {
        StoredSession s = newSession(SessionKind.STAFF, OptionalLong.of(OWNERS.incrementAndGet()), T0, SessionData.empty());
        assertThat(race(8, i -> store().delete(s.tokenHash()))).containsOnlyOnce(true);
    }

    private static List<Boolean> race(int n, java.util.function.IntFunction<Boolean> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int which = i;
                Callable<Boolean> task = () -> {
                    start.await();
                    return work.apply(which);
                };
                results.add(pool.submit(task));
            }
            start.countDown();
            List<Boolean> out = new ArrayList<>();
            for (Future<Boolean> f : results) {
                out.add(f.get());
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }
}
