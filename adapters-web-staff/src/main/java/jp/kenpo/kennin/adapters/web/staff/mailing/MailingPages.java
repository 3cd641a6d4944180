package jp.kenpo.kennin.adapters.web.staff.mailing;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.kenpo.kennin.adapters.web.kit.ClientAddresses;
import jp.kenpo.kennin.adapters.web.kit.ContentDisposition;
import jp.kenpo.kennin.adapters.web.kit.Flash;
import jp.kenpo.kennin.adapters.web.kit.Form;
import jp.kenpo.kennin.adapters.web.kit.Redirects;
import jp.kenpo.kennin.adapters.web.staff.StaffPage;
import jp.kenpo.kennin.adapters.web.staff.StaffPages;
import jp.kenpo.kennin.adapters.web.staff.StaffRequest;
import jp.kenpo.kennin.adapters.web.staff.StaffRouteTable;
import jp.kenpo.kennin.adapters.web.staff.StaffViews;
import jp.kenpo.kennin.application.mailing.campaign.ChangeCampaignStateUseCase.Change;
import jp.kenpo.kennin.application.mailing.campaign.ChangeCampaignStateUseCase.ChangeCampaignStateCommand;
import jp.kenpo.kennin.application.mailing.campaign.ChangeCampaignStateUseCase.ChangeCampaignStateResult;
import jp.kenpo.kennin.application.mailing.campaign.CreateCampaignUseCase.CreateCampaignCommand;
import jp.kenpo.kennin.application.mailing.campaign.CreateCampaignUseCase.CreateCampaignResult;
import jp.kenpo.kennin.application.mailing.campaign.CsvEncoding;
import jp.kenpo.kennin.application.mailing.campaign.ExportUndeliverableAddressesUseCase.ExportUndeliverableAddressesCommand;
import jp.kenpo.kennin.application.mailing.campaign.ExportUndeliverableAddressesUseCase.ExportUndeliverableAddressesResult;
import jp.kenpo.kennin.application.mailing.campaign.PreviewCampaignMailUseCase.PreviewCampaignMailCommand;
import jp.kenpo.kennin.application.mailing.campaign.PreviewCampaignMailUseCase.PreviewCampaignMailResult;
import jp.kenpo.kennin.application.mailing.campaign.SampleRequest;
import jp.kenpo.kennin.application.mailing.campaign.SaveMailTemplateUseCase.SaveMailTemplateCommand;
import jp.kenpo.kennin.application.mailing.campaign.SaveMailTemplateUseCase.SaveMailTemplateResult;
import jp.kenpo.kennin.application.mailing.campaign.SendTestCampaignMailUseCase.SendTestCampaignMailCommand;
import jp.kenpo.kennin.application.mailing.campaign.SendTestCampaignMailUseCase.SendTestCampaignMailResult;
import jp.kenpo.kennin.application.mailing.campaign.ShowMailTemplateUseCase.ShowMailTemplateCommand;
import jp.kenpo.kennin.application.mailing.campaign.ShowMailTemplateUseCase.ShowMailTemplateResult;
import jp.kenpo.kennin.application.mailing.campaign.ShowMailingsUseCase.ShowMailingsCommand;
import jp.kenpo.kennin.application.mailing.campaign.ShowMailingsUseCase.ShowMailingsResult;
import jp.kenpo.kennin.application.mailing.campaign.TextRefusal;
import jp.kenpo.kennin.application.staff.SignedInStaff;
import jp.kenpo.kennin.domain.mailing.CampaignKind;
import jp.kenpo.kennin.domain.mailing.CampaignMailText;
import jp.kenpo.kennin.domain.mailing.MailPlaceholder;
import jp.kenpo.kennin.domain.staff.StaffPermission;

/**
 * メール配信 under /admin/mailings (MANAGE_MAILINGS): the survey year's campaigns with their
 * progress and the buttons that pause, resume or cancel them, a form for a new one, the failed
 * immediate mails of late, and per kind the template with a preview and a test mail for a chosen
 * member. Undeliverable addresses download as CSV for letters (audited by the use case).
 */
