package jp.kenpo.kennin.adapters.web.staff.helpdesk;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import io.javalin.http.UploadedFile;
import java.io.InputStream;
import java.util.EnumMap;
import jp.kenpo.kennin.application.helpdesk.SaveAnswersForMemberUseCase.SaveAnswersForMemberCommand;
import jp.kenpo.kennin.application.helpdesk.SaveAnswersForMemberUseCase.SaveAnswersForMemberResult;
import jp.kenpo.kennin.application.helpdesk.SubmitForMemberUseCase.SubmitForMemberCommand;
import jp.kenpo.kennin.application.helpdesk.SubmitForMemberUseCase.SubmitForMemberResult;
import jp.kenpo.kennin.application.helpdesk.UploadDocumentForMemberUseCase.UploadDocumentForMemberCommand;
import jp.kenpo.kennin.application.helpdesk.UploadDocumentForMemberUseCase.UploadDocumentForMemberResult;
import jp.kenpo.kennin.application.survey.SaveSurveyAnswersUseCase.SaveSurveyAnswersResult;
import jp.kenpo.kennin.application.survey.SubmitSurveyUseCase.SubmitSurveyResult;
import jp.kenpo.kennin.application.survey.UploadSurveyDocumentUseCase.UploadSurveyDocumentResult;
import jp.kenpo.kennin.domain.survey.Question;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.kenpo.kennin.adapters.web.kit.ClientAddresses;
import jp.kenpo.kennin.adapters.web.kit.ContentDisposition;
import jp.kenpo.kennin.adapters.web.kit.Flash;
import jp.kenpo.kennin.adapters.web.kit.Messages;
import jp.kenpo.kennin.adapters.web.kit.Redirects;
import jp.kenpo.kennin.adapters.web.staff.StaffPage;
import jp.kenpo.kennin.adapters.web.staff.StaffPages;
import jp.kenpo.kennin.adapters.web.staff.StaffRequest;
import jp.kenpo.kennin.adapters.web.staff.StaffRouteTable;
import jp.kenpo.kennin.adapters.web.staff.StaffViews;
import jp.kenpo.kennin.application.document.DocumentType;
import jp.kenpo.kennin.application.document.StoredDocument;
import jp.kenpo.kennin.application.helpdesk.ExportAuditLogUseCase.ExportAuditLogCommand;
import jp.kenpo.kennin.application.survey.ViewSurveyDocumentUseCase.DocumentDownload;
import jp.kenpo.kennin.application.helpdesk.ExportAuditLogUseCase.ExportAuditLogResult;
import jp.kenpo.kennin.application.helpdesk.FindMemberUseCase.FindMemberCommand;
import jp.kenpo.kennin.application.helpdesk.FindMemberUseCase.FindMemberResult;
import jp.kenpo.kennin.application.helpdesk.FindMemberUseCase.MemberQuery;
import jp.kenpo.kennin.application.helpdesk.QueryAuditLogUseCase.AuditLogFilter;
import jp.kenpo.kennin.application.helpdesk.QueryAuditLogUseCase.QueryAuditLogCommand;
import jp.kenpo.kennin.application.helpdesk.QueryAuditLogUseCase.QueryAuditLogResult;
import jp.kenpo.kennin.application.helpdesk.ResendMemberCodeUseCase.ResendMemberCodeCommand;
import jp.kenpo.kennin.application.helpdesk.ResendMemberCodeUseCase.ResendMemberCodeResult;
import jp.kenpo.kennin.application.helpdesk.ShowMemberCaseUseCase.ShowMemberCaseResult;
import jp.kenpo.kennin.application.helpdesk.UnlockMemberUseCase.Lock;
import jp.kenpo.kennin.application.helpdesk.UnlockMemberUseCase.UnlockMemberCommand;
import jp.kenpo.kennin.application.helpdesk.UnlockMemberUseCase.UnlockMemberResult;
import jp.kenpo.kennin.application.helpdesk.WriteCallNoteUseCase.WriteCallNoteCommand;
import jp.kenpo.kennin.application.helpdesk.WriteCallNoteUseCase.WriteCallNoteResult;
import jp.kenpo.kennin.application.registration.ResendRegistrationCodeUseCase.ResendCodeResult;
import jp.kenpo.kennin.application.review.ExtendMemberDeadlineUseCase.ExtendMemberDeadlineCommand;
import jp.kenpo.kennin.application.review.ExtendSurveyDeadlineUseCase.ExtendSurveyDeadlineResult;
import jp.kenpo.kennin.application.review.ReturnMemberResponseUseCase.ReturnMemberResponseCommand;
import jp.kenpo.kennin.application.review.ReturnSurveyResponseUseCase.ReturnSurveyResponseResult;
import jp.kenpo.kennin.application.staff.SignedInStaff;
import jp.kenpo.kennin.domain.audit.AuditAction;
import jp.kenpo.kennin.domain.dependent.DependentId;
import jp.kenpo.kennin.domain.member.MemberId;
import jp.kenpo.kennin.domain.staff.StaffPermission;

