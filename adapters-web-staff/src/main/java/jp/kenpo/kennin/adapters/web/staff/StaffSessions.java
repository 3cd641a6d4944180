package jp.kenpo.kennin.adapters.web.staff;

import io.javalin.http.Context;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.UnaryOperator;
import jp.kenpo.kennin.adapters.web.kit.ClientAddresses;
import jp.kenpo.kennin.adapters.web.kit.TrustedProxies;
import jp.kenpo.kennin.adapters.web.kit.session.ServerSessions;
import jp.kenpo.kennin.adapters.web.kit.session.ServerSessions.Live;
import jp.kenpo.kennin.adapters.web.kit.session.SessionCookie;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.application.session.SessionData;
import jp.kenpo.kennin.application.session.SessionKind;
import jp.kenpo.kennin.application.session.SessionStorePort;
import jp.kenpo.kennin.application.session.SessionToken;
import jp.kenpo.kennin.application.session.StoredSession;
import jp.kenpo.kennin.application.staff.CheckStaffSessionUseCase;
import jp.kenpo.kennin.application.staff.CheckStaffSessionUseCase.CheckStaffSessionCommand;
import jp.kenpo.kennin.application.staff.CheckStaffSessionUseCase.CheckStaffSessionResult;
import jp.kenpo.kennin.application.staff.SignedInStaff;
import jp.kenpo.kennin.application.staff.StaffLogOutUseCase;
import jp.kenpo.kennin.application.staff.StaffLogOutUseCase.StaffLogOutCommand;
import jp.kenpo.kennin.domain.staff.StaffId;

/**
 * Staff sessions, apart from members': a cookie of their own ({@code kennin_staff}, under https
 * {@code __Host-kennin_staff}, HttpOnly, SameSite=Strict) holding a random token whose hash names a
 * row of the shared session store, so any node serves any request and an ending is seen by all. A
 * new token at every sign-in (nothing from before the sign-in survives), 15 minutes idle, 8 hours
 * at most, judged on the server. Never trusted alone: every request that brings a session asks
 * {@link CheckStaffSessionUseCase} (one indexed read of the staff row) whether the account is still
 * active with the role and credential generation the session began with, so disabling or
 * re-enrolling from another node or the CLI ends it at its next request.
 * <p>
 * At most {@link #MAX_PER_STAFF} sessions per staff member (one per browser; a sixth sign-in ends
 * the oldest), and every sign-in first sweeps out a bounded number of expired sessions, auditing
 * each expiry once (whichever node deletes the row tells of it).
 */
public final class StaffSessions {
    /** Sessions one staff member may hold at once (a few browsers or machines); the oldest gives way. */
    public static final int MAX_PER_STAFF = 5;
    /** Expired sessions swept (and their expiry audited) at one sign-in, at most. */
    static final int SWEEP_LIMIT = 200;
    /** The request attribute holding what {@link #current} found, so CSRF check and guard ask once. */
    private static final String LOOKED_UP = "kennin.staffSessionLookedUp";

    private final ServerSessions sessions;
    private final SessionCookie cookie;
    private final CheckStaffSessionUseCase check;
    private final StaffLogOutUseCase logOut;
    private final ClientAddresses clients;

    public StaffSessions(StaffWebSettings settings, SessionStorePort store, CheckStaffSessionUseCase check,
                         StaffLogOutUseCase logOut, ClientAddresses clients) {
        this.sessions = new ServerSessions(store, SessionKind.STAFF, settings.clock(),
                ServerSessions.Policy.of(settings.idleTimeout(), settings.lifetime()));
        this.cookie = new SessionCookie("kennin_staff", "Strict", settings.secureCookies());
        this.check = check;
        this.logOut = logOut;
        this.clients = clients;
    }

    /** For tests that are not about the account behind a session: every account stays as it was, nothing is audited. */
    StaffSessions(StaffWebSettings settings, SessionStorePort store) {
        this(settings, store, command -> new CheckStaffSessionResult.Valid(0),
                command -> new StaffLogOutUseCase.StaffLogOutResult.LoggedOut(), new ClientAddresses(TrustedProxies.none()));
    }

    private record LookedUp(Optional<StaffSession> session) {
    }

    /**
     * The request's live session. An idle or too old one is ended (and the expiry audited); so is
     * one whose account was disabled, re-enrolled or given another role since it began (the check
     * audits that). Asked once per request, whoever asks.
     */
    public Optional<StaffSession> current(Context ctx) {
        LookedUp done = ctx.attribute(LOOKED_UP);
        if (done != null) {
            return done.session();
        }
        Optional<StaffSession> found = lookUp(ctx);
        ctx.attribute(LOOKED_UP, new LookedUp(found));
        return found;
    }

