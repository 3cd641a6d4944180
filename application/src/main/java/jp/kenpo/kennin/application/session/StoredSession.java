package jp.kenpo.kennin.application.session;

import java.time.Instant;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * One session as the store keeps it.
 *
 * @param tokenHash  the SHA-256 of the browser's token ({@link SessionToken#hash()}); the token itself is never stored
 * @param owner      the member account or staff id once signed in; empty for a visitor (sign-up, a flash message)
 * @param createdAt  when this token was issued (a sign-in issues a new one): the absolute lifetime counts from here
 * @param lastSeenAt the latest request the store was told of (refreshed at most every so often, not at each request)
 * @param version    goes up with every change of {@code data}; a change is written only over the version it read
 */
public record StoredSession(String tokenHash, SessionKind kind, OptionalLong owner, Instant createdAt, Instant lastSeenAt,
                            long version, SessionData data) {
    public StoredSession {
        Objects.requireNonNull(tokenHash);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(owner);
        Objects.requireNonNull(createdAt);
        Objects.requireNonNull(lastSeenAt);
        Objects.requireNonNull(data);
    }

    public StoredSession withData(SessionData changed) {
        return new StoredSession(tokenHash, kind, owner, createdAt, lastSeenAt, version + 1, changed);
    }

    public StoredSession seenAt(Instant at) {
        return new StoredSession(tokenHash, kind, owner, createdAt, at, version, data);
    }
}