/**
 * The help desk (問い合わせ対応) and the audit log under /admin: find a member, their case with
 * one small form per action (each with its reason), and the audit log with its CSV. Every page
 * reads through a staff use case, which scopes by the signed-in staff member's insurer: an id of
 * another insurer's member is 404 here, exactly like an unknown one.
 */
public final class HelpDeskPages implements StaffPages {
    static final String MEMBERS = "/admin/members";
    static final String AUDIT_LOG = "/admin/audit-log";

    private final HelpDeskUseCases useCases;
    private final ClientAddresses clients;
    private StaffViews views;
    private final java.security.SecureRandom random = new java.security.SecureRandom();

    public HelpDeskPages(HelpDeskUseCases useCases, ClientAddresses clients) {
        this.useCases = useCases;
        this.clients = clients;
    }

    @Override
    public void routes(StaffRouteTable table, StaffViews views) {
        this.views = views;
        table.get(MEMBERS, StaffPermission.LOOK_UP_MEMBERS, this::search);
        table.get(MEMBERS + "/{memberId}", StaffPermission.LOOK_UP_MEMBERS, this::memberCase);
        table.post(MEMBERS + "/{memberId}/unlock-login", StaffPermission.HELP_MEMBERS, ctx -> unlock(ctx, Lock.LOGIN));
        table.post(MEMBERS + "/{memberId}/unlock-signup", StaffPermission.HELP_MEMBERS, ctx -> unlock(ctx, Lock.SIGNUP));
        table.post(MEMBERS + "/{memberId}/resend-code", StaffPermission.HELP_MEMBERS, this::resendCode);
        table.post(MEMBERS + "/{memberId}/extend", StaffPermission.HELP_MEMBERS, this::extend);
        table.post(MEMBERS + "/{memberId}/send-back", StaffPermission.HELP_MEMBERS, this::sendBack);
        table.post(MEMBERS + "/{memberId}/notes", StaffPermission.HELP_MEMBERS, this::writeNote);
        table.get(MEMBERS + "/{memberId}/proxy", StaffPermission.HELP_MEMBERS, this::proxy);
        table.post(MEMBERS + "/{memberId}/proxy/answers", StaffPermission.HELP_MEMBERS, this::saveAnswers);
        table.post(MEMBERS + "/{memberId}/proxy/documents", StaffPermission.HELP_MEMBERS, this::uploadDocument);
        table.post(MEMBERS + "/{memberId}/proxy/submit", StaffPermission.HELP_MEMBERS, this::submit);
        table.get(MEMBERS + "/{memberId}/documents/{documentId}", StaffPermission.VIEW_DOCUMENTS, this::viewDocument);
        table.get(AUDIT_LOG, StaffPermission.VIEW_AUDIT_LOG, this::auditLog);
        table.get(AUDIT_LOG + "/export", StaffPermission.VIEW_AUDIT_LOG, this::exportAuditLog);
    }

