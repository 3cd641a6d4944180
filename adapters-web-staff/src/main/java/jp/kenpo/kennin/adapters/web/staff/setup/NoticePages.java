package jp.kenpo.kennin.adapters.web.staff.setup;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
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
import jp.kenpo.kennin.application.insurer.NoticePort.AttachmentContent;
import jp.kenpo.kennin.application.notice.AttachNoticeFileUseCase;
import jp.kenpo.kennin.application.notice.AttachNoticeFileUseCase.AttachNoticeFileCommand;
import jp.kenpo.kennin.application.notice.AttachNoticeFileUseCase.AttachNoticeFileResult;
import jp.kenpo.kennin.application.notice.ChangeNoticeStateUseCase;
import jp.kenpo.kennin.application.notice.ChangeNoticeStateUseCase.Change;
import jp.kenpo.kennin.application.notice.ChangeNoticeStateUseCase.ChangeNoticeStateCommand;
import jp.kenpo.kennin.application.notice.ChangeNoticeStateUseCase.ChangeNoticeStateResult;
import jp.kenpo.kennin.application.notice.CreateNoticeUseCase;
import jp.kenpo.kennin.application.notice.CreateNoticeUseCase.CreateNoticeCommand;
import jp.kenpo.kennin.application.notice.CreateNoticeUseCase.CreateNoticeResult;
import jp.kenpo.kennin.application.notice.EditNoticeUseCase;
import jp.kenpo.kennin.application.notice.EditNoticeUseCase.EditNoticeCommand;
import jp.kenpo.kennin.application.notice.EditNoticeUseCase.EditNoticeResult;
import jp.kenpo.kennin.application.notice.ListNoticesUseCase;
import jp.kenpo.kennin.application.notice.OpenNoticeAttachmentUseCase;
import jp.kenpo.kennin.application.notice.RemoveNoticeAttachmentUseCase;
import jp.kenpo.kennin.application.notice.RemoveNoticeAttachmentUseCase.RemoveNoticeAttachmentCommand;
import jp.kenpo.kennin.application.notice.RemoveNoticeAttachmentUseCase.RemoveNoticeAttachmentResult;
import jp.kenpo.kennin.application.notice.ShowNoticeUseCase;
import jp.kenpo.kennin.application.notice.StaffNoticePort.StaffNotice;
import jp.kenpo.kennin.domain.notice.Notice;
import jp.kenpo.kennin.domain.staff.StaffPermission;

/**
 * お知らせ (MANAGE_NOTICES): the list with a new draft, one notice to edit with its attachments,
 * and the buttons that publish or withdraw it. Attachments are checked by the same inspection as
 * members' uploads; a refused one is named with its reason.
 */
public final class NoticePages implements StaffPages {
    static final String PATH = "/admin/notices";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuu/MM/dd");
    private static final Map<String, String> FIELD_OF = Map.of("notice.title", "title", "notice.body", "body",
            "notice.publishedOn", "publishedOn");

    /** Everything the pages call, so bootstrap passes one thing. */
    public record UseCases(ListNoticesUseCase list, ShowNoticeUseCase show, OpenNoticeAttachmentUseCase open,
                           CreateNoticeUseCase create, EditNoticeUseCase edit, ChangeNoticeStateUseCase change,
                           AttachNoticeFileUseCase attach, RemoveNoticeAttachmentUseCase remove) {
    }

    /** One line of the list. */
    public record Row(long id, String title, String publishedOn, String state, boolean withdrawn) {
    }

    private final UseCases useCases;
    private final long maxAttachmentBytes;
    private final ClientAddresses clients;
    private StaffViews views;

    public NoticePages(UseCases useCases, long maxAttachmentBytes, ClientAddresses clients) {
        this.useCases = useCases;
        this.maxAttachmentBytes = maxAttachmentBytes;
        this.clients = clients;
    }