public final class MailingPages implements StaffPages {
    static final String PATH = "/admin/mailings";
    static final String TEMPLATES = PATH + "/templates";
    private static final String CAMPAIGN = PATH + "/{campaignId}";
    private static final String CSV = "/undeliverable.csv";

    private final MailingUseCases useCases;
    private final ClientAddresses clients;
    private StaffViews views;

    public MailingPages(MailingUseCases useCases, ClientAddresses clients) {
        this.useCases = useCases;
        this.clients = clients;
    }

    @Override
    public void routes(StaffRouteTable table, StaffViews views) {
        this.views = views;
        StaffPermission p = StaffPermission.MANAGE_MAILINGS;
        table.get(PATH, p, ctx -> list(ctx, views.emptyForm()));
        table.post(PATH, p, this::create);
        table.post(CAMPAIGN + "/cancel", p, ctx -> change(ctx, Change.CANCEL));
        table.post(CAMPAIGN + "/pause", p, ctx -> change(ctx, Change.PAUSE));
        table.post(CAMPAIGN + "/resume", p, ctx -> change(ctx, Change.RESUME));
        table.get(CAMPAIGN + CSV, p, ctx -> undeliverable(ctx, Optional.of(campaignId(ctx))));
        table.get(PATH + CSV, p, ctx -> undeliverable(ctx, Optional.empty()));
        // One literal route per kind: the kind is no id to guess, and an unknown one is simply no route.
        for (CampaignKind kind : CampaignKind.values()) {
            table.get(MailingView.templatePath(kind), p, ctx -> template(ctx, kind, null, null));
            table.post(MailingView.templatePath(kind), p, ctx -> templateAction(ctx, kind));
        }
    }

    @Override
    public List<StaffPage.MenuItem> menu() {
        return List.of(new StaffPage.MenuItem(PATH, "mailing.menu", Optional.of(StaffPermission.MANAGE_MAILINGS)));
    }

    // --- the campaigns ---

    private void list(Context ctx, Form form) {
        ShowMailingsResult result = useCases.show().showMailings(new ShowMailingsCommand(StaffRequest.staff(ctx)));
        Map<String, Object> model = new HashMap<>();
        model.put("shown", result instanceof ShowMailingsResult.Shown shown ? shown : null);
        model.put("fiscalYear", result instanceof ShowMailingsResult.Shown shown ? shown.fiscalYear()
                : ((ShowMailingsResult.NoSurveyYear) result).fiscalYear());
        model.put("failed", result.failedMails());
        model.put("kinds", List.of(CampaignKind.values()));
        model.put("form", form);
        model.put("fields", createFields());
        views.render(ctx, "mailing/mailings.jte", "mailing.title", model);
    }

