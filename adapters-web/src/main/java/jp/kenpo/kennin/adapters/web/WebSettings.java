package jp.kenpo.kennin.adapters.web;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import jp.kenpo.kennin.adapters.web.kit.TrustedProxies;

/**
 * How the web adapter is deployed.
 *
 * @param secureCookies      mark the session cookie Secure (and send HSTS); true whenever members reach
 *                           the site over https, even if TLS ends at a proxy in front of this process
 * @param sessionIdleTimeout a session unused this long is dropped (the member logs in again)
 * @param clock              zone and "today" for times shown to members (Asia/Tokyo in production)
 * @param trustedProxies     the reverse proxies whose X-Forwarded-For is believed; none by default
 * @param maxFormBytes       largest request body accepted; the forms here are a few hundred bytes
 * @param sessionLifetime    a login ends this long after it was made, however busy the session
 */
public record WebSettings(boolean secureCookies, Duration sessionIdleTimeout, Clock clock, TrustedProxies trustedProxies,
                          long maxFormBytes, long maxUploadBytes, Duration sessionLifetime) {

    public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofMinutes(30);
    /** A working day: long enough to finish the survey in one sitting, short enough that a stolen cookie dies. */
    public static final Duration DEFAULT_SESSION_LIFETIME = Duration.ofHours(8);
    public static final long DEFAULT_MAX_FORM_BYTES = 64 * 1024;
    public static final long DEFAULT_MAX_UPLOAD_BYTES = 10L * 1024 * 1024;

    public WebSettings {
        Objects.requireNonNull(sessionIdleTimeout, "sessionIdleTimeout");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(trustedProxies, "trustedProxies");
        if (sessionIdleTimeout.isNegative() || sessionIdleTimeout.isZero()) {
            throw new IllegalArgumentException("sessionIdleTimeout must be positive");
        }
        Objects.requireNonNull(sessionLifetime, "sessionLifetime");
        if (sessionLifetime.compareTo(sessionIdleTimeout) < 0) {
            throw new IllegalArgumentException("sessionLifetime must not be shorter than sessionIdleTimeout");
        }
        if (maxFormBytes < 1024) {
            throw new IllegalArgumentException("maxFormBytes must be at least 1024");
        }
        if (maxUploadBytes < 1) {
            throw new IllegalArgumentException("maxUploadBytes must be positive");
        }
    }

    /** Defaults for a site served at {@code baseUrl}: Secure cookies exactly when it is https. */
    public static WebSettings forBaseUrl(String baseUrl, Clock clock) {
        boolean https = baseUrl != null && baseUrl.regionMatches(true, 0, "https://", 0, 8);
        return new WebSettings(https, DEFAULT_IDLE_TIMEOUT, clock, TrustedProxies.none(), DEFAULT_MAX_FORM_BYTES, DEFAULT_MAX_UPLOAD_BYTES,
                DEFAULT_SESSION_LIFETIME);
    }

    public WebSettings withTrustedProxies(TrustedProxies proxies) {
        return new WebSettings(secureCookies, sessionIdleTimeout, clock, proxies, maxFormBytes, maxUploadBytes, sessionLifetime);
    }

    public WebSettings withSessionIdleTimeout(Duration timeout) {
        return new WebSettings(secureCookies, timeout, clock, trustedProxies, maxFormBytes, maxUploadBytes, sessionLifetime);
    }

    /** The largest proof document the use case accepts; the multipart parser lets a little more through so it can say so. */
    public WebSettings withMaxUploadBytes(long bytes) {
        return new WebSettings(secureCookies, sessionIdleTimeout, clock, trustedProxies, maxFormBytes, bytes, sessionLifetime);
    }
}