    @Override
    public List<StaffPage.MenuItem> menu() {
        return List.of(new StaffPage.MenuItem(MEMBERS, "helpdesk.menu.members", Optional.of(StaffPermission.LOOK_UP_MEMBERS)),
                new StaffPage.MenuItem(AUDIT_LOG, "helpdesk.menu.auditLog", Optional.of(StaffPermission.VIEW_AUDIT_LOG)));
    }

    private static String query(Context ctx, String name) {
        String value = ctx.queryParam(name);
        return value == null ? "" : value;
    }

    private static int page(Context ctx) {
        String raw = query(ctx, "page");
        return raw.matches("[0-9]{1,4}") ? Integer.parseInt(raw) : 0;
    }

    /** The member id of the path; anything that is not one is simply not found. */
    private static MemberId member(Context ctx) {
        String raw = ctx.pathParam("memberId");
        if (!raw.matches("[1-9][0-9]{0,17}")) {
            throw new NotFoundResponse();
        }
        return new MemberId(Long.parseLong(raw));
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    private Messages messages() {
        return views.messages();
    }

    private void search(Context ctx) {
        SignedInStaff staff = StaffRequest.staff(ctx);
        String by = query(ctx, "by");
        Map<String, Object> model = new HashMap<>();
        model.put("by", by.isEmpty() ? "kana" : by);
        model.put("q", query(ctx, "q"));
        model.put("symbol", query(ctx, "symbol"));
        model.put("number", query(ctx, "number"));
        model.put("result", null);
        model.put("error", null);
        model.put("pagerQuery", "by=" + encode(by) + "&q=" + encode(query(ctx, "q")) + "&symbol=" + encode(query(ctx, "symbol"))
                + "&number=" + encode(query(ctx, "number")));
        Optional<MemberQuery> memberQuery = switch (by) {
            case "kana" -> Optional.of(new MemberQuery.ByKana(query(ctx, "q")));
            case "card" -> Optional.of(new MemberQuery.ByCard(query(ctx, "symbol"), query(ctx, "number")));
            case "userId" -> Optional.of(new MemberQuery.ByUserId(query(ctx, "q")));
            case "email" -> Optional.of(new MemberQuery.ByEmail(query(ctx, "q")));
            default -> Optional.empty();
        };
        if (memberQuery.isPresent()) {
            FindMemberResult result = useCases.find().findMember(new FindMemberCommand(staff, memberQuery.get(), page(ctx),
                    clients.of(ctx)));
            if (result instanceof FindMemberResult.Invalid invalid) {
                model.put("error", messages().text(invalid.code()));
            } else {
                model.put("result", result);
            }
        }
        views.render(ctx, "helpdesk/search.jte", "helpdesk.search.title", model);
    }

    private void memberCase(Context ctx) {
        renderCase(ctx, member(ctx), ActionFailure.none());
    }

    private void renderCase(Context ctx, MemberId member, ActionFailure failure) {
        SignedInStaff staff = StaffRequest.staff(ctx);
        ShowMemberCaseResult result = useCases.show().showMemberCase(staff, member, clients.of(ctx));
        if (!(result instanceof ShowMemberCaseResult.Shown shown)) {
            throw new NotFoundResponse();
        }
        views.render(ctx, "helpdesk/case.jte", "helpdesk.case.title", Map.of(
                "view", CaseView.of(shown.memberCase(), messages()),
                "mayHelp", staff.may(StaffPermission.HELP_MEMBERS),
                "mayViewDocuments", staff.may(StaffPermission.VIEW_DOCUMENTS),
                "failure", failure,
                "noteKey", newFormKey()));
    }

    /** A fresh one-time key for the note form: the same form sent twice carries the same key and saves one note. */
    private String newFormKey() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return java.util.HexFormat.of().formatHex(bytes);
    }

