package jp.kenpo.kennin.adapters.web.staff;

import io.javalin.http.Context;
import jakarta.servlet.http.Cookie;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import jp.kenpo.kennin.application.staff.SignedInStaff;
import jp.kenpo.kennin.domain.staff.StaffId;

/**
 * Staff sessions, apart from members': a cookie of their own ({@code kennin_staff}, under https
 * {@code __Host-kennin_staff}, HttpOnly, SameSite=Strict) naming a server-side entry. A new
 * random id at every sign-in (nothing from before the sign-in survives), 15 minutes idle, 8
 * hours at most. Held in this process's memory: one node (see the README on scale-out).
 */
public final class StaffSessions {
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Clock clock;
    private final Duration idle;
    private final Duration absolute;
    private final boolean secure;
    private final String cookieName;
    private final Map<String, StaffSession> sessions = new ConcurrentHashMap<>();

    public StaffSessions(StaffWebSettings settings) {
        this(settings.clock(), settings.idleTimeout(), settings.lifetime(), settings.secureCookies());
    }

    StaffSessions(Clock clock, Duration idle, Duration absolute, boolean secure) {
        this.clock = clock;
        this.idle = idle;
        this.absolute = absolute;
        this.secure = secure;
        this.cookieName = secure ? "__Host-kennin_staff" : "kennin_staff";
    }

    /** The request's live session, its idle clock restarted; an idle or too old one is ended. */
    public Optional<StaffSession> current(Context ctx) {
        Optional<String> token = cookie(ctx, cookieName);
        if (token.isEmpty()) {
            return Optional.empty();
        }
        StaffSession session = sessions.get(token.get());
        if (session == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (now.isAfter(session.lastSeen().plus(idle)) || now.isAfter(session.startedAt().plus(absolute))) {
            sessions.remove(token.get());
            return Optional.empty();
        }
        session.touch(now);
        return Optional.of(session);
    }

    /** Whether the request brought a session cookie at all (to tell "timed out" from "never signed in"). */
    public boolean broughtCookie(Context ctx) {
        return cookie(ctx, cookieName).isPresent();
    }

    /** A new session with a new id and CSRF token; the request's old one, if any, is ended. */
    public StaffSession start(Context ctx, SignedInStaff staff) {
        end(ctx);
        String token = newToken();
        Instant now = clock.instant();
        StaffSession session = new StaffSession(staff, newToken(), now);
        sessions.put(token, session);
        ctx.res().addHeader("Set-Cookie", cookieName + "=" + token + "; Path=/; HttpOnly; SameSite=Strict"
                + (secure ? "; Secure" : ""));
        return session;
    }

    public void end(Context ctx) {
        cookie(ctx, cookieName).ifPresent(sessions::remove);
        ctx.res().addHeader("Set-Cookie", cookieName + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict"
                + (secure ? "; Secure" : ""));
    }

    /** Ends every session of one staff member (disabled, re-enrolled). */
    public void endAllOf(StaffId staff) {
        sessions.values().removeIf(s -> s.staff().id().equals(staff));
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
