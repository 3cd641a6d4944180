package jp.kenpo.kennin.adapters.web.kit.session;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.UnaryOperator;
import jp.kenpo.kennin.application.session.SessionData;
import jp.kenpo.kennin.application.session.SessionKind;
import jp.kenpo.kennin.application.session.SessionStorePort;
import jp.kenpo.kennin.application.session.SessionToken;
import jp.kenpo.kennin.application.session.StoredSession;

/**
 * The rules of one kind of session over the shared store, holding nothing between requests: idle
 * and absolute timeouts judged on the server with the given clock, a new token at every sign-in,
 * conditional writes only when something changed, and last-seen refreshed at most every
 * {@link Policy#touchEvery()} rather than at every request. A request costs one read on the
 * primary key, plus a write when it changes the session or the refresh is due.
 */
public final class ServerSessions {
    /** A session changed by this many requests in the instant between read and write: give up rather than spin. */
    private static final int ATTEMPTS = 8;

    /**
     * @param idle       a session not seen for this long has ended; since last-seen is refreshed only
     *                   every {@code touchEvery}, it may end up to that much earlier than the idle time after the last request
     * @param absolute   a session ends this long after its token was issued, however busy
     * @param touchEvery how stale last-seen may get before a request writes it
     */
    public record Policy(Duration idle, Duration absolute, Duration touchEvery) {
        public Policy {
            Objects.requireNonNull(idle);
            Objects.requireNonNull(absolute);
            Objects.requireNonNull(touchEvery);
            if (idle.isZero() || idle.isNegative() || absolute.compareTo(idle) < 0 || touchEvery.isNegative()) {
                throw new IllegalArgumentException("idle > 0, absolute >= idle, touchEvery >= 0");
            }
        }

        /** Refreshed every 60 seconds, or every tenth of the idle time when that is shorter. */
        public static Policy of(Duration idle, Duration absolute) {
            Duration tenth = idle.dividedBy(10);
            return new Policy(idle, absolute, tenth.compareTo(Duration.ofSeconds(60)) < 0 ? tenth : Duration.ofSeconds(60));
        }
    }

    /** What a token brought by a request names. */
    public sealed interface Resumed permits Live, Expired, Unknown {
    }

    /** A session that counts, as read at the start of the request (or as this request last wrote it). */
    public record Live(SessionToken token, StoredSession session) implements Resumed {
        public SessionData data() {
            return session.data();
        }
    }

    /**
     * A session past a timeout: it was deleted, by this request when {@code endedHere} (so its
     * ending is told once, whichever node or request saw it first).
     */
    public record Expired(StoredSession session, boolean endedHere, boolean tooOld) implements Resumed {
    }

    /** No such session: never was, signed out, or ended with the account's other sessions. */
    public record Unknown() implements Resumed {
    }

    private final SessionStorePort store;
    private final SessionKind kind;
    private final Clock clock;
    private final Policy policy;

    public ServerSessions(SessionStorePort store, SessionKind kind, Clock clock, Policy policy) {
        this.store = Objects.requireNonNull(store);
        this.kind = Objects.requireNonNull(kind);
        this.clock = Objects.requireNonNull(clock);
        this.policy = Objects.requireNonNull(policy);
    }

    public Policy policy() {
        return policy;
    }

    /** The session a request's token names: one read, and a write only when last-seen is due or it has expired. */
    public Resumed resume(SessionToken token) {
        String hash = token.hash();
        Optional<StoredSession> found = store.find(hash);
        if (found.isEmpty() || found.get().kind() != kind) {
            return new Unknown();
        }
        StoredSession session = found.get();
        Instant now = clock.instant();
        if (expired(session, now)) {
            boolean tooOld = session.createdAt().isBefore(createdBefore(now));
            return new Expired(session, store.deleteIfExpired(hash, idleBefore(now), createdBefore(now)), tooOld);
        }
        if (!session.lastSeenAt().plus(policy.touchEvery()).isAfter(now) && now.isAfter(session.lastSeenAt())) {
            if (!store.touch(hash, now)) {
                return new Unknown(); // ended between the read and this write
            }
            session = session.seenAt(now);
        }
        return new Live(token, session);
    }

    /** A new session with a new token; nothing of any earlier one is carried over unless passed in {@code data}. */
    public Live start(OptionalLong owner, SessionData data) {
        SessionToken token = SessionToken.issue();
        Instant now = clock.instant();
        StoredSession session = new StoredSession(token.hash(), kind, owner, now, now, 0, data);
        store.create(session);
        return new Live(token, session);
    }

    /**
     * Applies {@code change} to the session's data and writes it over the version read; when another
     * request wrote first, reads again and applies the change to what it wrote (so two tabs keep
     * both their changes). Empty when the session has ended meanwhile: it is never brought back.
     */
    public Optional<Live> change(Live live, UnaryOperator<SessionData> change) {
        StoredSession current = live.session();
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            SessionData next = change.apply(current.data());
            if (next.equals(current.data())) {
                return Optional.of(new Live(live.token(), current));
            }
            Instant now = clock.instant();
            if (store.updateData(current.tokenHash(), current.version(), next, now)) {
                Instant seen = now.isAfter(current.lastSeenAt()) ? now : current.lastSeenAt();
                return Optional.of(new Live(live.token(), current.withData(next).seenAt(seen)));
            }
            Optional<StoredSession> fresh = store.find(current.tokenHash());
            if (fresh.isEmpty() || expired(fresh.get(), now)) {
                return Optional.empty();
            }
            current = fresh.get();
        }
        throw new IllegalStateException("a session changed by " + ATTEMPTS + " requests at once");
    }

    /** Ends one session; true for the one call that ended it. */
    public boolean end(StoredSession session) {
        return store.delete(session.tokenHash());
    }

    /** Ends the session a token names, if any (signing in again from the same browser). */
    public boolean end(SessionToken token) {
        return store.delete(token.hash());
    }

    /** Ends every session of an owner, on every node at their next request. */
    public int endAllOf(long owner) {
        return store.deleteAllOf(kind, owner);
    }

    /** An owner's live sessions, newest first. */
    public List<StoredSession> liveOf(long owner) {
        Instant now = clock.instant();
        return store.listOf(kind, owner).stream().filter(s -> !expired(s, now)).toList();
    }

    /** Deletes up to {@code limit} expired sessions at once (nobody is told); how many. */
    public int sweep(int limit) {
        Instant now = clock.instant();
        return store.deleteExpired(kind, idleBefore(now), createdBefore(now), limit);
    }

    /** Deletes up to {@code limit} expired sessions one by one and returns those this call deleted (to tell of each once). */
    public List<StoredSession> sweepOneByOne(int limit) {
        Instant now = clock.instant();
        List<StoredSession> ended = new ArrayList<>();
        for (StoredSession s : store.findExpired(kind, idleBefore(now), createdBefore(now), limit)) {
            if (store.deleteIfExpired(s.tokenHash(), idleBefore(now), createdBefore(now))) {
                ended.add(s);
            }
        }
        return ended;
    }

    private boolean expired(StoredSession s, Instant now) {
        return s.lastSeenAt().isBefore(idleBefore(now)) || s.createdAt().isBefore(createdBefore(now));
    }

    private Instant idleBefore(Instant now) {
        return now.minus(policy.idle());
    }

    /** A session created at or before this instant is too old; as a strict bound, the instant just after. */
    private Instant createdBefore(Instant now) {
        return now.minus(policy.absolute()).plusNanos(1);
    }
}
