package jp.kenpo.kennin.adapters.web.support;

import io.javalin.http.Context;
import jp.kenpo.kennin.adapters.web.kit.BackOffice;
import jp.kenpo.kennin.adapters.web.kit.CrossSite;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.Header;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs before every request: a request that can change state (anything but GET/HEAD) must be a
 * form post from this site, carrying the session's synchronizer token in {@value #FIELD}.
 * Anything else is refused with 403 before a handler (and so a use case) runs.
 */
public final class CsrfProtection {
    public static final String FIELD = "_csrf";
    private static final Logger LOG = LoggerFactory.getLogger(CsrfProtection.class);
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final Pattern multipartPaths;
    private final CsrfTokens tokens;
    private final long maxFormBytes;

    /**
     * @param multipartPaths the paths that take file uploads; every other post must be a plain form
     * @param maxFormBytes   the largest plain form of this site: the server's own limit is the back
     *                       office's (long terms of use), members' forms are a few hundred bytes
     */
    public CsrfProtection(Pattern multipartPaths, CsrfTokens tokens, long maxFormBytes) {
        this.multipartPaths = multipartPaths;
        this.tokens = tokens;
        this.maxFormBytes = maxFormBytes;
    }

    public void check(Context ctx) {
        if (BackOffice.owns(ctx)) {
            return; // the back office checks its own posts against its own session
        }
        // Javalin routes by X-HTTP-Method-Override too, so both the wire method and the routed one must be safe.
        if (SAFE_METHODS.contains(ctx.req().getMethod()) && SAFE_METHODS.contains(ctx.method().name())) {
            return;
        }
        boolean upload = ctx.isMultipartFormData() && multipartPaths.matcher(ctx.path()).matches();
        if (!ctx.isFormUrlencoded() && !upload) {
            throw new HttpResponseException(HttpStatus.UNSUPPORTED_MEDIA_TYPE.getCode(), "form posts only");
        }
        if (!upload && (ctx.req().getContentLengthLong() > maxFormBytes || ctx.req().getContentLengthLong() < 0)) {
            RefusedBodies.drain(ctx, DRAIN_LIMIT_BYTES);
            throw new HttpResponseException(HttpStatus.CONTENT_TOO_LARGE.getCode(), "form larger than a member's form");
        }
        if (CrossSite.crossSite(ctx)) {
            throw refuse(ctx, "cross-site request");
        }
        // Checked before the body is read: only a signed-in member who accepted the terms may make the
        // server spool an upload (a visitor's cookie token, from any login page, is not enough).
        WebSession session = WebSession.of(ctx);
        if (upload && (session.account().isEmpty() || session.mustAcceptTerms())) {
            throw refuse(ctx, "upload without a signed-in member");
        }
        Optional<String> expected = tokens.expected(ctx);
        if (expected.isEmpty()) {
            throw refuse(ctx, "no CSRF token in the session");
        }
        String given = ctx.formParam(FIELD);
        if (given == null || !CrossSite.constantTimeEquals(expected.get(), given)) {
            throw refuse(ctx, "missing or wrong CSRF token");
        }
    }

    /** A form somewhat over the limit (a long paste) is read to its end before the 413 (see {@link RefusedBodies}). */
    private static final long DRAIN_LIMIT_BYTES = 1L << 20;

    /** Logged so an operator can tell an attack or a misconfigured proxy from an expired page; never the token. */
    private static ForbiddenResponse refuse(Context ctx, String reason) {
        LOG.warn("Refused {} {}: {} (Origin={}, Host={}, Sec-Fetch-Site={})", ctx.method(), jp.kenpo.kennin.adapters.web.kit.LoggedPath.of(ctx), reason,
                ctx.header(Header.ORIGIN), ctx.header(Header.HOST), ctx.header("Sec-Fetch-Site"));
        return new ForbiddenResponse(reason);
    }

}
