package jp.kenpo.kennin.adapters.web.support;

import io.javalin.http.Context;
import jp.kenpo.kennin.domain.account.AccountId;

/**
 * Which logged-in sessions still count. Sessions are rows of the shared store, so ending every
 * session of an account (after a password reset) deletes its rows and every node sees it at the
 * browser's next request; a session also ends a fixed time after its login however busy, and
 * after the idle time, both judged by the store's rules on each read ({@link MemberSessions}).
 */
public final class AccountSessions {
    private final MemberSessions sessions;

    public AccountSessions(MemberSessions sessions) {
        this.sessions = sessions;
    }

    /** Logs this browser in: a new token and CSRF token, the session owned by the account. */
    public void logIn(Context ctx, AccountId account, boolean mustAcceptTerms) {
        WebSession.of(ctx).logIn(account, mustAcceptTerms);
    }

    /** Every session of the account, in every browser and on every node, ends now. */
    public void endAll(AccountId account) {
        sessions.sessions().endAllOf(account.value());
    }

    /** Whether the request's login still counts (its row exists, within both timeouts). */
    public boolean stillValid(Context ctx) {
        return WebSession.of(ctx).account().isPresent();
    }
}
