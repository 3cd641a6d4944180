package jp.kenpo.kennin.adapters.web.support;

import jp.kenpo.kennin.adapters.web.kit.BackOffice;
import jp.kenpo.kennin.adapters.web.kit.Redirects;
import jp.kenpo.kennin.adapters.web.kit.Flash;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.security.RouteRole;
import java.util.Set;
import jp.kenpo.kennin.domain.account.AccountId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The one check before every matched route: the route's declared {@link Access}, or nothing passes. */
public final class AccessGuard {
    private static final Logger LOG = LoggerFactory.getLogger(AccessGuard.class);
    private final AccountSessions sessions;

    public AccessGuard(AccountSessions sessions) {
        this.sessions = sessions;
    }

    /** Registered with {@code beforeMatched}, so it sees the roles of the route that will run. */
    public void check(Context ctx) {
        if (BackOffice.owns(ctx)) {
            return; // the back office's own guard judges its routes (and refuses those without a staff role)
        }
        Set<RouteRole> roles = ctx.routeRoles();
        if (roles.size() != 1 || !(roles.iterator().next() instanceof Access access)) {
            // A programming error, not a visitor's: say which route so it is fixed, refuse meanwhile.
            LOG.error("Route {} {} declares no access role {}; refused", ctx.method(), ctx.endpoint().path, roles);
            throw new ForbiddenResponse("route without access role");
        }
        switch (access) {
            case ANONYMOUS -> {
            }
            case ACCOUNT -> requireAccount(ctx);
            case MEMBER -> {
                if (requireAccount(ctx)) {
                    requireTermsAccepted(ctx);
                }
            }
        }
    }

    /** No logged-in account: go to the login page (the rest of the request is skipped). */
    private boolean requireAccount(Context ctx) {
        if (!sessions.stillValid(ctx)) {
            // Ended by its age: say so, rather than "log in" as if it had idled out. The message needs a
            // session to travel in; a visitor whose cookie names no session (none, a guess, one signed out or
            // ended by a password reset) is not worth one: requests like that must not create server state.
            WebSession session = WebSession.of(ctx);
            if (session.namedASession()) {
                session.flash(Flash.info(session.endedByAge() ? "login.sessionEnded" : "login.required"));
            }
            Redirects.seeOther(ctx, Paths.LOGIN);
            ctx.skipRemainingHandlers();
            return false;
        }
        return true;
    }

    /** Terms not yet accepted in this session: nothing but the terms page until they are. */
    private void requireTermsAccepted(Context ctx) {
        if (WebSession.of(ctx).mustAcceptTerms()) {
            Redirects.seeOther(ctx, Paths.TERMS);
            ctx.skipRemainingHandlers();
        }
    }

    /** The account of a request that passed the guard on a route for {@link Access#ACCOUNT} or {@link Access#MEMBER}. */
    public static AccountId account(Context ctx) {
        return WebSession.of(ctx).account().orElseThrow(() -> new IllegalStateException("route is not guarded"));
    }
}
