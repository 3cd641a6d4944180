package jp.kenpo.kennin.adapters.web.kit.session;

import io.javalin.http.Context;
import jakarta.servlet.http.Cookie;
import java.util.Optional;
import jp.kenpo.kennin.application.session.SessionToken;

/**
 * The cookie that carries a session token: HttpOnly, Path=/, no expiry (gone with the browser),
 * and under https Secure with the {@code __Host-} prefix so no other host or path can plant it.
 * Only a value shaped like a token is ever read (and so looked up).
 */
public final class SessionCookie {
    private final String name;
    private final String attributes;

    /**
     * @param baseName {@code kennin_session} or {@code kennin_staff}
     * @param sameSite {@code Lax} or {@code Strict}
     */
    public SessionCookie(String baseName, String sameSite, boolean secure) {
        this.name = secure ? "__Host-" + baseName : baseName;
        this.attributes = "; Path=/; HttpOnly; SameSite=" + sameSite + (secure ? "; Secure" : "");
    }

    public String name() {
        return name;
    }

    /** Whether the request brought this cookie at all, well formed or not. */
    public boolean brought(Context ctx) {
        Cookie[] cookies = ctx.req().getCookies();
        if (cookies != null) {
            for (Cookie c : cookies) {
                if (c.getName().equals(name)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The token the request brought, if it is shaped like one. */
    public Optional<SessionToken> token(Context ctx) {
        Cookie[] cookies = ctx.req().getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        for (Cookie c : cookies) {
            if (c.getName().equals(name)) {
                Optional<SessionToken> token = SessionToken.parse(c.getValue());
                if (token.isPresent()) {
                    return token;
                }
            }
        }
        return Optional.empty();
    }

    public void set(Context ctx, SessionToken token) {
        ctx.res().addHeader("Set-Cookie", name + "=" + token.value() + attributes);
    }

    public void clear(Context ctx) {
        ctx.res().addHeader("Set-Cookie", name + "=; Max-Age=0" + attributes);
    }
}
