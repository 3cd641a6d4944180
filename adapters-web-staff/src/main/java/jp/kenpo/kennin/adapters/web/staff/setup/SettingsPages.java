package jp.kenpo.kennin.adapters.web.staff.setup;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.math.RoundingMode;
import java.util.EnumMap;
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
import jp.kenpo.kennin.application.insureradmin.CredentialPolicyChoice;
import jp.kenpo.kennin.application.insureradmin.ShowInsurerSettingsUseCase.InsurerSettingsView;
import jp.kenpo.kennin.application.insureradmin.ShowInsurerSettingsUseCase;
import jp.kenpo.kennin.application.insureradmin.UpdateInsurerSettingsService;
import jp.kenpo.kennin.application.insureradmin.UpdateInsurerSettingsUseCase.UpdateInsurerSettingsCommand;
import jp.kenpo.kennin.application.insureradmin.UpdateInsurerSettingsUseCase.UpdateInsurerSettingsResult;
import jp.kenpo.kennin.application.insureradmin.UpdateInsurerSettingsUseCase;
import jp.kenpo.kennin.application.review.ChangeFourEyesUseCase;
import jp.kenpo.kennin.application.review.ChangeFourEyesUseCase.ChangeFourEyesCommand;
import jp.kenpo.kennin.application.review.ChangeFourEyesUseCase.ChangeFourEyesResult;
import jp.kenpo.kennin.application.review.ShowFourEyesUseCase;
import jp.kenpo.kennin.domain.eligibility.IncomeBand;
import jp.kenpo.kennin.domain.eligibility.IncomeLimit;
import jp.kenpo.kennin.domain.insurer.Insurer;
import jp.kenpo.kennin.domain.staff.StaffPermission;

/**
 * The insurer's settings (MANAGE_SETTINGS): name and sender, the contact details members see,
 * the credential policy for new sign-ups and the insurer's own settings of the eligibility rules.
 */
public final class SettingsPages implements StaffPages {
    static final String PATH = "/admin/settings";
    /** Roundings offered; "" keeps the national rule's. */
    static final List<String> ROUNDINGS = List.of("", RoundingMode.CEILING.name(), RoundingMode.FLOOR.name(),
            RoundingMode.HALF_UP.name());
    private static final String[] FIELDS = {"displayName", "senderAddress", "callCentre", "hours", "contactMail", "faqUrl",
        "policy", "rounding", "limit_STANDARD", "limit_ELDERLY_OR_DISABLED", "limit_YOUNG_ADULT"};
    private static final Map<String, String> FIELD_OF = Map.of("insurer.name", "displayName", "email", "senderAddress",
            "insurer.faqUrl", "faqUrl", "insurer.rounding", "rounding", "insurer.incomeLimit", "limit_STANDARD");

    private final ShowInsurerSettingsUseCase show;
    private final UpdateInsurerSettingsUseCase update;
    private final ClientAddresses clients;
    // --- review ---
    private final Optional<FourEyesSetting> fourEyes;
    private StaffViews views;

    // --- review ---
    /** The four-eyes rule (which decisions need a second reviewer), set on the same page. */
    public record FourEyesSetting(ShowFourEyesUseCase show, ChangeFourEyesUseCase change) {
    }

    public SettingsPages(ShowInsurerSettingsUseCase show, UpdateInsurerSettingsUseCase update, ClientAddresses clients) {
        this(show, update, clients, Optional.empty());
    }

    public SettingsPages(ShowInsurerSettingsUseCase show, UpdateInsurerSettingsUseCase update, ClientAddresses clients,
                         Optional<FourEyesSetting> fourEyes) {
        this.show = show;
        this.update = update;
        this.clients = clients;
        this.fourEyes = fourEyes;
    }

    @Override
    public void routes(StaffRouteTable table, StaffViews views) {
        this.views = views;
        table.get(PATH, StaffPermission.MANAGE_SETTINGS, this::edit);
        table.post(PATH, StaffPermission.MANAGE_SETTINGS, this::save);
        // --- review ---
        if (fourEyes.isPresent()) {
            table.post(FOUR_EYES_PATH, StaffPermission.MANAGE_SETTINGS, this::saveFourEyes);
        }
    }

    // --- review ---
    static final String FOUR_EYES_PATH = PATH + "/four-eyes";

    private void saveFourEyes(Context ctx) {
        Form form = views.read(ctx, new String[] {"fourEyes"});
        ChangeFourEyesResult result = fourEyes.orElseThrow(NotFoundResponse::new).change().changeFourEyes(
                new ChangeFourEyesCommand(StaffRequest.staff(ctx), form.raw("fourEyes"), clients.of(ctx)));
        StaffRequest.flash(ctx, result instanceof ChangeFourEyesResult.Invalid invalid ? Flash.error(invalid.code())
                : Flash.info("review.settings.fourEyes.saved"));
        Redirects.seeOther(ctx, PATH);
    }