    private Optional<StaffSession> lookUp(Context ctx) {
        Optional<SessionToken> token = cookie.token(ctx);
        if (token.isEmpty()) {
            return Optional.empty();
        }
        ServerSessions.Resumed resumed = sessions.resume(token.get());
        if (resumed instanceof ServerSessions.Expired expired) {
            if (expired.endedHere()) {
                auditExpiry(expired.session());
            }
            return Optional.empty();
        }
        if (!(resumed instanceof Live live)) {
            return Optional.empty();
        }
        Optional<SignedInStaff> staff = StaffSession.staffOf(live);
        if (staff.isEmpty()) {
            sessions.end(live.session());
            return Optional.empty();
        }
        StaffSession session = new StaffSession(this, staff.get(), live);
        ClientAddress client = clients.of(ctx);
        CheckStaffSessionResult checked = check.checkSession(new CheckStaffSessionCommand(staff.get(),
                OptionalLong.of(session.generation()), client));
        if (!(checked instanceof CheckStaffSessionResult.Valid)) {
            sessions.end(live.session());
            return Optional.empty();
        }
        if (!session.client().equals(client)) {
            change(session, data -> data.with(StaffSession.CLIENT, client.value()));
        }
        return Optional.of(session);
    }

    /** Whether the request brought a session cookie at all (to tell "timed out" from "never signed in"). */
    public boolean broughtCookie(Context ctx) {
        return cookie.token(ctx).isPresent();
    }

    /**
     * A new session with a new token and CSRF token, pinned to the account's credential generation
     * now; the request's old one, if any, is ended, and so is the staff member's oldest when they
     * already hold {@link #MAX_PER_STAFF}. Expired sessions of anybody are swept out first (a bounded
     * number). Should the account have changed in the instant since the sign-in, the session is
     * never kept (its cookie names nothing).
     */
    public StaffSession start(Context ctx, SignedInStaff staff) {
        end(ctx);
        ClientAddress client = clients.of(ctx);
        sessions.sweepOneByOne(SWEEP_LIMIT).forEach(this::auditExpiry);
        CheckStaffSessionResult pinned = check.checkSession(new CheckStaffSessionCommand(staff, OptionalLong.empty(), client));
        long generation = pinned instanceof CheckStaffSessionResult.Valid valid ? valid.generation() : -1;
        SessionData data = StaffSession.dataOf(staff, SessionToken.issue().value(), generation, client);
        Live live;
        if (pinned instanceof CheckStaffSessionResult.Valid) {
            live = sessions.start(OptionalLong.of(staff.id().value()), data);
            // Trimmed after the insert: two sign-ins at once each delete the oldest beyond the limit, never leave six.
            List<StoredSession> theirs = sessions.liveOf(staff.id().value());
            for (StoredSession extra : theirs.subList(Math.min(MAX_PER_STAFF, theirs.size()), theirs.size())) {
                sessions.end(extra);
            }
        } else {
            // Never stored: the cookie names nothing, and a flash set on it goes nowhere.
            SessionToken nothing = SessionToken.issue();
            live = new Live(nothing, new StoredSession(nothing.hash(), SessionKind.STAFF, OptionalLong.of(staff.id().value()),
                    Instant.EPOCH, Instant.EPOCH, 0, data));
        }
        cookie.set(ctx, live.token());
        StaffSession session = new StaffSession(this, staff, live);
        ctx.attribute(LOOKED_UP, new LookedUp(Optional.of(session)));
        return session;
    }

    /** Ends the request's session, if any, without a word in the audit log (a new sign-in replacing it). */
    public void end(Context ctx) {
        LookedUp done = ctx.attribute(LOOKED_UP);
        if (done != null && done.session().isPresent()) {
            sessions.end(done.session().get().live().session());
        } else {
            cookie.token(ctx).ifPresent(sessions::end);
        }
        ctx.attribute(LOOKED_UP, new LookedUp(Optional.empty()));
        cookie.clear(ctx);
    }

    /**
     * The staff member signs out: their session ends and the audit log says so, once (a double click
     * or a second node finds the session already gone and says nothing).
     */
    public void signOut(Context ctx) {
        Optional<StaffSession> session = current(ctx);
        boolean endedHere = session.isPresent() && sessions.end(session.get().live().session());
        ctx.attribute(LOOKED_UP, new LookedUp(Optional.empty()));
        cookie.clear(ctx);
        if (endedHere) {
            logOut.logOut(new StaffLogOutCommand(session.get().staff(), StaffLogOutUseCase.Why.SIGNED_OUT, clients.of(ctx)));
        }
    }

    /** Ends every session of one staff member at once (disabled, re-enrolled), on every node. */
    public void endAllOf(StaffId staff) {
        sessions.endAllOf(staff.value());
    }

    /** Writes a change of the session's data; a session ended meanwhile stays ended. */
    void change(StaffSession session, UnaryOperator<SessionData> change) {
        sessions.change(session.live(), change).ifPresent(session::changed);
    }

    private void auditExpiry(StoredSession expired) {
        Live live = new Live(null, expired);
        StaffSession.staffOf(live).ifPresent(staff -> logOut.logOut(new StaffLogOutCommand(staff, StaffLogOutUseCase.Why.EXPIRED,
                new StaffSession(this, staff, live).client())));
    }

    /** A cookie of this site shaped like a token (the CSRF cookie of the sign-in form too). */
    static Optional<String> cookie(Context ctx, String name) {
        return new SessionCookie(name.replaceFirst("^__Host-", ""), "Strict", name.startsWith("__Host-")).token(ctx)
                .map(SessionToken::value);
    }

    /** A fresh random token (256 bits, base64url). */
    static String newToken() {
        return SessionToken.issue().value();
    }
}
