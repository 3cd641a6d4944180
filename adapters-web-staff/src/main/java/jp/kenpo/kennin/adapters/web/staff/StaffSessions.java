package jp.kenpo.kennin.adapters.web.staff;

import io.javalin.http.Context;
import jakarta.servlet.http.Cookie;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import jp.kenpo.kennin.adapters.web.kit.ClientAddresses;
import jp.kenpo.kennin.adapters.web.kit.TrustedProxies;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.application.staff.CheckStaffSessionUseCase;
import jp.kenpo.kennin.application.staff.CheckStaffSessionUseCase.CheckStaffSessionCommand;
import jp.kenpo.kennin.application.staff.CheckStaffSessionUseCase.CheckStaffSessionResult;
import jp.kenpo.kennin.application.staff.SignedInStaff;
import jp.kenpo.kennin.application.staff.StaffLogOutUseCase;
import jp.kenpo.kennin.application.staff.StaffLogOutUseCase.StaffLogOutCommand;
import jp.kenpo.kennin.domain.staff.StaffId;

/**
 * Staff sessions, apart from members': a cookie of their own ({@code kennin_staff}, under https
 * {@code __Host-kennin_staff}, HttpOnly, SameSite=Strict) naming a server-side entry. A new
 * random id at every sign-in (nothing from before the sign-in survives), 15 minutes idle, 8
 * hours at most. Held in this process's memory (one node, see the README on scale-out), but
 * never trusted alone: every request that brings a session asks {@link CheckStaffSessionUseCase}
 * (one indexed read of the staff row) whether the account is still active with the role and
 * credential generation the session began with, so disabling or re-enrolling from another node or
 * the CLI ends it at its next request.
 * <p>
 * At most {@link #MAX_PER_STAFF} sessions per staff member (one per browser; a sixth sign-in ends
 * the oldest), and every sign-in first sweeps out the sessions that have expired, so the map holds
 * no more than the sessions started within the last idle period and still in use.
 */
public final class StaffSessions {
    /** Sessions one staff member may hold at once (a few browsers or machines); the oldest gives way. */
    public static final int MAX_PER_STAFF = 5;
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();
    /** The request attribute holding what {@link #current} found, so CSRF check and guard ask once. */
    private static final String LOOKED_UP = "kennin.staffSessionLookedUp";

    private final Clock clock;
    private final Duration idle;
    private final Duration absolute;
    private final boolean secure;
    private final String cookieName;
    private final CheckStaffSessionUseCase check;
    private final StaffLogOutUseCase logOut;
    private final ClientAddresses clients;
    private final Map<String, StaffSession> sessions = new ConcurrentHashMap<>();

    public StaffSessions(StaffWebSettings settings, CheckStaffSessionUseCase check, StaffLogOutUseCase logOut,
                         ClientAddresses clients) {
        this(settings.clock(), settings.idleTimeout(), settings.lifetime(), settings.secureCookies(), check, logOut, clients);
    }

    /** For tests that are not about the account behind a session: every account stays as it was, nothing is audited. */
    StaffSessions(StaffWebSettings settings) {
        this(settings, command -> new CheckStaffSessionResult.Valid(0), command -> new StaffLogOutUseCase.StaffLogOutResult.LoggedOut(),
                new ClientAddresses(TrustedProxies.none()));
    }

    StaffSessions(Clock clock, Duration idle, Duration absolute, boolean secure, CheckStaffSessionUseCase check,
                  StaffLogOutUseCase logOut, ClientAddresses clients) {
        this.clock = clock;
        this.idle = idle;
        this.absolute = absolute;
        this.secure = secure;
        this.cookieName = secure ? "__Host-kennin_staff" : "kennin_staff";
        this.check = check;
        this.logOut = logOut;
        this.clients = clients;
    }

    private record LookedUp(Optional<StaffSession> session) {
    }

    /**
     * The request's live session, its idle clock restarted. An idle or too old one is ended (and the
     * expiry audited); so is one whose account was disabled, re-enrolled or given another role since
     * it began (the check audits that). Asked once per request, whoever asks.
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
        Optional<String> token = cookie(ctx, cookieName);
        if (token.isEmpty()) {
            return Optional.empty();
        }
        StaffSession session = sessions.get(token.get());
        if (session == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        ClientAddress client = clients.of(ctx);
        if (expired(session, now)) {
            if (sessions.remove(token.get(), session)) {
                logOut.logOut(new StaffLogOutCommand(session.staff(), StaffLogOutUseCase.Why.EXPIRED, client));
            }
            return Optional.empty();
        }
        CheckStaffSessionResult checked = check.checkSession(new CheckStaffSessionCommand(session.staff(),
                OptionalLong.of(session.generation()), client));
        if (!(checked instanceof CheckStaffSessionResult.Valid)) {
            sessions.remove(token.get(), session);
            return Optional.empty();
        }
        session.touch(now, client);
        return Optional.of(session);
    }

    private boolean expired(StaffSession session, Instant now) {
        return now.isAfter(session.lastSeen().plus(idle)) || now.isAfter(session.startedAt().plus(absolute));
    }

    /** Whether the request brought a session cookie at all (to tell "timed out" from "never signed in"). */
    public boolean broughtCookie(Context ctx) {
        return cookie(ctx, cookieName).isPresent();
    }

