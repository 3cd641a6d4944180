package jp.kenpo.kennin.adapters.web.staff;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.security.RouteRole;
import java.util.Optional;
import java.util.Set;
import jp.kenpo.kennin.adapters.web.kit.BackOffice;
import jp.kenpo.kennin.adapters.web.kit.Redirects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one check before every matched back-office route: its {@link StaffAccess}, or nothing
 * passes. Not signed in: to the sign-in page. Signed in without the route's permission: 403.
 * The session it gets from {@link StaffSessions#current} has just been checked against the staff
 * row (still active, same role, same credential generation), so a disabled or re-enrolled account
 * is sent to the sign-in page here whichever process changed it.
 */
final class StaffGuard {
    private static final Logger LOG = LoggerFactory.getLogger(StaffGuard.class);
    static final String SESSION = "kennin.staffSession";

    private final StaffSessions sessions;

    StaffGuard(StaffSessions sessions) {
        this.sessions = sessions;
    }

    void check(Context ctx) {
        if (!BackOffice.owns(ctx)) {
            return;
        }
        Set<RouteRole> roles = ctx.routeRoles();
        if (roles.size() != 1 || !(roles.iterator().next() instanceof StaffAccess access)) {
            LOG.error("Back-office route {} {} declares no staff access {}; refused", ctx.method(), ctx.endpoint().path, roles);
            throw new ForbiddenResponse("route without staff access");
        }
        Optional<StaffSession> session = sessions.current(ctx);
        session.ifPresent(s -> ctx.attribute(SESSION, s));
        if (access.kind() == StaffAccess.Kind.PUBLIC) {
            return;
        }
        if (session.isEmpty()) {
            Redirects.seeOther(ctx, StaffPaths.LOGIN + (sessions.broughtCookie(ctx) ? "?ended" : ""));
            ctx.skipRemainingHandlers();
            return;
        }
        if (access.permission().isPresent() && !session.get().staff().may(access.permission().get())) {
            throw new ForbiddenResponse("role lacks " + access.permission().get());
        }
    }
}