    /**
     * Shows the case screen again with the refusal in the error summary and at its field, and what
     * was typed in that form kept (422: the request was understood, its content refused).
     */
    private void refuse(Context ctx, MemberId member, String form, String fieldId, String code, String... fields) {
        Map<String, String> values = new HashMap<>();
        for (String field : fields) {
            String value = ctx.formParam(field);
            if (value != null) {
                values.put(field, value);
            }
        }
        ctx.status(422);
        renderCase(ctx, member, new ActionFailure(form, fieldId, messages().text(code), values));
    }

    /** Opens a proof document as the member's own page does: photos in the tab, a PDF saved, nothing run. */
    private void viewDocument(Context ctx) {
        MemberId member = member(ctx);
        String raw = ctx.pathParam("documentId");
        Optional<StoredDocument.Id> id = raw.matches("[0-9a-f]{32}") ? Optional.of(new StoredDocument.Id(raw)) : Optional.empty();
        DocumentDownload download;
        try {
            download = id.flatMap(d -> useCases.viewDocument().viewMemberDocument(StaffRequest.staff(ctx),
                    member, d, clients.of(ctx))).orElseThrow(NotFoundResponse::new);
        } catch (jp.kenpo.kennin.application.survey.DocumentPurgedException purged) {
            // --- objectstore --- the retention period passed: the file is gone, its record stays; say so on the case
            done(ctx, member, Flash.info("helpdesk.document.purged", purged.purgedAt()
                    .atZone(java.time.ZoneId.of("Asia/Tokyo")).toLocalDate().toString()));
            return;
        }
        DocumentType type = download.document().stored().type();
        String name = download.document().fileName();
        ctx.header("Content-Disposition", type == DocumentType.PDF ? ContentDisposition.attachment(name)
                : ContentDisposition.inline(name));
        ctx.header("Cache-Control", "no-store");
        ctx.header("Content-Security-Policy", "default-src 'none'; img-src 'self'; sandbox");
        ctx.contentType(type.mimeType());
        ctx.result(download.content());
    }

    private String back(MemberId member) {
        return MEMBERS + "/" + member.value();
    }

    private void done(Context ctx, MemberId member, Flash flash) {
        StaffRequest.flash(ctx, flash);
        Redirects.seeOther(ctx, back(member));
    }

    private void unlock(Context ctx, Lock lock) {
        MemberId member = member(ctx);
        UnlockMemberResult result = useCases.unlock().unlockMember(new UnlockMemberCommand(StaffRequest.staff(ctx), member,
                lock, ctx.formParam("reason"), clients.of(ctx)));
        if (result instanceof UnlockMemberResult.NotFound) {
            throw new NotFoundResponse();
        }
        if (result instanceof UnlockMemberResult.Invalid invalid) {
            String form = lock == Lock.LOGIN ? "login" : "signup";
            refuse(ctx, member, form, "reason-" + form, invalid.code(), "reason");
            return;
        }
        done(ctx, member, Flash.info(lock == Lock.LOGIN ? "helpdesk.done.loginUnlocked" : "helpdesk.done.signupUnlocked"));
    }

    private void resendCode(Context ctx) {
        MemberId member = member(ctx);
        ResendMemberCodeResult result = useCases.resend().resendMemberCode(new ResendMemberCodeCommand(StaffRequest.staff(ctx),
                member, ctx.formParam("reason"), clients.of(ctx)));
        if (result instanceof ResendMemberCodeResult.NotFound) {
            throw new NotFoundResponse();
        }
        if (result instanceof ResendMemberCodeResult.Invalid invalid) {
            refuse(ctx, member, "resend", "reason-resend", invalid.code(), "reason");
            return;
        }
        ResendCodeResult outcome = ((ResendMemberCodeResult.Done) result).outcome();
        Flash flash;
        if (outcome instanceof ResendCodeResult.Resent resent) {
            flash = Flash.info("helpdesk.done.codeResent", resent.maskedEmail());
        } else if (outcome instanceof ResendCodeResult.CoolingDown cooling) {
            flash = Flash.error("helpdesk.resend.coolingDown", cooling.secondsLeft());
        } else {
            flash = Flash.error("helpdesk.resend." + outcome.getClass().getSimpleName());
        }
        done(ctx, member, flash);
    }

