package jp.kenpo.kennin.adapters.web.support;

import io.javalin.http.Context;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/**
 * Where the language switch comes back to: the page it was pressed on, and only a page of this
 * site. The address travels in the form, so it is checked as anything a browser could send.
 */
public final class LanguageSwitch {
    public static final String PATH = "/language";
    private static final int MAX_LENGTH = 2000;

    private LanguageSwitch() {
    }

    /**
     * The page being rendered, as the switch posts it back: a GET's path and query. A page rendered
     * in answer to a post (a refused form, a refused code resend) may sit at an address that has no
     * GET, so it goes back to the page the form was on: the Referer, which this site's
     * Referrer-Policy (same-origin) sends for its own pages; else the post's path.
     */
    static String backOf(Context ctx) {
        if ("GET".equals(ctx.req().getMethod())) {
            String query = ctx.queryString();
            return query != null && !query.isEmpty() ? ctx.path() + "?" + query : ctx.path();
        }
        return fromReferer(ctx.header("Referer"), ctx.header("Host")).orElse(ctx.path());
    }

    private static Optional<String> fromReferer(String referer, String host) {
        if (referer == null || host == null) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(referer);
            if (!host.equalsIgnoreCase(uri.getRawAuthority()) || uri.getRawPath() == null) {
                return Optional.empty();
            }
            return safeBack(uri.getRawQuery() == null ? uri.getRawPath() : uri.getRawPath() + "?" + uri.getRawQuery());
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /**
     * A path of this site to redirect to, or empty: it must start with a single "/" (not "//" or
     * "/\", which browsers read as another host), hold no control characters or backslashes, have
     * neither scheme nor host, and not be the switch itself.
     */
    public static Optional<String> safeBack(String back) {
        if (back == null || back.isEmpty() || back.length() > MAX_LENGTH || back.charAt(0) != '/') {
            return Optional.empty();
        }
        if (back.length() > 1 && (back.charAt(1) == '/' || back.charAt(1) == '\\')) {
            return Optional.empty();
        }
        for (int i = 0; i < back.length(); i++) {
            char c = back.charAt(i);
            if (c < 0x21 || c == 0x7f || c == '\\') {
                return Optional.empty();
            }
        }
        try {
            URI uri = new URI(back);
            if (uri.getScheme() != null || uri.getRawAuthority() != null || uri.getRawPath() == null
                    || !uri.getRawPath().startsWith("/") || uri.getRawPath().equals(PATH)) {
                return Optional.empty();
            }
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        return Optional.of(back);
    }
}
