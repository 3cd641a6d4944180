package jp.kenpo.kennin.adapters.web.staff;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.kenpo.kennin.adapters.web.kit.Form;
import jp.kenpo.kennin.adapters.web.kit.Messages;

/** Renders the back office's precompiled JTE templates (HTML-escaped by default). */
public final class StaffViews {
    /** Must match {@code packageName} of the jte-maven-plugin in this module's pom. */
    static final String TEMPLATES = "jp.kenpo.kennin.adapters.web.staff.templates";

    private final TemplateEngine engine = TemplateEngine.createPrecompiled(null, ContentType.Html,
            StaffViews.class.getClassLoader(), TEMPLATES);
    private final Messages messages;
    private final StaffCsrf csrf;
    private final List<StaffPage.MenuItem> menu;

    StaffViews(Messages messages, StaffCsrf csrf, List<StaffPage.MenuItem> menu) {
        this.messages = messages;
        this.csrf = csrf;
        this.menu = List.copyOf(menu);
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

    /** A back-office page: its forms get the CSRF token, a pending flash is shown once. */
    public void render(Context ctx, String template, String titleKey, Map<String, Object> model) {
        Optional<StaffSession> session = StaffRequest.session(ctx);
        StaffPage page = new StaffPage(messages, messages.text(titleKey), csrf.forForm(ctx, session),
                session.flatMap(StaffSession::takeFlash).orElse(null), session.map(StaffSession::staff).orElse(null), menu,
                ctx.path());
        Map<String, Object> params = new HashMap<>(model);
        params.put("page", page);
        StringOutput out = new StringOutput();
        engine.render(template, params, out);
        ctx.contentType("text/html; charset=utf-8").result(out.toString());
    }
}