    private void extend(Context ctx) {
        MemberId member = member(ctx);
        ExtendSurveyDeadlineResult result = useCases.extend().extendMemberDeadline(new ExtendMemberDeadlineCommand(
                StaffRequest.staff(ctx), member, ctx.formParam("until"), ctx.formParam("reason"), clients.of(ctx)));
        if (result instanceof ExtendSurveyDeadlineResult.NotFound) {
            throw new NotFoundResponse();
        }
        if (result instanceof ExtendSurveyDeadlineResult.Invalid invalid) {
            refuse(ctx, member, "extend", invalid.code().startsWith("survey.extension") ? "until" : "reason-extend",
                    invalid.code(), "until", "reason");
            return;
        }
        done(ctx, member, Flash.info("helpdesk.done.extended", CaseView.day(((ExtendSurveyDeadlineResult.Extended) result).deadline()
                .day())));
    }

    private void sendBack(Context ctx) {
        MemberId member = member(ctx);
        String dependent = ctx.formParam("dependent");
        if (dependent == null || !dependent.matches("[1-9][0-9]{0,17}")) {
            throw new NotFoundResponse();
        }
        ReturnSurveyResponseResult result = useCases.sendBack().returnMemberResponse(new ReturnMemberResponseCommand(
                StaffRequest.staff(ctx), member, new DependentId(Long.parseLong(dependent)), ctx.formParam("reason"),
                clients.of(ctx)));
        if (result instanceof ReturnSurveyResponseResult.NotFound) {
            throw new NotFoundResponse();
        }
        if (result instanceof ReturnSurveyResponseResult.Invalid invalid) {
            refuse(ctx, member, "back-" + dependent, "back-reason-" + dependent, invalid.code(), "reason");
            return;
        }
        Flash flash;
        if (result instanceof ReturnSurveyResponseResult.NotSubmitted) {
            flash = Flash.error("helpdesk.sendBack.notSubmitted");
        } else {
            flash = Flash.info(((ReturnSurveyResponseResult.Returned) result).mailSent() ? "helpdesk.done.sentBack"
                    : "helpdesk.done.sentBackMailFailed");
        }
        done(ctx, member, flash);
    }

    private void writeNote(Context ctx) {
        MemberId member = member(ctx);
        WriteCallNoteResult result = useCases.writeNote().writeCallNote(new WriteCallNoteCommand(StaffRequest.staff(ctx),
                member, ctx.formParam("text"), ctx.formParam("formKey"), clients.of(ctx)));
        if (result instanceof WriteCallNoteResult.NotFound) {
            throw new NotFoundResponse();
        }
        if (result instanceof WriteCallNoteResult.Invalid invalid) {
            refuse(ctx, member, "note", "note-text", invalid.code(), "text");
            return;
        }
        // A second send of the same form (a double click) ends like the first: the one note is there.
        done(ctx, member, Flash.info("helpdesk.done.noteWritten"));
    }

    private void proxy(Context ctx) {
        renderProxy(ctx, member(ctx), ActionFailure.none());
    }

    private void renderProxy(Context ctx, MemberId member, ActionFailure failure) {
        ShowMemberCaseResult result = useCases.show().showMemberCase(StaffRequest.staff(ctx), member, clients.of(ctx));
        if (!(result instanceof ShowMemberCaseResult.Shown shown)) {
            throw new NotFoundResponse();
        }
        views.render(ctx, "helpdesk/proxy.jte", "helpdesk.proxy.title",
                Map.of("view", ProxyView.of(shown.memberCase(), messages(), failure), "failure", failure));
    }

