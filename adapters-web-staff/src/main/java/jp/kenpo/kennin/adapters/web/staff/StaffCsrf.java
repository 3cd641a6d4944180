package jp.kenpo.kennin.adapters.web.staff;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.Header;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.util.Optional;
import java.util.Set;
import jp.kenpo.kennin.adapters.web.kit.BackOffice;
import jp.kenpo.kennin.adapters.web.kit.CrossSite;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * CSRF for the back office. A signed-in staff member's forms carry their session's token; the
 * sign-in and enrolment forms (nobody signed in yet) repeat a cookie of their own (double
 * submit, SameSite=Strict). Only a signed-in staff member may send a file (multipart), so a
 * stranger cannot make the server spool one.
 */
public final class StaffCsrf {
    public static final String FIELD = "_csrf";
    private static final Logger LOG = LoggerFactory.getLogger(StaffCsrf.class);
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");
    private static final String SET_THIS_REQUEST = "kennin.staffCsrfCookieSet";

    private final StaffSessions sessions;
    private final String cookieName;
    private final boolean secure;

    public StaffCsrf(StaffSessions sessions, boolean secure) {
        this.sessions = sessions;
        this.secure = secure;
        this.cookieName = secure ? "__Host-kennin_staff_csrf" : "kennin_staff_csrf";
    }

    /** Registered with {@code before}: judges every state-changing request under /admin. */
    public void check(Context ctx) {
        if (!BackOffice.owns(ctx) || (SAFE.contains(ctx.req().getMethod()) && SAFE.contains(ctx.method().name()))) {
            return;
        }
        Optional<StaffSession> session = sessions.current(ctx);
        if (session.isEmpty() && ctx.path().equals(StaffPaths.LOGOUT)) {
            return; // signing out of a session that already ended changes nothing: to the sign-in page, not a 403
        }
        if (!ctx.isFormUrlencoded() && !ctx.isMultipartFormData()) {
            throw new HttpResponseException(HttpStatus.UNSUPPORTED_MEDIA_TYPE.getCode(), "form posts only");
        }
        if (ctx.isMultipartFormData() && session.isEmpty()) {
            throw refuse(ctx, "upload without a signed-in staff member");
        }
        if (CrossSite.crossSite(ctx)) {
            throw refuse(ctx, "cross-site request");
        }
        Optional<String> expected = session.map(StaffSession::csrfToken).or(() -> StaffSessions.cookie(ctx, cookieName));
        String given = ctx.formParam(FIELD);
        if (expected.isEmpty() || given == null || !CrossSite.constantTimeEquals(expected.get(), given)) {
            throw refuse(ctx, "missing or wrong CSRF token");
        }
    }

    /** The token for the forms of the page being rendered. */
    public String forForm(Context ctx, Optional<StaffSession> session) {
        if (session.isPresent()) {
            return session.get().csrfToken();
        }
        Optional<String> existing = Optional.ofNullable(ctx.<String>attribute(SET_THIS_REQUEST))
                .or(() -> StaffSessions.cookie(ctx, cookieName));
        if (existing.isPresent()) {
            return existing.get();
        }
        String token = StaffSessions.newToken();
        ctx.res().addHeader("Set-Cookie", cookieName + "=" + token + "; Path=/; HttpOnly; SameSite=Strict"
                + (secure ? "; Secure" : ""));
        ctx.attribute(SET_THIS_REQUEST, token);
        return token;
    }

    private static ForbiddenResponse refuse(Context ctx, String reason) {
        LOG.warn("Refused {} {}: {} (Origin={}, Host={})", ctx.method(), jp.kenpo.kennin.adapters.web.kit.LoggedPath.of(ctx), reason, ctx.header(Header.ORIGIN),
                ctx.header(Header.HOST));
        return new ForbiddenResponse(reason);
    }
}
