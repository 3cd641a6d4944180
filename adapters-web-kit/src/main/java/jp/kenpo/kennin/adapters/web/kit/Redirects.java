package jp.kenpo.kennin.adapters.web.kit;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

/** Post/redirect/get: 303 makes the browser fetch the next page with GET, so reloading never re-posts. */
public final class Redirects {
    private Redirects() {
    }

    public static void seeOther(Context ctx, String path) {
        ctx.redirect(path, HttpStatus.SEE_OTHER);
    }
}