    /** The 代行入力 page again with the refusal at the top and at the reason, keeping what was typed (answers too). */
    private void refuseProxy(Context ctx, MemberId member, String form, String code, String... fields) {
        Map<String, String> values = new HashMap<>();
        for (String field : fields) {
            String value = ctx.formParam(field);
            if (value != null) {
                values.put(field, value);
            }
        }
        ctx.status(422);
        renderProxy(ctx, member, new ActionFailure(form, "reason-" + form, messages().text(code), values));
    }

    private String proxyPath(MemberId member) {
        return back(member) + "/proxy";
    }

    private void proxyDone(Context ctx, MemberId member, Flash flash) {
        StaffRequest.flash(ctx, flash);
        Redirects.seeOther(ctx, proxyPath(member));
    }

    private static DependentId dependent(Context ctx) {
        String raw = ctx.formParam("dependent");
        if (raw == null || !raw.matches("[1-9][0-9]{0,17}")) {
            throw new NotFoundResponse();
        }
        return new DependentId(Long.parseLong(raw));
    }

    /** A code's text when this site has one, else a general one: document checks speak in many codes. */
    private Flash error(String code, String fallback) {
        return Flash.error(messages().has(code) ? code : fallback);
    }

    private void saveAnswers(Context ctx) {
        MemberId member = member(ctx);
        Map<Question, String> answers = new EnumMap<>(Question.class);
        for (Question q : Question.values()) {
            String value = ctx.formParam(q.name());
            if (value != null) {
                answers.put(q, value);
            }
        }
        SaveAnswersForMemberResult result = useCases.saveAnswers().saveAnswersForMember(new SaveAnswersForMemberCommand(
                StaffRequest.staff(ctx), member, dependent(ctx), answers, ctx.formParam("reason"), clients.of(ctx)));
        if (result instanceof SaveAnswersForMemberResult.NotFound) {
            throw new NotFoundResponse();
        }
        if (result instanceof SaveAnswersForMemberResult.Invalid invalid) {
            List<String> fields = new java.util.ArrayList<>(Arrays.stream(Question.values()).map(Enum::name).toList());
            fields.add("reason");
            refuseProxy(ctx, member, "answers-" + dependent(ctx).value(), invalid.code(), fields.toArray(String[]::new));
            return;
        }
        Flash flash;
        SaveSurveyAnswersResult outcome = ((SaveAnswersForMemberResult.Done) result).outcome();
        if (outcome instanceof SaveSurveyAnswersResult.Saved saved) {
            flash = saved.problems().isEmpty() ? Flash.info("helpdesk.done.answersSaved")
                    : Flash.error("helpdesk.proxy.someUnreadable", saved.problems().keySet().stream()
                    .map(q -> messages().text("survey.question." + q.name())).reduce((a, b) -> a + "、" + b).orElse(""));
        } else {
            flash = Flash.error("helpdesk.proxy.readOnly");
        }
        proxyDone(ctx, member, flash);
    }

