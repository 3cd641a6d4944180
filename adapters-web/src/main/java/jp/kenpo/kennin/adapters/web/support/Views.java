package jp.kenpo.kennin.adapters.web.support;

import jp.kenpo.kennin.adapters.web.kit.Form;
import jp.kenpo.kennin.adapters.web.kit.Messages;
import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Map;

/**
 * Renders the precompiled JTE templates (HTML-escaping by default) into the response. The one
 * place that builds the {@link Page} every template receives, so controllers only pass their own
 * model.
 */
public final class Views {
    private final TemplateEngine engine;
    private final Messages messages;
    private final CsrfTokens csrfTokens;

    public Views(TemplateEngine engine, Messages messages, CsrfTokens csrfTokens) {
        this.engine = engine;
        this.messages = messages;
        this.csrfTokens = csrfTokens;
    }

    public Messages messages() {
        return messages;
    }

    public Form emptyForm() {
        return Form.empty(messages);
    }

    public Form read(Context ctx, String... fields) {
        return Form.read(ctx, messages, fields);
    }

    /** A page of the site: its forms get the CSRF token, and a pending flash is shown once. */
    public void render(Context ctx, String template, String titleKey, Map<String, Object> model) {
        WebSession session = WebSession.of(ctx);
        Page page = new Page(messages, messages.text(titleKey), csrfTokens.forForm(ctx), session.takeFlash().orElse(null));
        write(ctx, template, page, model);
    }

    /** A page without forms that must not start a session (error pages). */
    public void renderStateless(Context ctx, String template, String titleKey, Map<String, Object> model) {
        write(ctx, template, new Page(messages, messages.text(titleKey), null, null), model);
    }

    private void write(Context ctx, String template, Page page, Map<String, Object> model) {
        Map<String, Object> params = new HashMap<>(model);
        params.put("page", page);
        // Straight to UTF-8 bytes, without a whole-page String to encode afterwards (a tenth of the main screen's CPU).
        Utf8ByteOutput out = new Utf8ByteOutput();
        engine.render(template, params, out);
        // Said explicitly: without a charset some browsers guess the encoding of Japanese text.
        ctx.contentType("text/html; charset=utf-8").result(out.toByteArray());
    }
}
