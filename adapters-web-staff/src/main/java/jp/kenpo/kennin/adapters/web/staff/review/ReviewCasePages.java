package jp.kenpo.kennin.adapters.web.staff.review;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.kenpo.kennin.adapters.web.kit.ClientAddresses;
import jp.kenpo.kennin.adapters.web.kit.Flash;
import jp.kenpo.kennin.adapters.web.kit.Messages;
import jp.kenpo.kennin.adapters.web.kit.Redirects;
import jp.kenpo.kennin.adapters.web.staff.StaffPages;
import jp.kenpo.kennin.adapters.web.staff.StaffRequest;
import jp.kenpo.kennin.adapters.web.staff.StaffRouteTable;
import jp.kenpo.kennin.adapters.web.staff.StaffViews;
import jp.kenpo.kennin.adapters.web.staff.helpdesk.ActionFailure;
import jp.kenpo.kennin.application.document.DocumentRenditionPort;
import jp.kenpo.kennin.application.document.StoredDocument;
import jp.kenpo.kennin.application.review.ApproveDecisionUseCase.ApproveDecisionCommand;
import jp.kenpo.kennin.application.review.ApproveDecisionUseCase.ApproveDecisionResult;
import jp.kenpo.kennin.application.review.ApproveDecisionUseCase.Verdict;
import jp.kenpo.kennin.application.review.ClaimReviewUseCase.ClaimAction;
import jp.kenpo.kennin.application.review.ClaimReviewUseCase.ClaimReviewCommand;
import jp.kenpo.kennin.application.review.ClaimReviewUseCase.ClaimReviewResult;
import jp.kenpo.kennin.application.review.CountDocumentPagesUseCase;
import jp.kenpo.kennin.application.review.CountDocumentPagesUseCase.CountDocumentPagesCommand;
import jp.kenpo.kennin.application.review.DecideDependentUseCase.DecideDependentCommand;
import jp.kenpo.kennin.application.review.DecideDependentUseCase.DecideDependentResult;
import jp.kenpo.kennin.application.review.RejectDocumentUseCase.RejectDocumentCommand;
import jp.kenpo.kennin.application.review.RejectDocumentUseCase.RejectDocumentResult;
import jp.kenpo.kennin.application.review.RequestExtraDocumentUseCase.RequestExtraDocumentCommand;
import jp.kenpo.kennin.application.review.RequestExtraDocumentUseCase.RequestExtraDocumentResult;
import jp.kenpo.kennin.application.review.ReturnSurveyResponseUseCase.ReturnSurveyResponseResult;
import jp.kenpo.kennin.application.review.ReviewCase;
import jp.kenpo.kennin.application.review.ReviewUseCases;
import jp.kenpo.kennin.application.review.SendBackResponseUseCase.SendBackResponseCommand;
import jp.kenpo.kennin.application.review.ShowReviewCaseUseCase.ShowReviewCaseCommand;
import jp.kenpo.kennin.application.review.ShowReviewCaseUseCase.ShowReviewCaseResult;
import jp.kenpo.kennin.application.review.ViewDocumentRenditionUseCase;
import jp.kenpo.kennin.application.review.ViewDocumentRenditionUseCase.ViewDocumentRenditionCommand;
import jp.kenpo.kennin.application.review.ViewDocumentRenditionUseCase.ViewDocumentRenditionResult;
import jp.kenpo.kennin.application.staff.SignedInStaff;
import jp.kenpo.kennin.domain.dependent.DependentId;
import jp.kenpo.kennin.domain.eligibility.DocumentKind;
import jp.kenpo.kennin.domain.member.MemberId;
import jp.kenpo.kennin.domain.review.DecisionState;
import jp.kenpo.kennin.domain.review.DocumentRejectionReason;
import jp.kenpo.kennin.domain.review.RemovalReason;
import jp.kenpo.kennin.domain.review.ReviewDecision;
import jp.kenpo.kennin.domain.staff.StaffPermission;

