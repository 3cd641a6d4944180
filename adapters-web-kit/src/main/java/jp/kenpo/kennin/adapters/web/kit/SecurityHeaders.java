package jp.kenpo.kennin.adapters.web.kit;

import io.javalin.http.Context;
import io.javalin.http.Header;

/**
 * Set before every request, so pages, error pages, downloads and static files all carry them.
 * Pages are never cached (they show personal data); static files override Cache-Control.
 */
public final class SecurityHeaders {
    /** No inline script or style anywhere: CSS is a static file under /assets and there is no JavaScript. */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self'; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
            + "form-action 'self'; frame-ancestors 'none'";

    private final boolean https;

    public SecurityHeaders(boolean https) {
        this.https = https;
    }

    public void apply(Context ctx) {
        ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        ctx.header(Header.X_CONTENT_TYPE_OPTIONS, "nosniff");
        // Password-reset tokens travel in URLs: never let them leak to another site in a Referer.
        // Not "no-referrer": with it browsers send "Origin: null" on our own form posts, which the
        // CSRF origin check must refuse (seen in Chromium).
        ctx.header("Referrer-Policy", "same-origin");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=()");
        ctx.header("Cross-Origin-Opener-Policy", "same-origin");
        ctx.header(Header.CACHE_CONTROL, "no-store");
        if (https) {
            ctx.header(Header.STRICT_TRANSPORT_SECURITY, "max-age=31536000");
        }
    }
}
