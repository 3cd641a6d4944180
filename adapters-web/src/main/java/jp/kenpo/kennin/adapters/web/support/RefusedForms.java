package jp.kenpo.kennin.adapters.web.support;

import io.javalin.http.Context;
import jp.kenpo.kennin.adapters.web.kit.Form;
import jp.kenpo.kennin.adapters.web.kit.Redirects;

/**
 * Post/redirect/get for a refused form: the form, with what was typed and its errors, waits in the
 * session for the page it came from, and the browser is sent there with 303. Reloading that page
 * shows it without posting again; the next visit shows the page afresh.
 */
public final class RefusedForms {
    private RefusedForms() {
    }

    /** Back to {@code path} (the GET address of the form's page) with the form; drop secrets with {@link Form#forget} first. */
    public static void backTo(Context ctx, String path, Form form) {
        WebSession.of(ctx).carryForm(path, form);
        Redirects.seeOther(ctx, path);
    }

    /** The form refused on the way to {@code path}, once; otherwise an empty one. */
    public static Form take(Context ctx, String path, Views views) {
        return WebSession.of(ctx).takeForm(path, views.messages()).orElseGet(views::emptyForm);
    }
}
