package jp.kenpo.kennin.adapters.web.support;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import jp.kenpo.kennin.adapters.web.kit.BackOffice;

/**
 * Error pages in the request's language (the session's choice, else the browser's; the back office's in
 * Japanese), never a stack trace; each status has its own heading and advice. They show no language
 * switch: they carry no CSRF token (they must not start a session), and the switch is a post.
 */
public final class ErrorPages {
    public static final List<Integer> STATUSES = List.of(400, 403, 404, 405, 413, 415, 500, 503);
    /** A request attribute: the text to show instead of the status's general advice, from a refusal that knows more. */
    public static final String DETAIL = "kennin.errorDetail";

    private final Views views;

    public ErrorPages(Views views) {
        this.views = views;
    }

    public void render(Context ctx) {
        // --- ops --- a probe's own JSON answer (/readyz's 503 naming the failed check) is kept, not turned into a page
        String type = ctx.res().getContentType();
        if (type != null && type.startsWith("application/json")) {
            return;
        }
        int status = STATUSES.contains(ctx.statusCode()) ? ctx.statusCode() : 500;
        String detail = ctx.attribute(DETAIL);
        String back = BackOffice.owns(ctx) ? BackOffice.PREFIX : Paths.LOGIN;
        views.renderStateless(ctx, "error/error.jte", "error." + status + ".heading", detail == null
                ? Map.of("status", status, "back", back) : Map.of("status", status, "detail", detail, "back", back));
    }
}
