package jp.kenpo.kennin.adapters.persistence.session;

import static jp.kenpo.kennin.adapters.persistence.jooq.Tables.WEB_SESSION;
import static org.jooq.impl.DSL.greatest;
import static org.jooq.impl.DSL.select;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import jp.kenpo.kennin.adapters.persistence.cache.RenderedQuery;
import jp.kenpo.kennin.adapters.persistence.jooq.tables.records.WebSessionRecord;
import jp.kenpo.kennin.application.session.SessionData;
import jp.kenpo.kennin.application.session.SessionKind;
import jp.kenpo.kennin.application.session.SessionStorePort;
import jp.kenpo.kennin.application.session.StoredSession;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record1;
import org.jooq.Table;

/**
 * Sessions as rows keyed by the hash of their token. A request's read is one primary-key lookup;
 * every write says in its WHERE clause what it expects (the version read, that the row is still
 * expired), so two nodes or two tabs never overwrite each other and a deleted session stays deleted.
 */
public final class SessionRepository implements SessionStorePort {
    private final DSLContext dsl;
    private final RenderedQuery find;

    public SessionRepository(DSLContext dsl) {
        this.dsl = dsl;
        this.find = RenderedQuery.of(dsl, dsl.selectFrom(WEB_SESSION).where(WEB_SESSION.TOKEN_HASH.eq("")));
    }

    @Override
    public Optional<StoredSession> find(String tokenHash) {
        return find.fetchOptionalInto(WEB_SESSION, tokenHash).map(SessionRepository::toSession);
    }

    @Override
    public void create(StoredSession session) {
        dsl.insertInto(WEB_SESSION)
                .set(WEB_SESSION.TOKEN_HASH, session.tokenHash())
                .set(WEB_SESSION.KIND, session.kind().name())
                .set(WEB_SESSION.OWNER_ID, session.owner().isPresent() ? session.owner().getAsLong() : null)
                .set(WEB_SESSION.CREATED_AT, session.createdAt())
                .set(WEB_SESSION.LAST_SEEN_AT, session.lastSeenAt())
                .set(WEB_SESSION.VERSION, session.version())
                .set(WEB_SESSION.DATA, session.data().encode())
                .execute();
    }

    @Override
    public boolean updateData(String tokenHash, long expectedVersion, SessionData data, Instant lastSeenAt) {
        return dsl.update(WEB_SESSION)
                .set(WEB_SESSION.DATA, data.encode())
                .set(WEB_SESSION.VERSION, expectedVersion + 1)
                .set(WEB_SESSION.LAST_SEEN_AT, greatest(WEB_SESSION.LAST_SEEN_AT, org.jooq.impl.DSL.val(lastSeenAt)))
                .where(WEB_SESSION.TOKEN_HASH.eq(tokenHash))
                .and(WEB_SESSION.VERSION.eq(expectedVersion))
                .execute() == 1;
    }

    @Override
    public boolean touch(String tokenHash, Instant at) {
        // Only forward; a row already seen later is left alone but still counts as there.
        int moved = dsl.update(WEB_SESSION).set(WEB_SESSION.LAST_SEEN_AT, at)
                .where(WEB_SESSION.TOKEN_HASH.eq(tokenHash)).and(WEB_SESSION.LAST_SEEN_AT.lt(at))
                .execute();
        return moved == 1 || dsl.fetchExists(WEB_SESSION, WEB_SESSION.TOKEN_HASH.eq(tokenHash));
    }

    @Override
    public boolean delete(String tokenHash) {
        return dsl.deleteFrom(WEB_SESSION).where(WEB_SESSION.TOKEN_HASH.eq(tokenHash)).execute() == 1;
    }

    @Override
    public boolean deleteIfExpired(String tokenHash, Instant idleBefore, Instant createdBefore) {
        return dsl.deleteFrom(WEB_SESSION)
                .where(WEB_SESSION.TOKEN_HASH.eq(tokenHash))
                .and(WEB_SESSION.LAST_SEEN_AT.lt(idleBefore).or(WEB_SESSION.CREATED_AT.lt(createdBefore)))
                .execute() == 1;
    }