    private void uploadDocument(Context ctx) {
        MemberId member = member(ctx);
        // Without a file the use case still decides whose member this is (404 for another insurer's) and
        // refuses the empty content like any unreadable file.
        UploadedFile file = ctx.isMultipartFormData() ? ctx.uploadedFile("file") : null;
        UploadDocumentForMemberResult result;
        try (InputStream content = file == null ? InputStream.nullInputStream() : file.content()) {
            result = useCases.uploadDocument().uploadDocumentForMember(new UploadDocumentForMemberCommand(
                    StaffRequest.staff(ctx), member, dependent(ctx), ctx.formParam("kind"), content,
                    file == null ? null : file.filename(), file == null ? null : file.contentType(), ctx.formParam("reason"),
                    clients.of(ctx)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (result instanceof UploadDocumentForMemberResult.NotFound) {
            throw new NotFoundResponse();
        }
        if (result instanceof UploadDocumentForMemberResult.Invalid invalid) {
            refuseProxy(ctx, member, "document-" + dependent(ctx).value(), invalid.code(), "reason");
            return;
        }
        Flash flash;
        UploadSurveyDocumentResult outcome = ((UploadDocumentForMemberResult.Done) result).outcome();
        if (outcome instanceof UploadSurveyDocumentResult.Uploaded) {
            flash = Flash.info("helpdesk.done.documentUploaded");
        } else if (outcome instanceof UploadSurveyDocumentResult.Rejected rejected) {
            flash = error(rejected.code(), "helpdesk.proxy.uploadRejected");
        } else {
            flash = Flash.error("helpdesk.proxy.readOnly");
        }
        proxyDone(ctx, member, flash);
    }

    private void submit(Context ctx) {
        MemberId member = member(ctx);
        SubmitForMemberResult result = useCases.submit().submitForMember(new SubmitForMemberCommand(StaffRequest.staff(ctx),
                member, ctx.formParam("reason"), clients.of(ctx)));
        if (result instanceof SubmitForMemberResult.NotFound) {
            throw new NotFoundResponse();
        }
        if (result instanceof SubmitForMemberResult.Invalid invalid) {
            refuseProxy(ctx, member, "submit", invalid.code(), "reason");
            return;
        }
        Flash flash;
        SubmitSurveyResult outcome = ((SubmitForMemberResult.Done) result).outcome();
        if (outcome instanceof SubmitSurveyResult.Submitted submitted) {
            flash = Flash.info("helpdesk.done.submitted", submitted.submission().receipt().value());
        } else if (outcome instanceof SubmitSurveyResult.Incomplete incomplete) {
            flash = Flash.error("helpdesk.proxy.incomplete", incomplete.notReady().size());
        } else if (outcome instanceof SubmitSurveyResult.Late late) {
            flash = Flash.error("helpdesk.proxy.late", CaseView.day(late.deadline().day()));
        } else {
            flash = Flash.error("helpdesk.proxy.nothingToSubmit");
        }
        proxyDone(ctx, member, flash);
    }

    private static AuditLogFilter filter(Context ctx) {
        return new AuditLogFilter(query(ctx, "staff"), query(ctx, "member"), query(ctx, "action"), query(ctx, "from"),
                query(ctx, "to"));
    }

    private void auditLog(Context ctx) {
        AuditLogFilter filter = filter(ctx);
        QueryAuditLogResult result = useCases.queryLog().queryAuditLog(new QueryAuditLogCommand(StaffRequest.staff(ctx),
                filter, page(ctx), clients.of(ctx)));
        Map<String, Object> model = new HashMap<>();
        model.put("filter", filter);
        model.put("actions", Arrays.stream(AuditAction.values()).map(Enum::name).toList());
        model.put("result", result instanceof QueryAuditLogResult.Page p ? p : null);
        model.put("error", result instanceof QueryAuditLogResult.Invalid invalid ? messages().text(invalid.code()) : null);
        model.put("query", ctx.queryString() == null ? "" : ctx.queryString().replaceAll("(^|&)page=[^&]*", ""));
        views.render(ctx, "helpdesk/audit-log.jte", "helpdesk.auditLog.title", model);
    }

    private void exportAuditLog(Context ctx) {
        ExportAuditLogResult result = useCases.exportLog().exportAuditLog(new ExportAuditLogCommand(StaffRequest.staff(ctx),
                filter(ctx), clients.of(ctx)));
        if (result instanceof ExportAuditLogResult.Invalid invalid) {
            StaffRequest.flash(ctx, Flash.error(invalid.code()));
            Redirects.seeOther(ctx, AUDIT_LOG);
            return;
        }
        ExportAuditLogResult.Exported exported = (ExportAuditLogResult.Exported) result;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            AuditLogCsv.write(exported.lines(), List.of(messages().text("helpdesk.csv.header").split(",")), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ctx.header("Content-Disposition", ContentDisposition.attachment("audit-log.csv"));
        ctx.header("Cache-Control", "no-store");
        ctx.contentType("text/csv; charset=utf-8").result(out.toByteArray());
    }
}
