package jp.kenpo.kennin.adapters.web.support;

import jakarta.servlet.SessionTrackingMode;
import java.util.Set;
import org.eclipse.jetty.ee10.servlet.SessionHandler;
import org.eclipse.jetty.http.HttpCookie;

/** The session cookie and lifetime, applied to Jetty's session handler. */
public final class SessionSettings {
    private SessionSettings() {
    }

    /**
     * HttpOnly (no script needs it); SameSite=Lax rather than Strict so that following the link in
     * a registration or reset mail from a mail client still finds the session, while cross-site
     * POSTs never carry it. With https the {@code __Host-} prefix pins the cookie to this host.
     */
    public static void apply(SessionHandler sessions, boolean secure, long idleSeconds) {
        sessions.setSessionCookie(secure ? "__Host-kennin_session" : "kennin_session");
        sessions.setHttpOnly(true);
        sessions.setSameSite(HttpCookie.SameSite.LAX);
        sessions.setSecureCookies(secure);
        sessions.setSecureRequestOnly(!secure);
        sessions.setSessionPath("/");
        sessions.setMaxInactiveInterval((int) Math.min(Integer.MAX_VALUE, idleSeconds));
        // Session ids only ever travel in the cookie, never in URLs (where they would leak into logs).
        sessions.setUsingUriParameters(false);
        sessions.setSessionTrackingModes(Set.of(SessionTrackingMode.COOKIE));
    }
}
