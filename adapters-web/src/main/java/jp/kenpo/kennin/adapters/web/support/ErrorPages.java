package jp.kenpo.kennin.adapters.web.support;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;

/** Japanese error pages, never a stack trace; each status has its own heading and advice. */
public final class ErrorPages {
    public static final List<Integer> STATUSES = List.of(400, 403, 404, 405, 413, 415, 500, 503);

    private final Views views;

    public ErrorPages(Views views) {
        this.views = views;
    }

    public void render(Context ctx) {
        int status = STATUSES.contains(ctx.statusCode()) ? ctx.statusCode() : 500;
        views.renderStateless(ctx, "error/error.jte", "error." + status + ".heading", Map.of("status", status));
    }
}
