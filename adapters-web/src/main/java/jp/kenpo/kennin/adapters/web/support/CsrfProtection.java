package jp.kenpo.kennin.adapters.web.support;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.Header;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
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

    /** @param multipartPaths the paths that take file uploads; every other post must be a plain form */
    public CsrfProtection(Pattern multipartPaths, CsrfTokens tokens) {
        this.multipartPaths = multipartPaths;
        this.tokens = tokens;
    }

    public void check(Context ctx) {
        // Javalin routes by X-HTTP-Method-Override too, so both the wire method and the routed one must be safe.
        if (SAFE_METHODS.contains(ctx.req().getMethod()) && SAFE_METHODS.contains(ctx.method().name())) {
            return;
        }
        boolean upload = ctx.isMultipartFormData() && multipartPaths.matcher(ctx.path()).matches();
        if (!ctx.isFormUrlencoded() && !upload) {
            throw new HttpResponseException(HttpStatus.UNSUPPORTED_MEDIA_TYPE.getCode(), "form posts only");
        }
        if (crossSite(ctx)) {
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
        if (given == null || !constantTimeEquals(expected.get(), given)) {
            throw refuse(ctx, "missing or wrong CSRF token");
        }
    }

    /** Logged so an operator can tell an attack or a misconfigured proxy from an expired page; never the token. */
    private static ForbiddenResponse refuse(Context ctx, String reason) {
        LOG.warn("Refused {} {}: {} (Origin={}, Host={}, Sec-Fetch-Site={})", ctx.method(), ctx.path(), reason,
                ctx.header(Header.ORIGIN), ctx.header(Header.HOST), ctx.header("Sec-Fetch-Site"));
        return new ForbiddenResponse(reason);
    }

    /**
     * Browsers send Origin on every POST; when it is there it must name this host. Only the
     * authority is compared, not the scheme: TLS usually ends at a proxy, so this process sees
     * http while the browser says https.
     */
    private static boolean crossSite(Context ctx) {
        if ("cross-site".equalsIgnoreCase(ctx.header("Sec-Fetch-Site"))) {
            return true;
        }
        String origin = ctx.header(Header.ORIGIN);
        if (origin == null) {
            return false;
        }
        String host = ctx.header(Header.HOST);
        return host == null || !originAuthority(origin).equals(hostAuthority(host));
    }

    private static String originAuthority(String origin) {
        try {
            URI uri = URI.create(origin.strip());
            if (uri.getHost() == null || uri.getScheme() == null) {
                return "\0invalid"; // "null" (opaque origins) and garbage never match
            }
            int port = uri.getPort();
            boolean defaultPort = port == -1 || (port == 443 && "https".equalsIgnoreCase(uri.getScheme()))
                    || (port == 80 && "http".equalsIgnoreCase(uri.getScheme()));
            return uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
        } catch (IllegalArgumentException e) {
            return "\0invalid";
        }
    }

    private static String hostAuthority(String host) {
        String h = host.strip().toLowerCase(Locale.ROOT);
        if (h.endsWith(":80") || h.endsWith(":443")) {
            h = h.substring(0, h.lastIndexOf(':'));
        }
        return h;
    }

    private static boolean constantTimeEquals(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