    @Override
    public int deleteAllOf(SessionKind kind, long owner) {
        return dsl.deleteFrom(WEB_SESSION)
                .where(WEB_SESSION.KIND.eq(kind.name())).and(WEB_SESSION.OWNER_ID.eq(owner))
                .execute();
    }

    @Override
    public List<StoredSession> listOf(SessionKind kind, long owner) {
        return dsl.selectFrom(WEB_SESSION)
                .where(WEB_SESSION.KIND.eq(kind.name())).and(WEB_SESSION.OWNER_ID.eq(owner))
                .orderBy(WEB_SESSION.CREATED_AT.desc(), WEB_SESSION.TOKEN_HASH)
                .fetch(SessionRepository::toSession);
    }

    @Override
    public List<StoredSession> findExpired(SessionKind kind, Instant idleBefore, Instant createdBefore, int limit) {
        List<String> tokens = expiredTokens(kind, idleBefore, createdBefore, limit);
        if (tokens.isEmpty()) {
            return List.of();
        }
        return dsl.selectFrom(WEB_SESSION)
                .where(WEB_SESSION.TOKEN_HASH.in(tokens))
                .orderBy(WEB_SESSION.LAST_SEEN_AT)
                .fetch(SessionRepository::toSession);
    }

    @Override
    public int deleteExpired(SessionKind kind, Instant idleBefore, Instant createdBefore, int limit) {
        List<String> tokens = expiredTokens(kind, idleBefore, createdBefore, limit);
        if (tokens.isEmpty()) {
            return 0;
        }
        // Still expired when deleted: one seen again meanwhile (another node) is left alone.
        return dsl.deleteFrom(WEB_SESSION)
                .where(WEB_SESSION.TOKEN_HASH.in(tokens))
                .and(expired(kind, idleBefore, createdBefore))
                .execute();
    }

    /**
     * Up to {@code limit} tokens of expired sessions, the oldest first on either bound. Each bound
     * is read from its own index, stopping at {@code limit}, and the rows are then found by their
     * key: one condition "idle or too old" can use neither index and read every session of the
     * kind, at every login.
     */
    private List<String> expiredTokens(SessionKind kind, Instant idleBefore, Instant createdBefore, int limit) {
        Table<Record1<String>> expired = select(WEB_SESSION.TOKEN_HASH).from(WEB_SESSION)
                .where(WEB_SESSION.KIND.eq(kind.name()).and(WEB_SESSION.LAST_SEEN_AT.lt(idleBefore)))
                .orderBy(WEB_SESSION.LAST_SEEN_AT).limit(limit)
                .union(select(WEB_SESSION.TOKEN_HASH).from(WEB_SESSION)
                        .where(WEB_SESSION.KIND.eq(kind.name()).and(WEB_SESSION.CREATED_AT.lt(createdBefore)))
                        .orderBy(WEB_SESSION.CREATED_AT).limit(limit))
                .asTable("expired");
        return dsl.select(expired.field(WEB_SESSION.TOKEN_HASH)).from(expired).limit(limit).fetch(0, String.class);
    }

    private static Condition expired(SessionKind kind, Instant idleBefore, Instant createdBefore) {
        return WEB_SESSION.KIND.eq(kind.name())
                .and(WEB_SESSION.LAST_SEEN_AT.lt(idleBefore).or(WEB_SESSION.CREATED_AT.lt(createdBefore)));
    }

    private static StoredSession toSession(WebSessionRecord r) {
        return new StoredSession(r.getTokenHash(), SessionKind.valueOf(r.getKind()),
                r.getOwnerId() == null ? OptionalLong.empty() : OptionalLong.of(r.getOwnerId()),
                r.getCreatedAt(), r.getLastSeenAt(), r.getVersion(), SessionData.decode(r.getData()));
    }
}
