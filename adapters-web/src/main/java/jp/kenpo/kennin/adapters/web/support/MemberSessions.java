package jp.kenpo.kennin.adapters.web.support;

import io.javalin.http.Context;
import java.time.Clock;
import java.time.Duration;
import jp.kenpo.kennin.adapters.web.kit.session.ServerSessions;
import jp.kenpo.kennin.adapters.web.kit.session.SessionCookie;
import jp.kenpo.kennin.application.session.SessionKind;
import jp.kenpo.kennin.application.session.SessionStorePort;

/**
 * Members' sessions in the shared store (any node serves any request): the cookie
 * ({@code kennin_session}, under https {@code __Host-kennin_session}; HttpOnly; SameSite=Lax rather
 * than Strict so that following the link in a registration or reset mail from a mail client still
 * finds the session, while cross-site POSTs never carry it) and the rules (idle and absolute
 * timeouts). Each request reaches it through {@link WebSession#of}.
 */
public final class MemberSessions {
    static final String ATTRIBUTE = "kennin.memberSessions";
    /** Expired sessions deleted at each login, at most: each login clears more than one session's worth. */
    static final int SWEEP_LIMIT = 100;

    private final ServerSessions sessions;
    private final SessionCookie cookie;

    public MemberSessions(SessionStorePort store, Clock clock, Duration idle, Duration lifetime, boolean secure) {
        this.sessions = new ServerSessions(store, SessionKind.MEMBER, clock, ServerSessions.Policy.of(idle, lifetime));
        this.cookie = new SessionCookie("kennin_session", "Lax", secure);
    }

    /** Registered first among the site's before-handlers: every later step of the request finds the sessions. */
    public void attach(Context ctx) {
        ctx.attribute(ATTRIBUTE, this);
    }

    ServerSessions sessions() {
        return sessions;
    }

    SessionCookie cookie() {
        return cookie;
    }
}