    /**
     * A new session with a new id and CSRF token, pinned to the account's credential generation now;
     * the request's old one, if any, is ended, and so is the staff member's oldest when they already
     * hold {@link #MAX_PER_STAFF}. Expired sessions of anybody are swept out first. Should the account
     * have changed in the instant since the sign-in, the session is never kept (its cookie names nothing).
     */
    public StaffSession start(Context ctx, SignedInStaff staff) {
        end(ctx);
        Instant now = clock.instant();
        ClientAddress client = clients.of(ctx);
        List<Map.Entry<String, StaffSession>> theirs = sweep(now, staff.id());
        String token = newToken();
        CheckStaffSessionResult pinned = check.checkSession(new CheckStaffSessionCommand(staff, OptionalLong.empty(), client));
        long generation = pinned instanceof CheckStaffSessionResult.Valid valid ? valid.generation() : -1;
        StaffSession session = new StaffSession(staff, newToken(), now, generation, client);
        if (pinned instanceof CheckStaffSessionResult.Valid) {
            theirs.sort(Comparator.comparing(e -> e.getValue().startedAt()));
            for (int i = 0; i <= theirs.size() - MAX_PER_STAFF; i++) {
                sessions.remove(theirs.get(i).getKey(), theirs.get(i).getValue());
            }
            sessions.put(token, session);
        }
        ctx.res().addHeader("Set-Cookie", cookieName + "=" + token + "; Path=/; HttpOnly; SameSite=Strict"
                + (secure ? "; Secure" : ""));
        ctx.attribute(LOOKED_UP, new LookedUp(Optional.of(session)));
        return session;
    }

    /**
     * Removes every expired session (their expiry audited with the address last seen) and returns
     * the live ones of {@code staff}.
     */
    private List<Map.Entry<String, StaffSession>> sweep(Instant now, StaffId staff) {
        List<Map.Entry<String, StaffSession>> theirs = new ArrayList<>();
        for (Map.Entry<String, StaffSession> entry : sessions.entrySet()) {
            StaffSession s = entry.getValue();
            if (expired(s, now)) {
                if (sessions.remove(entry.getKey(), s)) {
                    logOut.logOut(new StaffLogOutCommand(s.staff(), StaffLogOutUseCase.Why.EXPIRED, s.client()));
                }
            } else if (s.staff().id().equals(staff)) {
                theirs.add(Map.entry(entry.getKey(), s));
            }
        }
        return theirs;
    }

    /** Ends the request's session, if any, without a word in the audit log (a new sign-in replacing it). */
    public void end(Context ctx) {
        cookie(ctx, cookieName).ifPresent(sessions::remove);
        ctx.attribute(LOOKED_UP, new LookedUp(Optional.empty()));
        ctx.res().addHeader("Set-Cookie", cookieName + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict"
                + (secure ? "; Secure" : ""));
    }

    /** The staff member signs out: their session ends and the audit log says so. */
    public void signOut(Context ctx) {
        Optional<StaffSession> session = current(ctx);
        end(ctx);
        session.ifPresent(s -> logOut.logOut(new StaffLogOutCommand(s.staff(), StaffLogOutUseCase.Why.SIGNED_OUT,
                clients.of(ctx))));
    }

    /**
     * Ends every session of one staff member in this process at once (disabled, re-enrolled here);
     * other processes notice at the session's next request through the check.
     */
    public void endAllOf(StaffId staff) {
        sessions.values().removeIf(s -> s.staff().id().equals(staff));
    }

    /** How many sessions this process holds (live or not yet swept). */
    int size() {
        return sessions.size();
    }

    static Optional<String> cookie(Context ctx, String name) {
        Cookie[] cookies = ctx.req().getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        for (Cookie c : cookies) {
            if (c.getName().equals(name) && c.getValue() != null && TOKEN.matcher(c.getValue()).matches()) {
                return Optional.of(c.getValue());
            }
        }
        return Optional.empty();
    }

    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
