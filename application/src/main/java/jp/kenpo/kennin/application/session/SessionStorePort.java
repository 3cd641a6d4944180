package jp.kenpo.kennin.application.session;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where member and staff sessions live, shared by every node: the web adapters keep nothing of a
 * session in memory between requests, so any node can serve any request and an ending (sign-out,
 * password reset, a disabled staff account) is seen everywhere at once. Every write is
 * conditional, so two requests of one session (two tabs, a double click, a sign-in racing a page)
 * never overwrite each other silently and a deleted session is never brought back.
 */
public interface SessionStorePort {
    /** The session with this token hash (one read on the primary key). */
    Optional<StoredSession> find(String tokenHash);

    /** Stores a new session (its hash is new: 256 random bits). */
    void create(StoredSession session);

    /**
     * Replaces the data and moves last-seen on, only if the stored version is still
     * {@code expectedVersion}; the version becomes {@code expectedVersion + 1}. False when another
     * request changed it first or the session is gone.
     */
    boolean updateData(String tokenHash, long expectedVersion, SessionData data, Instant lastSeenAt);

    /** Moves last-seen on to {@code at}, only forward; false when the session is gone. */
    boolean touch(String tokenHash, Instant at);

    /** Deletes one session; true only for the one call that deleted it (so an ending is audited once). */
    boolean delete(String tokenHash);

    /**
     * Deletes the session only if it is still expired by these bounds (not seen since
     * {@code idleBefore} or created before {@code createdBefore}); true for the call that deleted it.
     */
    boolean deleteIfExpired(String tokenHash, Instant idleBefore, Instant createdBefore);

    /** Deletes every session of one owner of this kind (a password reset, a disabled account); how many. */
    int deleteAllOf(SessionKind kind, long owner);

    /** An owner's sessions of this kind, newest first. */
    List<StoredSession> listOf(SessionKind kind, long owner);

    /** Up to {@code limit} expired sessions of this kind, oldest first (to audit before deleting them one by one). */
    List<StoredSession> findExpired(SessionKind kind, Instant idleBefore, Instant createdBefore, int limit);

    /** Deletes up to {@code limit} expired sessions of this kind in one statement; how many. */
    int deleteExpired(SessionKind kind, Instant idleBefore, Instant createdBefore, int limit);
}
