package jp.kenpo.kennin.adapters.web.support;

import jp.kenpo.kennin.adapters.web.kit.Form;
import jp.kenpo.kennin.adapters.web.kit.Messages;
import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Map;
import jp.kenpo.kennin.domain.account.Language;

/**
 * Renders the precompiled JTE templates (HTML-escaping by default) into the response. The one
 * place that builds the {@link Page} every template receives, so controllers only pass their own
 * model. Texts and forms are in the language of the request being served ({@link Languages}).
 */
public final class Views {
    private final TemplateEngine engine;
    private final Languages languages;
    private final CsrfTokens csrfTokens;

    public Views(TemplateEngine engine, Languages languages, CsrfTokens csrfTokens) {
        this.engine = engine;
        this.languages = languages;
        this.csrfTokens = csrfTokens;
    }

    /** The request's language: what a command that mails the member before there is an account needs. */
    public Language language(Context ctx) {
        return languages.of(ctx);
    }

    /** The texts of the request being served. */
    public Messages messages() {
        return languages.messages();
    }

    public Form emptyForm() {
        return Form.empty(languages.messages());
    }

    public Form read(Context ctx, String... fields) {
        return Form.read(ctx, languages.messages(languages.of(ctx)), fields);
    }

    /** A page of the site: its forms get the CSRF token, and a pending flash is shown once. */
    public void render(Context ctx, String template, String titleKey, Map<String, Object> model) {
        WebSession session = WebSession.of(ctx);
        Language language = languages.of(ctx);
        Messages messages = languages.messages(language);
        Page page = new Page(messages, language, messages.text(titleKey), csrfTokens.forForm(ctx),
                session.takeFlash().orElse(null), LanguageSwitch.backOf(ctx));
        write(ctx, template, page, model);
    }

    /** A page without forms that must not start a session (error pages). */
    public void renderStateless(Context ctx, String template, String titleKey, Map<String, Object> model) {
        Language language = languages.of(ctx);
        Messages messages = languages.messages(language);
        write(ctx, template, new Page(messages, language, messages.text(titleKey), null, null, null), model);
    }

    private void write(Context ctx, String template, Page page, Map<String, Object> model) {
        Map<String, Object> params = new HashMap<>(model);
        params.put("page", page);
        // Straight to UTF-8 bytes, without a whole-page String to encode afterwards (a tenth of the main screen's CPU).
        Utf8ByteOutput out = new Utf8ByteOutput();
        engine.render(template, params, out);
        // Said explicitly: without a charset some browsers guess the encoding of Japanese text.
        ctx.contentType("text/html; charset=utf-8").header("Content-Language", page.lang()).result(out.toByteArray());
    }
}
