package jp.kenpo.kennin.adapters.web.staff.setup;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.kenpo.kennin.adapters.web.kit.ClientAddresses;
import jp.kenpo.kennin.adapters.web.kit.Flash;
import jp.kenpo.kennin.adapters.web.kit.Form;
import jp.kenpo.kennin.adapters.web.kit.Redirects;
import jp.kenpo.kennin.adapters.web.staff.StaffPage;
import jp.kenpo.kennin.adapters.web.staff.StaffPages;
import jp.kenpo.kennin.adapters.web.staff.StaffRequest;
import jp.kenpo.kennin.adapters.web.staff.StaffRouteTable;
import jp.kenpo.kennin.adapters.web.staff.StaffViews;
import jp.kenpo.kennin.application.insureradmin.PublishTermsVersionUseCase.PublishTermsVersionCommand;
import jp.kenpo.kennin.application.insureradmin.PublishTermsVersionUseCase.PublishTermsVersionResult;
import jp.kenpo.kennin.application.insureradmin.PublishTermsVersionUseCase;
import jp.kenpo.kennin.application.insureradmin.ShowCurrentTermsUseCase;
import jp.kenpo.kennin.domain.staff.StaffPermission;
import jp.kenpo.kennin.domain.terms.TermsOfUse;

/** Terms of use (MANAGE_TERMS): the version in force and a new one, which members accept at their next login. */
public final class TermsPages implements StaffPages {
    static final String PATH = "/admin/terms";

    private final ShowCurrentTermsUseCase current;
    private final PublishTermsVersionUseCase publish;
    private final ClientAddresses clients;
    private StaffViews views;

    public TermsPages(ShowCurrentTermsUseCase current, PublishTermsVersionUseCase publish, ClientAddresses clients) {
        this.current = current;
        this.publish = publish;
        this.clients = clients;
    }

    @Override
    public void routes(StaffRouteTable table, StaffViews views) {
        this.views = views;
        table.get(PATH, StaffPermission.MANAGE_TERMS, ctx -> render(ctx, views.emptyForm(), null));
        table.post(PATH, StaffPermission.MANAGE_TERMS, this::publish);
    }

    @Override
    public List<StaffPage.MenuItem> menu() {
        return List.of(new StaffPage.MenuItem(PATH, "setup.menu.terms", Optional.of(StaffPermission.MANAGE_TERMS)));
    }

    private void render(Context ctx, Form form, String body) {
        Optional<TermsOfUse> terms = current.showCurrentTerms(StaffRequest.staff(ctx));
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("form", form);
        model.put("terms", terms.orElse(null));
        model.put("body", body != null ? body : terms.map(TermsOfUse::body).orElse(""));
        views.render(ctx, "setup/terms.jte", "setup.terms.title", model);
    }

    private void publish(Context ctx) {
        Form form = views.read(ctx, "body");
        PublishTermsVersionResult result = publish.publishTermsVersion(new PublishTermsVersionCommand(StaffRequest.staff(ctx),
                form.raw("body"), clients.of(ctx)));
        if (result instanceof PublishTermsVersionResult.Published published) {
            StaffRequest.flash(ctx, Flash.info("setup.terms.published", published.version()));
            Redirects.seeOther(ctx, PATH);
        } else {
            render(ctx, form.rejectField("body", ((PublishTermsVersionResult.Invalid) result).code()), form.raw("body"));
        }
    }
}
