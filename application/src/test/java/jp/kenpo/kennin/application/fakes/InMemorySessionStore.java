package jp.kenpo.kennin.application.fakes;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import jp.kenpo.kennin.application.session.SessionData;
import jp.kenpo.kennin.application.session.SessionKind;
import jp.kenpo.kennin.application.session.SessionStorePort;
import jp.kenpo.kennin.application.session.StoredSession;

/**
 * The session store in memory, with the database's conditional writes (compare-and-set on the
 * map), for web tests. Two sites given the same instance behave like two nodes on one database.
 */
public final class InMemorySessionStore implements SessionStorePort {
    private final Map<String, StoredSession> rows = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicInteger reads = new java.util.concurrent.atomic.AtomicInteger();
    private final java.util.concurrent.atomic.AtomicInteger writes = new java.util.concurrent.atomic.AtomicInteger();

    /** Statements a database would have run: reads (find, list) and writes (everything else). */
    public int reads() {
        return reads.get();
    }

    public int writes() {
        return writes.get();
    }

    @Override
    public Optional<StoredSession> find(String tokenHash) {
        reads.incrementAndGet();
        return Optional.ofNullable(rows.get(tokenHash));
    }

    @Override
    public void create(StoredSession session) {
        writes.incrementAndGet();
        session.data().encode(); // what the database's column refuses, this refuses too
        if (rows.putIfAbsent(session.tokenHash(), session) != null) {
            throw new IllegalStateException("duplicate session hash");
        }
    }

    @Override
    public boolean updateData(String tokenHash, long expectedVersion, SessionData data, Instant lastSeenAt) {
        writes.incrementAndGet();
        data.encode(); // what the database's column refuses, this refuses too
        StoredSession current = rows.get(tokenHash);
        if (current == null || current.version() != expectedVersion) {
            return false;
        }
        StoredSession next = new StoredSession(tokenHash, current.kind(), current.owner(), current.createdAt(),
                lastSeenAt.isAfter(current.lastSeenAt()) ? lastSeenAt : current.lastSeenAt(), expectedVersion + 1, data);
        return rows.replace(tokenHash, current, next);
    }

    @Override
    public boolean touch(String tokenHash, Instant at) {
        writes.incrementAndGet();
        StoredSession updated = rows.computeIfPresent(tokenHash, (k, s) -> at.isAfter(s.lastSeenAt()) ? s.seenAt(at) : s);
        return updated != null;
    }

    @Override
    public boolean delete(String tokenHash) {
        writes.incrementAndGet();
        return rows.remove(tokenHash) != null;
    }

    @Override
    public boolean deleteIfExpired(String tokenHash, Instant idleBefore, Instant createdBefore) {
        writes.incrementAndGet();
        StoredSession current = rows.get(tokenHash);
        return current != null && expired(current, idleBefore, createdBefore) && rows.remove(tokenHash, current);
    }

    @Override
    public int deleteAllOf(SessionKind kind, long owner) {
        writes.incrementAndGet();
        int before = rows.size();
        rows.values().removeIf(s -> s.kind() == kind && s.owner().isPresent() && s.owner().getAsLong() == owner);
        return before - rows.size();
    }

    @Override
    public List<StoredSession> listOf(SessionKind kind, long owner) {
        return rows.values().stream().filter(s -> s.kind() == kind && s.owner().isPresent() && s.owner().getAsLong() == owner)
                .sorted(Comparator.comparing(StoredSession::createdAt).reversed()).toList();
    }

    @Override
    public List<StoredSession> findExpired(SessionKind kind, Instant idleBefore, Instant createdBefore, int limit) {
        return rows.values().stream().filter(s -> s.kind() == kind && expired(s, idleBefore, createdBefore))
                .sorted(Comparator.comparing(StoredSession::lastSeenAt)).limit(limit).toList();
    }

    @Override
    public int deleteExpired(SessionKind kind, Instant idleBefore, Instant createdBefore, int limit) {
        int deleted = 0;
        for (StoredSession s : findExpired(kind, idleBefore, createdBefore, limit)) {
            if (rows.remove(s.tokenHash(), s)) {
                deleted++;
            }
        }
        return deleted;
    }

    /** Every stored row, for tests that look at what the server keeps. */
    public List<StoredSession> all() {
        return List.copyOf(rows.values());
    }

    public int size() {
        return rows.size();
    }

    private static boolean expired(StoredSession s, Instant idleBefore, Instant createdBefore) {
        return s.lastSeenAt().isBefore(idleBefore) || s.createdAt().isBefore(createdBefore);
    }
}
