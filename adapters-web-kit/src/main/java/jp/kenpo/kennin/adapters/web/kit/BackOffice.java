package jp.kenpo.kennin.adapters.web.kit;

import io.javalin.http.Context;

/**
 * The staff back office lives under {@value #PREFIX} in the same server as the members' site but
 * has its own session, CSRF tokens and guard; each site's filters leave the other's paths alone.
 */
public final class BackOffice {
    public static final String PREFIX = "/admin";

    private BackOffice() {
    }

    public static boolean owns(Context ctx) {
        String path = ctx.path();
        return path.equals(PREFIX) || path.startsWith(PREFIX + "/");
    }
}
