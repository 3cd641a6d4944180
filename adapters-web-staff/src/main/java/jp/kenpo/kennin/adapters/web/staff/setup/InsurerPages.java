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
import jp.kenpo.kennin.application.insureradmin.CreateInsurerUseCase.CreateInsurerCommand;
import jp.kenpo.kennin.application.insureradmin.CreateInsurerUseCase.CreateInsurerResult;
import jp.kenpo.kennin.application.insureradmin.CreateInsurerUseCase;
import jp.kenpo.kennin.application.insureradmin.CredentialPolicyChoice;
import jp.kenpo.kennin.application.insureradmin.ListInsurersUseCase;
import jp.kenpo.kennin.domain.InvalidValueException;
import jp.kenpo.kennin.domain.insurer.InsurerContact;
import jp.kenpo.kennin.domain.staff.StaffPermission;

/**
 * The operator's insurers: the list and a new one. Its first 管理者 is then created on the
 * operator's staff page, which the confirmation links to.
 */
public final class InsurerPages implements StaffPages {
    static final String PATH = "/admin/operator/insurers";
    private static final String[] FIELDS = {"code", "displayName", "senderAddress", "callCentre", "hours", "contactMail",
        "faqUrl", "policy"};
    private static final Map<String, String> FIELD_OF = Map.of("insurer.code", "code", "insurer.name", "displayName",
            "email", "senderAddress", "insurer.faqUrl", "faqUrl");

    private final ListInsurersUseCase list;
    private final CreateInsurerUseCase create;
    private final ClientAddresses clients;
    private StaffViews views;

    public InsurerPages(ListInsurersUseCase list, CreateInsurerUseCase create, ClientAddresses clients) {
        this.list = list;
        this.create = create;
        this.clients = clients;
    }

    @Override
    public void routes(StaffRouteTable table, StaffViews views) {
        this.views = views;
        table.get(PATH, StaffPermission.MANAGE_INSURERS, ctx -> render(ctx, views.emptyForm()));
        table.post(PATH, StaffPermission.MANAGE_INSURERS, this::create);
    }

    @Override
    public List<StaffPage.MenuItem> menu() {
        return List.of(new StaffPage.MenuItem(PATH, "setup.menu.insurers", Optional.of(StaffPermission.MANAGE_INSURERS)));
    }

    private void render(Context ctx, Form form) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("insurers", list.listInsurers(StaffRequest.staff(ctx)));
        model.put("form", form);
        model.put("policy", form.value("policy") == null ? CredentialPolicyChoice.MANUAL.name() : form.value("policy"));
        views.render(ctx, "setup/insurers.jte", "setup.insurers.title", model);
    }

    private void create(Context ctx) {
        Form form = views.read(ctx, FIELDS);
        Optional<CredentialPolicyChoice> policy = CredentialPolicyChoice.named(form.raw("policy"));
        if (policy.isEmpty()) {
            render(ctx, form.rejectField("policy", "setup.policy.choose"));
            return;
        }
        InsurerContact contact;
        try {
            contact = new InsurerContact(form.raw("callCentre"), form.raw("hours"), form.raw("contactMail"), form.raw("faqUrl"));
        } catch (InvalidValueException e) {
            render(ctx, SetupText.reject(form, e.code(), FIELD_OF));
            return;
        }
        CreateInsurerResult result = create.createInsurer(new CreateInsurerCommand(StaffRequest.staff(ctx), form.raw("code"),
                form.raw("displayName"), form.raw("senderAddress"), contact, policy.get(), clients.of(ctx)));
        if (result instanceof CreateInsurerResult.Created created) {
            StaffRequest.flash(ctx, Flash.info("setup.insurers.created", created.code(), String.valueOf(created.fiscalYear())));
            Redirects.seeOther(ctx, PATH);
        } else if (result instanceof CreateInsurerResult.CodeTaken) {
            render(ctx, form.rejectField("code", "setup.insurers.codeTaken"));
        } else {
            render(ctx, SetupText.reject(form, ((CreateInsurerResult.Invalid) result).code(), FIELD_OF));
        }
    }
}
