package jp.kenpo.kennin.adapters.web.support;

import io.javalin.http.Context;
import jakarta.servlet.http.Cookie;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where a form's CSRF token lives. A logged-in member's is in the session (synchronizer token).
 * A visitor's (login, sign-up, forgotten credentials) is in a cookie of its own that the form
 * repeats (double submit), so showing the login page stores nothing on the server: a cookie-less
 * GET used to cost a 1 KB session for 30 minutes. The cookie is HttpOnly, SameSite=Lax and, under
 * https, {@code __Host-} (so no other host can plant it); with the Origin check in
 * {@link CsrfProtection} that is what OWASP asks of a double-submit cookie.
 */
public final class CsrfTokens {
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final String SET_THIS_REQUEST = "kennin.csrfCookieSet";

    private final String cookieName;
    private final boolean secure;

    public CsrfTokens(boolean secure) {
        this.cookieName = secure ? "__Host-kennin_csrf" : "kennin_csrf";
        this.secure = secure;
    }

    /** The token for the forms of the page being rendered, creating the visitor's cookie when needed. */
    public String forForm(Context ctx) {
        WebSession session = WebSession.of(ctx);
        if (session.account().isPresent()) {
            return session.csrfToken();
        }
        Optional<String> existing = Optional.ofNullable(ctx.<String>attribute(SET_THIS_REQUEST)).or(() -> cookie(ctx));
        if (existing.isPresent()) {
            return existing.get();
        }
        String token = WebSession.newToken();
        ctx.res().addHeader("Set-Cookie", cookieName + "=" + token + "; Path=/; HttpOnly; SameSite=Lax" + (secure ? "; Secure" : ""));
        ctx.attribute(SET_THIS_REQUEST, token);
        return token;
    }

    /** The token a post must repeat; empty when there is none (the post is then refused before its body is read). */
    public Optional<String> expected(Context ctx) {
        WebSession session = WebSession.of(ctx);
        return session.account().isPresent() ? session.existingCsrfToken() : cookie(ctx);
    }

    private Optional<String> cookie(Context ctx) {
        Cookie[] cookies = ctx.req().getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        for (Cookie c : cookies) {
            if (c.getName().equals(cookieName) && c.getValue() != null && TOKEN.matcher(c.getValue()).matches()) {
                return Optional.of(c.getValue());
            }
        }
        return Optional.empty();
    }
}
