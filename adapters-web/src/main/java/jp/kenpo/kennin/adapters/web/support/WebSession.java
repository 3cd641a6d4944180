package jp.kenpo.kennin.adapters.web.support;

import jp.kenpo.kennin.adapters.web.kit.Flash;
import io.javalin.http.Context;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import jp.kenpo.kennin.domain.account.AccountId;

/**
 * The member's server-side session, read through one request. Holds only small serializable
 * values (ids, flags, masked addresses), never passwords or codes.
 */
public final class WebSession {
    private static final String ACCOUNT = "kennin.account";
    private static final String MUST_ACCEPT_TERMS = "kennin.mustAcceptTerms";
    private static final String CSRF = "kennin.csrf";
    private static final String FLASH = "kennin.flash";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Context ctx;

    private WebSession(Context ctx) {
        this.ctx = ctx;
    }

    public static WebSession of(Context ctx) {
        return new WebSession(ctx);
    }

    public Optional<AccountId> account() {
        return this.<Long>get(ACCOUNT).map(AccountId::new);
    }

    /**
     * A new privilege level: the session id changes (so an id planted before login is worthless)
     * and so does the CSRF token.
     */
    public void logIn(AccountId account, boolean mustAcceptTerms) {
        rotate();
        put(ACCOUNT, account.value());
        put(MUST_ACCEPT_TERMS, mustAcceptTerms);
    }

    public boolean mustAcceptTerms() {
        return this.<Boolean>get(MUST_ACCEPT_TERMS).orElse(false);
    }

    public void setMustAcceptTerms(boolean must) {
        put(MUST_ACCEPT_TERMS, must);
    }

    /** Gives the session a new id and a new CSRF token, keeping its attributes. */
    public void rotate() {
        ctx.req().getSession(true);
        ctx.req().changeSessionId();
        put(CSRF, newToken());
    }

    /** Ends the session; a later call starts a fresh one with a new id. */
    public void invalidate() {
        HttpSession session = ctx.req().getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }

    /** The session's CSRF token, creating session and token on first use. */
    public String csrfToken() {
        Optional<String> existing = get(CSRF);
        if (existing.isPresent()) {
            return existing.get();
        }
        String token = newToken();
        put(CSRF, token);
        return token;
    }

    /** The token without creating anything (a POST without a session has none). */
    public Optional<String> existingCsrfToken() {
        return get(CSRF);
    }

    public void flash(Flash flash) {
        put(FLASH, flash);
    }

    public Optional<Flash> takeFlash() {
        Optional<Flash> flash = get(FLASH);
        flash.ifPresent(f -> remove(FLASH));
        return flash;
    }

    @SuppressWarnings("unchecked")
    public <T extends Serializable> Optional<T> get(String key) {
        HttpSession session = ctx.req().getSession(false);
        return session == null ? Optional.empty() : Optional.ofNullable((T) session.getAttribute(key));
    }

    public void put(String key, Serializable value) {
        ctx.req().getSession(true).setAttribute(key, value);
    }

    public void remove(String key) {
        HttpSession session = ctx.req().getSession(false);
        if (session != null) {
            session.removeAttribute(key);
        }
    }

    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
