package jp.kenpo.kennin.adapters.web.home;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import jp.kenpo.kennin.adapters.web.support.AccessGuard;
import jp.kenpo.kennin.adapters.web.kit.ClientAddresses;
import jp.kenpo.kennin.adapters.web.kit.ContentDisposition;
import jp.kenpo.kennin.adapters.web.support.DisplayFormats;
import jp.kenpo.kennin.adapters.web.kit.Flash;
import jp.kenpo.kennin.adapters.web.support.Paths;
import jp.kenpo.kennin.adapters.web.kit.Redirects;
import jp.kenpo.kennin.adapters.web.support.Views;
import jp.kenpo.kennin.adapters.web.support.WebSession;
import jp.kenpo.kennin.application.home.DownloadNoticeAttachmentUseCase;
import jp.kenpo.kennin.application.home.ShowMainScreenUseCase;
import jp.kenpo.kennin.application.survey.ListSurveyDependentsUseCase.SurveyDependents;
import jp.kenpo.kennin.application.home.ShowMainScreenUseCase.MainScreen;
import jp.kenpo.kennin.application.insurer.NoticePort.AttachmentContent;

/** メイン画面 and the downloads of its notices' attachments. */
public final class HomeController {
    public static final String ATTACHMENT = "/notices/attachments/{id}";
    private static final Pattern MEDIA_TYPE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]*/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]*");
    /** Types a browser would run as a page if it ever ignored Content-Disposition. */
    private static final Set<String> ACTIVE_TYPES = Set.of("text/html", "application/xhtml+xml", "image/svg+xml", "text/xml",
            "application/xml");

    private final ShowMainScreenUseCase showMainScreen;
    private final DownloadNoticeAttachmentUseCase downloadAttachment;
    private final Views views;
    private final ClientAddresses clients;
    private final DisplayFormats formats;

    public HomeController(ShowMainScreenUseCase showMainScreen, DownloadNoticeAttachmentUseCase downloadAttachment,
                          Views views, ClientAddresses clients, DisplayFormats formats) {
        this.showMainScreen = showMainScreen;
        this.downloadAttachment = downloadAttachment;
        this.views = views;
        this.clients = clients;
        this.formats = formats;
    }

    public void show(Context ctx) {
        Optional<MainScreen> screen = showMainScreen.showMainScreen(AccessGuard.account(ctx), clients.of(ctx));
        WebSession session = WebSession.of(ctx);
        if (screen.isEmpty()) {
            // The account is gone (for example reset by a new survey year): this session means nothing any more.
            session.invalidate();
            WebSession.of(ctx).flash(Flash.error("login.required"));
            Redirects.seeOther(ctx, Paths.LOGIN);
            return;
        }
        if (screen.get().mustAcceptTerms()) {
            // A new version was published since login.
            session.setMustAcceptTerms(true);
            Redirects.seeOther(ctx, Paths.TERMS);
            return;
        }
        // The survey's list comes with the screen (one reading of account, member and year per view).
        SurveyDependents progress = screen.get().progress();
        views.render(ctx, "home/home.jte", "home.title", Map.of("screen", screen.get(), "formats", formats,
                "progress", progress));
    }

    public void downloadAttachment(Context ctx) {
        long id;
        try {
            id = Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw new NotFoundResponse();
        }
        AttachmentContent file = downloadAttachment.downloadAttachment(AccessGuard.account(ctx), id, clients.of(ctx))
                .orElseThrow(NotFoundResponse::new);
        ctx.header("Content-Disposition", ContentDisposition.attachment(file.fileName()));
        ctx.contentType(safeContentType(file.contentType()));
        ctx.result(file.content());
    }

    private static String safeContentType(String declared) {
        String type = declared == null ? "" : declared.strip().toLowerCase(java.util.Locale.ROOT);
        if (!MEDIA_TYPE.matcher(type).matches() || ACTIVE_TYPES.contains(type)) {
            return "application/octet-stream";
        }
        return type;
    }
}