/**
 * The review screen (審査) of one member's submission under /admin/review/members/{memberId}: per
 * dependent the answers, the engine's judgement, the files shown inline as page images made on the
 * server, the decisions and their forms. Each form posts, and either redirects back with a one-time
 * message or, when its content is refused, shows the screen again with the GOV.UK error summary
 * (422). Every page reads through a staff use case scoped by the signed-in staff's insurer: another
 * insurer's member or file is 404, exactly like an unknown one.
 */
public final class ReviewCasePages implements StaffPages {
    static final String MEMBERS = "/admin/review/members";
    private static final int MAX_SHOWN_PAGE = 9999;

    private final ReviewUseCases review;
    private final ViewDocumentRenditionUseCase renditions;
    private final CountDocumentPagesUseCase pageCounts;
    private final ClientAddresses clients;
    private StaffViews views;

    public ReviewCasePages(ReviewUseCases review, ViewDocumentRenditionUseCase renditions, CountDocumentPagesUseCase pageCounts,
                           ClientAddresses clients) {
        this.review = review;
        this.renditions = renditions;
        this.pageCounts = pageCounts;
        this.clients = clients;
    }

    @Override
    public void routes(StaffRouteTable table, StaffViews views) {
        this.views = views;
        String one = MEMBERS + "/{memberId}";
        table.get(one, StaffPermission.REVIEW, this::screen);
        table.get(one + "/documents/{documentId}/pages/{page}", StaffPermission.VIEW_DOCUMENTS, this::pageImage);
        table.post(one + "/take", StaffPermission.REVIEW, ctx -> claim(ctx, ClaimAction.TAKE));
        table.post(one + "/release", StaffPermission.REVIEW, ctx -> claim(ctx, ClaimAction.RELEASE));
        table.post(one + "/continue", StaffPermission.REVIEW, this::decideContinue);
        table.post(one + "/remove", StaffPermission.REVIEW, this::decideRemove);
        table.post(one + "/send-back", StaffPermission.REVIEW, this::sendBack);
        table.post(one + "/extra-document", StaffPermission.REVIEW, this::requestExtraDocument);
        table.post(one + "/reject-file", StaffPermission.REVIEW, this::rejectFile);
        table.post(one + "/approve", StaffPermission.REVIEW, ctx -> approve(ctx, Verdict.APPROVE));
        table.post(one + "/return-to-decider", StaffPermission.REVIEW, ctx -> approve(ctx, Verdict.SEND_BACK_TO_DECIDER));
    }

    private Messages messages() {
        return views.messages();
    }

    /** The member id of the path; anything that is not one is simply not found. */
    private static MemberId member(Context ctx) {
        String raw = ctx.pathParam("memberId");
        if (!raw.matches("[1-9][0-9]{0,17}")) {
            throw new NotFoundResponse();
        }
        return new MemberId(Long.parseLong(raw));
    }

    /** The dependent a form names; a form naming none names no dependent of this member. */
    private static DependentId dependent(Context ctx) {
        String raw = ctx.formParam("dependent");
        if (raw == null || !raw.matches("[1-9][0-9]{0,17}")) {
            throw new NotFoundResponse();
        }
        return new DependentId(Long.parseLong(raw));
    }

    private static Optional<StoredDocument.Id> documentId(String raw) {
        return raw != null && raw.matches("[0-9a-f]{32}") ? Optional.of(new StoredDocument.Id(raw)) : Optional.empty();
    }

    private static String field(Context ctx, String name) {
        String value = ctx.formParam(name);
        return value == null ? "" : value;
    }

