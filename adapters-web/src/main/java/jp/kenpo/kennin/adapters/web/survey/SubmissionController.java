package jp.kenpo.kennin.adapters.web.survey;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.Map;
import java.util.Optional;
import jp.kenpo.kennin.adapters.web.kit.ContentDisposition;
import jp.kenpo.kennin.adapters.web.support.AccessGuard;
import jp.kenpo.kennin.adapters.web.kit.ClientAddresses;
import jp.kenpo.kennin.adapters.web.support.DisplayFormats;
import jp.kenpo.kennin.adapters.web.kit.Flash;
import jp.kenpo.kennin.adapters.web.support.Paths;
import jp.kenpo.kennin.adapters.web.kit.Redirects;
import jp.kenpo.kennin.adapters.web.support.Views;
import jp.kenpo.kennin.adapters.web.support.WebSession;
import jp.kenpo.kennin.application.survey.DownloadSubmissionReceiptUseCase;
import jp.kenpo.kennin.application.survey.DownloadSubmissionReceiptUseCase.DownloadSubmissionReceiptCommand;
import jp.kenpo.kennin.application.survey.DownloadSubmissionReceiptUseCase.ReceiptDownload;
import jp.kenpo.kennin.application.survey.ShowSurveyConfirmationUseCase;
import jp.kenpo.kennin.application.survey.ShowSurveyConfirmationUseCase.SurveyConfirmation;
import jp.kenpo.kennin.application.survey.SubmitSurveyUseCase;
import jp.kenpo.kennin.application.survey.SubmitSurveyUseCase.ConfirmationMail;
import jp.kenpo.kennin.application.survey.SubmitSurveyUseCase.SubmitSurveyResult;

/**
 * 確認画面 and 提出: every answer and file on one page, one button, then the receipt. The receipt page stays
 * at {@link #SUBMITTED} (a GET showing the latest submission, for the main screen to link to), and its PDF copy
 * at {@link #RECEIPT_PDF}.
 */
public final class SubmissionController {
    public static final String CONFIRM = "/survey/confirm";
    public static final String SUBMIT = "/survey/submit";
    public static final String SUBMITTED = "/survey/submitted";
    public static final String RECEIPT_PDF = "/survey/receipt.pdf";
    private static final String RECEIPT_MAIL = "kennin.survey.receiptMail";

    /** What became of one receipt's confirmation mail, kept in the session for the receipt page after the redirect. */
    private record ReceiptMail(String receipt, ConfirmationMail mail) {
        String encode() {
            return mail.name() + ":" + receipt;
        }

        static Optional<ReceiptMail> decode(String text) {
            int colon = text.indexOf(':');
            try {
                return Optional.of(new ReceiptMail(text.substring(colon + 1), ConfirmationMail.valueOf(text.substring(0, colon))));
            } catch (RuntimeException damaged) {
                return Optional.empty();
            }
        }
    }

    private final ShowSurveyConfirmationUseCase showConfirmation;
    private final SubmitSurveyUseCase submit;
    private final DownloadSubmissionReceiptUseCase downloadReceipt;
    private final Views views;
    private final ClientAddresses clients;
    private final DisplayFormats formats;

    public SubmissionController(ShowSurveyConfirmationUseCase showConfirmation, SubmitSurveyUseCase submit,
                                DownloadSubmissionReceiptUseCase downloadReceipt, Views views, ClientAddresses clients,
                                DisplayFormats formats) {
        this.showConfirmation = showConfirmation;
        this.submit = submit;
        this.downloadReceipt = downloadReceipt;
        this.views = views;
        this.clients = clients;
        this.formats = formats;
    }

    public void confirm(Context ctx) {
        views.render(ctx, "survey/confirm.jte", "survey.confirm.title", Map.of("confirmation", confirmation(ctx),
                "formats", formats));
    }

    public void submit(Context ctx) {
        SubmitSurveyResult result = submit.submitSurvey(AccessGuard.account(ctx), clients.of(ctx));
        WebSession session = WebSession.of(ctx);
        if (result instanceof SubmitSurveyResult.Submitted submitted) {
            session.put(RECEIPT_MAIL, new ReceiptMail(submitted.submission().receipt().value(), submitted.confirmationMail()).encode());
            Redirects.seeOther(ctx, SUBMITTED);
            return;
        }
        if (result instanceof SubmitSurveyResult.Late late) {
            session.flash(Flash.error("survey.submit.late", formats.date(late.deadline().day())));
        } else if (result instanceof SubmitSurveyResult.Incomplete) {
            session.flash(Flash.error("survey.submit.incomplete"));
        } else if (result instanceof SubmitSurveyResult.NothingToSubmit) {
            session.flash(Flash.info("survey.submit.nothing"));
        } else {
            Redirects.seeOther(ctx, Paths.HOME);
            return;
        }
        Redirects.seeOther(ctx, CONFIRM);
    }

    /** The receipt page; reloading it shows the same receipt and submits nothing. */
    public void submitted(Context ctx) {
        SurveyConfirmation confirmation = confirmation(ctx);
        if (confirmation.lastSubmission().isEmpty()) {
            Redirects.seeOther(ctx, CONFIRM);
            return;
        }
        // Known only in the session that submitted: elsewhere (another device, a later login) the page claims nothing.
        String receipt = confirmation.lastSubmission().get().receipt().value();
        Optional<ConfirmationMail> mail = WebSession.of(ctx).get(RECEIPT_MAIL).flatMap(ReceiptMail::decode)
                .filter(m -> m.receipt().equals(receipt)).map(ReceiptMail::mail);
        views.render(ctx, "survey/submitted.jte", "survey.submitted.title", Map.of("confirmation", confirmation,
                "formats", formats, "mail", mail));
    }

    /**
     * The PDF copy of the member's latest submission, saved rather than opened: 404 before any submission and
     * for anyone else's (the use case only ever finds the account's own).
     */
    public void receiptPdf(Context ctx) {
        ReceiptDownload copy = downloadReceipt.downloadSubmissionReceipt(new DownloadSubmissionReceiptCommand(
                AccessGuard.account(ctx), views.language(ctx), clients.of(ctx))).orElseThrow(NotFoundResponse::new);
        ctx.header("Content-Disposition", ContentDisposition.attachment("receipt-" + copy.receipt().value() + ".pdf"));
        ctx.header("Cache-Control", "no-store");
        ctx.contentType("application/pdf");
        ctx.result(copy.pdf());
    }

    private SurveyConfirmation confirmation(Context ctx) {
        return showConfirmation.showSurveyConfirmation(AccessGuard.account(ctx), clients.of(ctx))
                .orElseThrow(NotFoundResponse::new);
    }
}