    @Override
    public void routes(StaffRouteTable table, StaffViews views) {
        this.views = views;
        StaffPermission p = StaffPermission.MANAGE_NOTICES;
        table.get(PATH, p, ctx -> list(ctx, views.emptyForm()));
        table.post(PATH, p, this::create);
        table.get(PATH + "/{noticeId}", p, ctx -> show(ctx, null));
        table.post(PATH + "/{noticeId}", p, this::edit);
        table.post(PATH + "/{noticeId}/publish", p, ctx -> change(ctx, Change.PUBLISH));
        table.post(PATH + "/{noticeId}/withdraw", p, ctx -> change(ctx, Change.WITHDRAW));
        table.post(PATH + "/{noticeId}/attachments", p, this::attach);
        table.get(PATH + "/{noticeId}/attachments/{attachmentId}", p, this::download);
        table.post(PATH + "/{noticeId}/attachments/{attachmentId}/remove", p, this::remove);
    }

    @Override
    public List<StaffPage.MenuItem> menu() {
        return List.of(new StaffPage.MenuItem(PATH, "setup.menu.notices", Optional.of(StaffPermission.MANAGE_NOTICES)));
    }

    private void list(Context ctx, Form form) {
        List<Row> rows = useCases.list().listNotices(StaffRequest.staff(ctx)).stream()
                .map(n -> new Row(n.notice().id(), n.notice().title(), DAY.format(n.notice().publishedOn()),
                        views.messages().text("setup.notices.state." + n.state().name()), !n.state().editable()))
                .toList();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("rows", rows);
        model.put("form", form);
        views.render(ctx, "setup/notices.jte", "setup.notices.title", model);
    }

    private void create(Context ctx) {
        Form form = views.read(ctx, "title", "body", "publishedOn");
        Optional<LocalDate> on = SetupText.date(form, "publishedOn", false);
        if (form.hasErrors()) {
            list(ctx, form);
            return;
        }
        CreateNoticeResult result = useCases.create().createNotice(new CreateNoticeCommand(StaffRequest.staff(ctx),
                form.raw("title"), form.raw("body"), on.orElse(null), clients.of(ctx)));
        if (result instanceof CreateNoticeResult.Created created) {
            StaffRequest.flash(ctx, Flash.info("setup.notices.created"));
            Redirects.seeOther(ctx, PATH + "/" + created.noticeId());
        } else {
            list(ctx, SetupText.reject(form, ((CreateNoticeResult.Invalid) result).code(), FIELD_OF));
        }
    }

    private StaffNotice find(Context ctx) {
        return useCases.show().showNotice(StaffRequest.staff(ctx), SetupText.id(ctx, "noticeId"))
                .orElseThrow(NotFoundResponse::new);
    }

    /** @param form the edit form as posted with its errors, or null for the stored notice */
    private void show(Context ctx, Form form) {
        StaffNotice notice = find(ctx);
        Form shown = form;
        if (shown == null) {
            shown = views.emptyForm();
        }
        Map<String, String> values = new LinkedHashMap<>();
        values.put("title", form == null ? notice.notice().title() : form.raw("title"));
        values.put("body", form == null ? notice.notice().body() : form.raw("body"));
        values.put("publishedOn", form == null ? DAY.format(notice.notice().publishedOn()) : form.raw("publishedOn"));
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("notice", notice.notice());
        model.put("state", notice.state().name());
        model.put("stateText", views.messages().text("setup.notices.state." + notice.state().name()));
        model.put("editable", notice.state().editable());
        model.put("form", shown);
        model.put("values", values);
        model.put("attachments", notice.notice().attachments());
        model.put("maxMegabytes", maxAttachmentBytes / (1024 * 1024));
        views.render(ctx, "setup/notice.jte", "setup.notice.title", model);
    }

    private void edit(Context ctx) {
        Form form = views.read(ctx, "title", "body", "publishedOn");
        Optional<LocalDate> on = SetupText.date(form, "publishedOn", true);
        if (form.hasErrors()) {
            show(ctx, form);
            return;
        }
        long id = SetupText.id(ctx, "noticeId");
        EditNoticeResult result = useCases.edit().editNotice(new EditNoticeCommand(StaffRequest.staff(ctx), id, form.raw("title"),
                form.raw("body"), on.get(), clients.of(ctx)));
        if (result instanceof EditNoticeResult.NotFound) {
            throw new NotFoundResponse();
        }
        if (result instanceof EditNoticeResult.Invalid invalid) {
            show(ctx, SetupText.reject(form, invalid.code(), FIELD_OF));
            return;
        }
        StaffRequest.flash(ctx, result instanceof EditNoticeResult.Edited ? Flash.info("setup.notices.saved")
                : Flash.error("setup.notices.withdrawnUnchanged"));
        Redirects.seeOther(ctx, PATH + "/" + id);
    }

