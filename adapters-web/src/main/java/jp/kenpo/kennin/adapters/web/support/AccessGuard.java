package jp.kenpo.kennin.adapters.web.support;

import io.javalin.http.Context;
import jp.kenpo.kennin.domain.account.AccountId;

/** Before-handlers for the pages behind the login. */
public final class AccessGuard {

    /** No logged-in account: go to the login page (the rest of the request is skipped). */
    public void requireAccount(Context ctx) {
        if (WebSession.of(ctx).account().isEmpty()) {
            WebSession.of(ctx).flash(Flash.info("login.required"));
            Redirects.seeOther(ctx, Paths.LOGIN);
        }
    }

    /** Terms not yet accepted in this session: nothing but the terms page until they are. */
    public void requireTermsAccepted(Context ctx) {
        WebSession session = WebSession.of(ctx);
        if (session.account().isPresent() && session.mustAcceptTerms()) {
            Redirects.seeOther(ctx, Paths.TERMS);
        }
    }

    /** The account of a request that passed {@link #requireAccount}. */
    public static AccountId account(Context ctx) {
        return WebSession.of(ctx).account().orElseThrow(() -> new IllegalStateException("route is not guarded"));
    }
}