    private static <E extends Enum<E>> Optional<E> choice(Class<E> type, String raw) {
        for (E value : type.getEnumConstants()) {
            if (value.name().equals(raw)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    private void screen(Context ctx) {
        renderCase(ctx, member(ctx), ActionFailure.none());
    }

    private void renderCase(Context ctx, MemberId member, ActionFailure failure) {
        SignedInStaff staff = StaffRequest.staff(ctx);
        ShowReviewCaseResult result = review.show().showReviewCase(new ShowReviewCaseCommand(staff, member, clients.of(ctx)));
        if (!(result instanceof ShowReviewCaseResult.Shown shown)) {
            throw new NotFoundResponse();
        }
        ReviewCase reviewCase = shown.reviewCase();
        boolean mayViewDocuments = staff.may(StaffPermission.VIEW_DOCUMENTS);
        Map<StoredDocument.Id, DocumentRenditionPort.PageCount> pages = Map.of();
        if (mayViewDocuments) {
            List<StoredDocument.Id> files = reviewCase.dependents().stream().flatMap(d -> d.files().stream())
                    .map(f -> f.id()).toList();
            pages = pageCounts.countDocumentPages(new CountDocumentPagesCommand(staff, member, files));
        }
        Map<String, Object> model = new HashMap<>();
        model.put("view", ReviewCaseView.of(reviewCase, staff.id(), pages, messages()));
        model.put("failure", failure);
        model.put("mayViewDocuments", mayViewDocuments);
        views.render(ctx, "review/case.jte", "screens.title", model);
    }

    /**
     * Shows the screen again with the refusal in the error summary and at its field, and what was
     * typed in that form kept (422: the request was understood, its content refused).
     */
    private void refuse(Context ctx, MemberId member, String form, String fieldId, String code, String... fields) {
        Map<String, String> values = new HashMap<>();
        for (String name : fields) {
            String value = ctx.formParam(name);
            if (value != null) {
                values.put(name, value);
            }
        }
        ctx.status(422);
        renderCase(ctx, member, new ActionFailure(form, fieldId, text(code), values));
    }

    /** A refusal code's words: this screen's own, else the staff bundle's, else the review's shared texts. */
    private String text(String code) {
        if (messages().has("screens." + code)) {
            return messages().text("screens." + code);
        }
        if (messages().has(code)) {
            return messages().text(code);
        }
        return jp.kenpo.kennin.domain.review.ReviewTexts.pattern(code, messages().locale())
                .map(p -> jp.kenpo.kennin.domain.review.ReviewTexts.text(code, messages().locale()))
                .orElseGet(() -> messages().text("screens.invalid"));
    }

    private void done(Context ctx, MemberId member, Flash flash) {
        StaffRequest.flash(ctx, flash);
        Redirects.seeOther(ctx, MEMBERS + "/" + member.value());
    }

    /** One page of a file as PNG or JPEG made on the server; never the file itself. */
    private void pageImage(Context ctx) {
        MemberId member = member(ctx);
        StoredDocument.Id id = documentId(ctx.pathParam("documentId")).orElseThrow(NotFoundResponse::new);
        String rawPage = ctx.pathParam("page");
        if (!rawPage.matches("[1-9][0-9]{0,3}") || Integer.parseInt(rawPage) > MAX_SHOWN_PAGE) {
            throw new NotFoundResponse();
        }
        int page = Integer.parseInt(rawPage);
        ViewDocumentRenditionResult result = renditions.viewDocumentRendition(new ViewDocumentRenditionCommand(
                StaffRequest.staff(ctx), member, id, page, clients.of(ctx)));
        if (result instanceof ViewDocumentRenditionResult.Shown shown) {
            DocumentRenditionPort.PageImage image = shown.image();
            ctx.header("Cache-Control", "no-store");
            ctx.header("X-Content-Type-Options", "nosniff");
            ctx.header("Content-Security-Policy", "default-src 'none'; sandbox");
            ctx.header("Content-Disposition", "inline; filename=\"page-" + page
                    + ("image/png".equals(image.mimeType()) ? ".png" : ".jpg") + "\"");
            ctx.contentType(image.mimeType());
            ctx.result(image.bytes());
            return;
        }
        if (result instanceof ViewDocumentRenditionResult.CannotDisplay cannot) {
            ctx.header("Cache-Control", "no-store");
            ctx.status(422).contentType("text/plain; charset=utf-8")
                    .result(messages().text("screens.cannotDisplay." + cannot.reason().name()));
            return;
        }
        throw new NotFoundResponse();
    }

    private void claim(Context ctx, ClaimAction action) {
        MemberId member = member(ctx);
        ClaimReviewResult result = review.claim().claimReview(new ClaimReviewCommand(StaffRequest.staff(ctx), member, action,
                clients.of(ctx)));
        if (result instanceof ClaimReviewResult.NotFound) {
            throw new NotFoundResponse();
        }
        if (result instanceof ClaimReviewResult.HeldByOther other) {
            done(ctx, member, Flash.error("screens.refused.heldByOther", other.displayName(), ReviewCaseView.time(other.since())));
        } else if (result instanceof ClaimReviewResult.Taken) {
            done(ctx, member, Flash.info("screens.done.taken"));
        } else if (result instanceof ClaimReviewResult.Released) {
            done(ctx, member, Flash.info("screens.done.released"));
        } else {
            done(ctx, member, Flash.info("screens.done.notHeld"));
        }
    }

    private void decideContinue(Context ctx) {
        MemberId member = member(ctx);
        DependentId dependent = dependent(ctx);
        decided(ctx, member, dependent, review.decide().decideDependent(DecideDependentCommand.continuing(
                StaffRequest.staff(ctx), member, dependent, clients.of(ctx))));
    }

    private void decideRemove(Context ctx) {
        MemberId member = member(ctx);
        DependentId dependent = dependent(ctx);
        Optional<RemovalReason> reason = choice(RemovalReason.class, field(ctx, "reason"));
        decided(ctx, member, dependent, review.decide().decideDependent(new DecideDependentCommand(StaffRequest.staff(ctx),
                member, dependent, jp.kenpo.kennin.domain.review.DecisionOutcome.REMOVE, field(ctx, "lossDate"), reason,
                clients.of(ctx))));
    }

    private void decided(Context ctx, MemberId member, DependentId dependent, DecideDependentResult result) {
        if (result instanceof DecideDependentResult.NotFound) {
            throw new NotFoundResponse();
        }
        if (result instanceof DecideDependentResult.Invalid invalid) {
            String fieldId = invalid.code().endsWith("reasonRequired") ? "removal-reason-" + dependent.value()
                    : "loss-date-" + dependent.value();
            refuse(ctx, member, "remove-" + dependent.value(), fieldId, invalid.code(), "lossDate", "reason");
            return;
        }
        if (result instanceof DecideDependentResult.NotSubmitted) {
            done(ctx, member, Flash.error("screens.refused.notSubmitted"));
            return;
        }
        if (result instanceof DecideDependentResult.AlreadyDecided) {
            done(ctx, member, Flash.error("screens.refused.alreadyDecided"));
            return;
        }
        DecideDependentResult.Decided decided = (DecideDependentResult.Decided) result;
        ReviewDecision decision = decided.decision();
        String key = "screens.done." + decision.outcome().name() + (decision.state() == DecisionState.PENDING_APPROVAL
                ? ".pending" : decided.resultNoticeQueued() ? ".mailed" : "");
        done(ctx, member, Flash.info(key));
    }

    private void approve(Context ctx, Verdict verdict) {
        MemberId member = member(ctx);
        DependentId dependent = dependent(ctx);
        ApproveDecisionResult result = review.approve().approveDecision(new ApproveDecisionCommand(StaffRequest.staff(ctx),
                member, dependent, verdict, clients.of(ctx)));
        if (result instanceof ApproveDecisionResult.NotFound) {
            throw new NotFoundResponse();
        }
        if (result instanceof ApproveDecisionResult.Approved approved) {
            done(ctx, member, Flash.info(approved.resultNoticeQueued() ? "screens.done.approved.mailed" : "screens.done.approved"));
        } else if (result instanceof ApproveDecisionResult.SentBackToDecider) {
            done(ctx, member, Flash.info("screens.done.returnedToDecider"));
        } else if (result instanceof ApproveDecisionResult.OwnDecision) {
            done(ctx, member, Flash.error("screens.refused.ownDecision"));
        } else {
            done(ctx, member, Flash.error("screens.refused.notPending"));
        }
    }

    private void sendBack(Context ctx) {
        MemberId member = member(ctx);
        DependentId dependent = dependent(ctx);
        ReturnSurveyResponseResult result = review.sendBack().sendBackResponse(new SendBackResponseCommand(
                StaffRequest.staff(ctx), member, dependent, field(ctx, "message"), clients.of(ctx)));
        if (result instanceof ReturnSurveyResponseResult.NotFound) {
            throw new NotFoundResponse();
        }
        if (result instanceof ReturnSurveyResponseResult.Invalid invalid) {
            refuse(ctx, member, "back-" + dependent.value(), "back-message-" + dependent.value(), invalid.code(), "message");
        } else if (result instanceof ReturnSurveyResponseResult.NotSubmitted) {
            done(ctx, member, Flash.error("screens.refused.notSubmitted"));
        } else {
            done(ctx, member, Flash.info("screens.done.sentBack"));
        }
    }

    private void requestExtraDocument(Context ctx) {
        MemberId member = member(ctx);
        DependentId dependent = dependent(ctx);
        Optional<DocumentKind> kind = choice(DocumentKind.class, field(ctx, "kind"));
        if (kind.isEmpty()) {
            refuse(ctx, member, "extra-" + dependent.value(), "extra-kind-" + dependent.value(), "screens.extra.kindRequired",
                    "kind", "note");
            return;
        }
        RequestExtraDocumentResult result = review.requestExtraDocument().requestExtraDocument(new RequestExtraDocumentCommand(
                StaffRequest.staff(ctx), member, dependent, kind.get(), field(ctx, "note"), clients.of(ctx)));
        if (result instanceof RequestExtraDocumentResult.NotFound) {
            throw new NotFoundResponse();
        }
        if (result instanceof RequestExtraDocumentResult.Invalid invalid) {
            refuse(ctx, member, "extra-" + dependent.value(), "extra-note-" + dependent.value(), invalid.code(), "kind", "note");
        } else if (result instanceof RequestExtraDocumentResult.NotReviewable) {
            done(ctx, member, Flash.error("screens.refused.notReviewable"));
        } else {
            boolean returned = ((RequestExtraDocumentResult.Requested) result).responseReturned();
            done(ctx, member, Flash.info(returned ? "screens.done.extraRequested.returned" : "screens.done.extraRequested"));
        }
    }

    private void rejectFile(Context ctx) {
        MemberId member = member(ctx);
        String rawDocument = ctx.formParam("document");
        StoredDocument.Id file = documentId(rawDocument).orElseThrow(NotFoundResponse::new);
        Optional<DocumentRejectionReason> reason = choice(DocumentRejectionReason.class, field(ctx, "reason"));
        if (reason.isEmpty()) {
            refuse(ctx, member, "reject-" + file.value(), "reject-reason-" + file.value(), "screens.reject.reasonRequired",
                    "reason", "message");
            return;
        }
        RejectDocumentResult result = review.rejectDocument().rejectDocument(new RejectDocumentCommand(StaffRequest.staff(ctx),
                member, file, reason.get(), Optional.of(field(ctx, "message")), clients.of(ctx)));
        if (result instanceof RejectDocumentResult.NotFound) {
            throw new NotFoundResponse();
        }
        if (result instanceof RejectDocumentResult.Invalid invalid) {
            refuse(ctx, member, "reject-" + file.value(), "reject-message-" + file.value(), invalid.code(), "reason", "message");
        } else if (result instanceof RejectDocumentResult.AlreadyRejected) {
            done(ctx, member, Flash.error("screens.refused.alreadyRejected"));
        } else if (result instanceof RejectDocumentResult.NotReviewable) {
            done(ctx, member, Flash.error("screens.refused.notReviewable"));
        } else {
            boolean returned = ((RejectDocumentResult.Rejected) result).responseReturned();
            done(ctx, member, Flash.info(returned ? "screens.done.fileRejected.returned" : "screens.done.fileRejected"));
        }
    }
}