    private void change(Context ctx, Change change) {
        long id = SetupText.id(ctx, "noticeId");
        ChangeNoticeStateResult result = useCases.change().changeNoticeState(new ChangeNoticeStateCommand(StaffRequest.staff(ctx),
                id, change, clients.of(ctx)));
        if (result instanceof ChangeNoticeStateResult.NotFound) {
            throw new NotFoundResponse();
        }
        StaffRequest.flash(ctx, result instanceof ChangeNoticeStateResult.Changed
                ? Flash.info(change == Change.PUBLISH ? "setup.notices.published" : "setup.notices.withdrawn")
                : Flash.error("setup.notices.notAllowed"));
        Redirects.seeOther(ctx, PATH + "/" + id);
    }

    private void attach(Context ctx) {
        long id = SetupText.id(ctx, "noticeId");
        Optional<SetupText.Upload> upload = SetupText.upload(ctx, "file", maxAttachmentBytes);
        if (upload.isEmpty()) {
            show(ctx, views.emptyForm().rejectField("file", "setup.notices.attachment.none"));
            return;
        }
        if (upload.get().tooLarge()) {
            show(ctx, views.emptyForm().rejectField("file", "setup.notices.attachment.tooLarge", maxAttachmentBytes / (1024 * 1024)));
            return;
        }
        AttachNoticeFileResult result = useCases.attach().attachNoticeFile(new AttachNoticeFileCommand(StaffRequest.staff(ctx), id,
                upload.get().fileName(), upload.get().contentType(), upload.get().content(), clients.of(ctx)));
        if (result instanceof AttachNoticeFileResult.NotFound) {
            throw new NotFoundResponse();
        }
        if (result instanceof AttachNoticeFileResult.Refused refused) {
            String code = refused.code().equals("document.tooLarge") ? "setup.notices.attachment.tooLarge" : refused.code();
            show(ctx, views.emptyForm().rejectField("file", code, maxAttachmentBytes / (1024 * 1024)));
            return;
        }
        StaffRequest.flash(ctx, Flash.info("setup.notices.attached", upload.get().fileName()));
        Redirects.seeOther(ctx, PATH + "/" + id);
    }

    /** The attachment as members will get it; only through the notice it belongs to. */
    private void download(Context ctx) {
        StaffNotice notice = find(ctx);
        long attachmentId = SetupText.id(ctx, "attachmentId");
        if (notice.notice().attachments().stream().noneMatch(a -> a.id() == attachmentId)) {
            throw new NotFoundResponse();
        }
        AttachmentContent content = useCases.open().openNoticeAttachment(StaffRequest.staff(ctx), attachmentId)
                .orElseThrow(NotFoundResponse::new);
        ctx.header("Content-Disposition", ContentDisposition.attachment(content.fileName()));
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.contentType(content.contentType()).result(content.content());
    }

    private void remove(Context ctx) {
        long id = SetupText.id(ctx, "noticeId");
        RemoveNoticeAttachmentResult result = useCases.remove().removeNoticeAttachment(new RemoveNoticeAttachmentCommand(
                StaffRequest.staff(ctx), id, SetupText.id(ctx, "attachmentId"), clients.of(ctx)));
        if (result instanceof RemoveNoticeAttachmentResult.NotFound) {
            throw new NotFoundResponse();
        }
        StaffRequest.flash(ctx, Flash.info("setup.notices.removed"));
        Redirects.seeOther(ctx, PATH + "/" + id);
    }

    /** For templates: an attachment's size in KB, at least 1. */
    public static long kilobytes(Notice.NoticeAttachmentInfo attachment) {
        return Math.max(1, (attachment.size() + 1023) / 1024);
    }
}