    private Map<String, String> createFields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("kind", views.messages().text("mailing.new.kind"));
        fields.put("startDate", views.messages().text("mailing.new.startDate"));
        fields.put("startTime", views.messages().text("mailing.new.startTime"));
        return fields;
    }

    private void create(Context ctx) {
        Form form = views.read(ctx, "kind", "startDate", "startTime");
        Optional<CampaignKind> kind = Arrays.stream(CampaignKind.values()).filter(k -> k.name().equals(form.value("kind")))
                .findFirst();
        if (kind.isEmpty()) {
            list(ctx, form.rejectField("kind", "mailing.new.kind.missing"));
            return;
        }
        Optional<LocalDateTime> startsAt = startsAt(form.value("startDate"), form.value("startTime"));
        if (startsAt.isEmpty()) {
            list(ctx, form.rejectField("startDate", "mailing.new.start.invalid"));
            return;
        }
        CreateCampaignResult result = useCases.create().createCampaign(new CreateCampaignCommand(StaffRequest.staff(ctx),
                kind.get(), startsAt, clients.of(ctx)));
        if (result instanceof CreateCampaignResult.Refused refused) {
            String field = switch (refused.reason()) {
                case START_MISSING, START_IN_PAST -> "startDate";
                default -> "kind";
            };
            list(ctx, form.rejectField(field, "mailing.new.refused." + refused.reason().name()));
            return;
        }
        StaffRequest.flash(ctx, Flash.info("mailing.new.created"));
        Redirects.seeOther(ctx, PATH);
    }

    static Optional<LocalDateTime> startsAt(String date, String time) {
        if (date == null || date.isBlank() || time == null || time.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDateTime.of(LocalDate.parse(date.strip().replace('/', '-')), LocalTime.parse(time.strip())));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private void change(Context ctx, Change change) {
        ChangeCampaignStateResult result = useCases.change().changeCampaignState(new ChangeCampaignStateCommand(
                StaffRequest.staff(ctx), campaignId(ctx), change, clients.of(ctx)));
        if (result instanceof ChangeCampaignStateResult.NotFound) {
            throw new NotFoundResponse();
        }
        StaffRequest.flash(ctx, result instanceof ChangeCampaignStateResult.Refused refused
                ? Flash.error("mailing.change.refused." + refused.reason().name())
                : Flash.info("mailing.change.done." + change.name()));
        Redirects.seeOther(ctx, PATH);
    }

    private static long campaignId(Context ctx) {
        try {
            return Long.parseLong(ctx.pathParam("campaignId"));
        } catch (NumberFormatException e) {
            throw new NotFoundResponse();
        }
    }

    private void undeliverable(Context ctx, Optional<Long> campaign) {
        CsvEncoding encoding = "utf8".equals(ctx.queryParam("encoding")) ? CsvEncoding.UTF8_BOM : CsvEncoding.WINDOWS_31J;
        OutputStream[] body = new OutputStream[1];
        ExportUndeliverableAddressesResult result = useCases.exportUndeliverable().exportUndeliverableAddresses(
                new ExportUndeliverableAddressesCommand(StaffRequest.staff(ctx), campaign, encoding, () -> {
                    String name = campaign.map(id -> "undeliverable-" + id + ".csv").orElse("undeliverable.csv");
                    ctx.header("Content-Disposition", ContentDisposition.attachment(name));
                    ctx.header("Cache-Control", "no-store");
                    ctx.contentType(encoding == CsvEncoding.UTF8_BOM ? "text/csv; charset=UTF-8" : "text/csv; charset=Windows-31J");
                    body[0] = ctx.outputStream();
                    return body[0];
                }, clients.of(ctx)));
        if (result instanceof ExportUndeliverableAddressesResult.NotFound) {
            throw new NotFoundResponse();
        }
        try {
            body[0].flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // --- the templates ---

    /** @param message a result to show above the form (the test mail's answer), or null */
    private void template(Context ctx, CampaignKind kind, Form typed, Map<String, Object> extra) {
        ShowMailTemplateResult.Shown shown = (ShowMailTemplateResult.Shown) useCases.showTemplate().showMailTemplate(
                new ShowMailTemplateCommand(StaffRequest.staff(ctx), kind));
        Form form = typed != null ? typed : views.emptyForm();
        Map<String, String> values = new HashMap<>();
        values.put("subject", typed != null ? typed.raw("subject") : shown.text().subject());
        values.put("body", typed != null ? typed.raw("body") : shown.text().body());
        values.put("symbol", typed != null ? typed.value("symbol") : "");
        values.put("number", typed != null ? typed.value("number") : "");
        Map<String, Object> model = new HashMap<>();
        model.put("kind", kind);
        model.put("shown", shown);
        model.put("form", form);
        model.put("values", values);
        model.put("placeholders", Arrays.stream(MailPlaceholder.values()).filter(p -> p.allowedIn(kind)).toList());
        model.put("fields", templateFields());
        model.put("action", MailingView.templatePath(kind));
        model.put("savedSource", "saved".equals(ctx.formParam("source")));
        model.put("preview", null);
        model.put("previewTo", null);
        model.put("testNotice", null);
        model.put("testAlert", null);
        if (extra != null) {
            model.putAll(extra);
        }
        views.render(ctx, "mailing/template.jte", "mailing.template.title." + kind.name(), model);
    }

    private Map<String, String> templateFields() {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String f : List.of("subject", "body", "symbol", "number")) {
            fields.put(f, views.messages().text("mailing.template." + f));
        }
        return fields;
    }

    private void templateAction(Context ctx, CampaignKind kind) {
        Form form = views.read(ctx, "subject", "body", "symbol", "number", "action");
        SignedInStaff staff = StaffRequest.staff(ctx);
        String action = form.value("action");
        if ("save".equals(action)) {
            SaveMailTemplateResult result = useCases.saveTemplate().saveMailTemplate(new SaveMailTemplateCommand(staff, kind,
                    form.raw("subject"), form.raw("body"), clients.of(ctx)));
            if (result instanceof SaveMailTemplateResult.Invalid invalid) {
                template(ctx, kind, reject(form, kind, invalid.refusal()), null);
                return;
            }
            StaffRequest.flash(ctx, Flash.info("mailing.template.saved"));
            Redirects.seeOther(ctx, MailingView.templatePath(kind));
            return;
        }
        if (!"preview".equals(action) && !"test".equals(action)) {
            template(ctx, kind, form, null);
            return;
        }
        // The text as typed (unsaved) unless the staff member asked for the saved one.
        boolean typed = !"saved".equals(ctx.formParam("source"));
        SampleRequest request = new SampleRequest(kind, typed, form.raw("subject"), form.raw("body"), form.value("symbol"),
                form.value("number"), views.messages().text("mailing.sample.results"));
        Map<String, Object> extra = new HashMap<>();
        if ("preview".equals(action)) {
            PreviewCampaignMailResult result = useCases.preview().previewCampaignMail(new PreviewCampaignMailCommand(staff,
                    request, clients.of(ctx)));
            if (result instanceof PreviewCampaignMailResult.Previewed previewed) {
                extra.put("preview", previewed.mail());
                extra.put("previewTo", previewed.to());
            } else if (result instanceof PreviewCampaignMailResult.Refused refused) {
                form = refuseSample(form, refused.reason());
            } else {
                form = reject(form, kind, ((PreviewCampaignMailResult.InvalidText) result).refusal());
            }
        } else {
            SendTestCampaignMailResult result = useCases.sendTest().sendTestCampaignMail(new SendTestCampaignMailCommand(staff,
                    request, clients.of(ctx)));
            if (result instanceof SendTestCampaignMailResult.Delivered delivered) {
                extra.put("testNotice", views.messages().text("mailing.test.delivered", delivered.to()));
            } else if (result instanceof SendTestCampaignMailResult.NotDelivered failed) {
                extra.put("testAlert", views.messages().text("mailing.test.notDelivered", failed.to(), failed.cause()));
            } else if (result instanceof SendTestCampaignMailResult.Refused refused) {
                form = refuseSample(form, refused.reason());
            } else {
                form = reject(form, kind, ((SendTestCampaignMailResult.InvalidText) result).refusal());
            }
        }
        template(ctx, kind, form, extra);
    }

    private static Form refuseSample(Form form, SampleRequest.Refusal reason) {
        return switch (reason) {
            case CARD_INVALID, MEMBER_NOT_FOUND -> form.rejectField("number", "mailing.sample." + reason.name());
            default -> form.reject("mailing.sample." + reason.name());
        };
    }

    /** Every problem of the text at its field, the bad placeholders named. */
    static Form reject(Form form, CampaignKind kind, TextRefusal refusal) {
        String unknown = String.join(" ", refusal.badPlaceholders().stream().filter(p -> MailPlaceholder.ofToken(
                p.substring(1, p.length() - 1)).isEmpty()).toList());
        String notForKind = String.join(" ", refusal.badPlaceholders().stream().filter(p -> MailPlaceholder.ofToken(
                p.substring(1, p.length() - 1)).isPresent()).toList());
        for (CampaignMailText.Problem problem : refusal.problems()) {
            String field = problem.name().startsWith("SUBJECT_") ? "subject" : "body";
            switch (problem) {
                case UNKNOWN_PLACEHOLDER -> form.rejectField(field, problem.code(), unknown);
                case PLACEHOLDER_NOT_FOR_KIND -> form.rejectField(field, problem.code(), notForKind);
                case SUBJECT_TOO_LONG -> form.rejectField(field, problem.code(), CampaignMailText.MAX_SUBJECT_LENGTH);
                case BODY_TOO_LONG -> form.rejectField(field, problem.code(), CampaignMailText.MAX_BODY_LENGTH);
                default -> form.rejectField(field, problem.code());
            }
        }
        return form;
    }
}