    @Override
    public List<StaffPage.MenuItem> menu() {
        return List.of(new StaffPage.MenuItem(PATH, "setup.menu.settings", Optional.of(StaffPermission.MANAGE_SETTINGS)));
    }

    private InsurerSettingsView current(Context ctx) {
        return show.showInsurerSettings(StaffRequest.staff(ctx)).orElseThrow(NotFoundResponse::new);
    }

    /** The form filled from what is stored. */
    private void edit(Context ctx) {
        InsurerSettingsView view = current(ctx);
        Insurer insurer = view.insurer();
        Map<String, String> values = new LinkedHashMap<>();
        values.put("displayName", insurer.displayName());
        values.put("senderAddress", insurer.senderAddress().value());
        values.put("callCentre", insurer.contact().callCentre());
        values.put("hours", insurer.contact().hours());
        values.put("contactMail", insurer.contact().mailAddress());
        values.put("faqUrl", insurer.contact().faqUrl());
        values.put("policy", view.policyChoice().map(Enum::name).orElse(""));
        values.put("rounding", view.overrides().rounding().map(Enum::name).orElse(""));
        for (IncomeBand band : IncomeBand.values()) {
            values.put("limit_" + band.name(), Optional.ofNullable(view.overrides().limits().get(band))
                    .map(IncomeLimit::annual).map(String::valueOf).orElse(""));
        }
        render(ctx, view, views.emptyForm(), values);
    }

    private void render(Context ctx, InsurerSettingsView view, Form form, Map<String, String> values) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("form", form);
        model.put("values", values);
        model.put("code", view.insurer().code().value());
        model.put("fiscalYear", view.insurer().currentFiscalYear());
        model.put("customPolicy", view.policyChoice().isEmpty());
        model.put("roundings", ROUNDINGS);
        model.put("bands", List.of(IncomeBand.values()));
        // --- review ---
        model.put("fourEyes", fourEyes.map(f -> f.show().showFourEyes(StaffRequest.staff(ctx))));
        views.render(ctx, "setup/settings.jte", "setup.settings.title", model);
    }

    private void save(Context ctx) {
        Form form = views.read(ctx, FIELDS);
        Map<String, String> values = new LinkedHashMap<>();
        for (String field : FIELDS) {
            values.put(field, form.raw(field));
        }
        Optional<CredentialPolicyChoice> policy = CredentialPolicyChoice.named(form.raw("policy"));
        Optional<RoundingMode> rounding = ROUNDINGS.contains(form.raw("rounding")) && !form.raw("rounding").isEmpty()
                ? Optional.of(RoundingMode.valueOf(form.raw("rounding"))) : Optional.empty();
        if (!ROUNDINGS.contains(form.raw("rounding"))) {
            form.rejectField("rounding", "insurer.rounding.invalid");
        }
        Map<IncomeBand, Long> limits = new EnumMap<>(IncomeBand.class);
        for (IncomeBand band : IncomeBand.values()) {
            SetupText.number(form, "limit_" + band.name(), false, 1, UpdateInsurerSettingsService.MAX_ANNUAL_LIMIT)
                    .ifPresent(annual -> limits.put(band, annual));
        }
        if (form.hasErrors()) {
            render(ctx, current(ctx), form, values);
            return;
        }
        UpdateInsurerSettingsResult result = update.updateInsurerSettings(new UpdateInsurerSettingsCommand(StaffRequest.staff(ctx),
                form.raw("displayName"), form.raw("senderAddress"), form.raw("callCentre"), form.raw("hours"),
                form.raw("contactMail"), form.raw("faqUrl"), policy, rounding, limits, clients.of(ctx)));
        if (result instanceof UpdateInsurerSettingsResult.Updated) {
            StaffRequest.flash(ctx, Flash.info("setup.settings.saved"));
            Redirects.seeOther(ctx, PATH);
        } else if (result instanceof UpdateInsurerSettingsResult.Invalid invalid) {
            String code = invalid.code();
            // The contact address is checked as an address too; say which address was wrong.
            Form rejected = code.equals("email.invalid") && !form.raw("contactMail").isBlank()
                    && form.raw("senderAddress").contains("@") ? form.rejectField("contactMail", code)
                    : SetupText.reject(form, code, FIELD_OF);
            render(ctx, current(ctx), rejected, values);
        } else {
            throw new NotFoundResponse();
        }
    }
}
