package jp.kenpo.kennin.adapters.web.kit;

import io.javalin.http.Context;
import io.javalin.http.Header;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;

/** The checks every state-changing post of both sites makes before its CSRF token is compared. */
public final class CrossSite {
    private CrossSite() {
    }

    /**
     * Browsers send Origin on every POST; when it is there it must name this host. Only the
     * authority is compared, not the scheme: TLS usually ends at a proxy, so this process sees
     * http while the browser says https.
     */
    public static boolean crossSite(Context ctx) {
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

    public static boolean constantTimeEquals(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
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
}
