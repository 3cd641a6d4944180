package jp.kenpo.kennin.application.review;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import jp.kenpo.kennin.application.audit.AuditTrail;
import jp.kenpo.kennin.application.audit.RecordAuditPort;
import jp.kenpo.kennin.application.mail.SendMailPort;
import jp.kenpo.kennin.application.review.ReturnSurveyResponseUseCase.ReturnSurveyResponseResult;
import jp.kenpo.kennin.application.survey.SurveyDocument;
import jp.kenpo.kennin.domain.audit.AuditAction;
import jp.kenpo.kennin.domain.dependent.Dependent;
import jp.kenpo.kennin.domain.review.FileRejection;
import jp.kenpo.kennin.domain.review.ReviewTexts;

public final class RejectDocumentService implements RejectDocumentUseCase {
    /** Staff's own words go into the return reason with the file name; the whole must fit its 1,000. */
    static final int MAX_MESSAGE = 500;

    private final ReviewPorts ports;
    private final ReviewMails mails;
    private final AuditTrail audit;
    private final Clock clock;

    public RejectDocumentService(ReviewPorts ports, SendMailPort mail, String loginUrl, RecordAuditPort audit, Clock clock) {
        this.ports = ports;
        this.mails = new ReviewMails(mail, ports.survey().accounts(), loginUrl);
        this.audit = new AuditTrail(audit, clock);
        this.clock = clock;
    }

    @Override
    public RejectDocumentResult rejectDocument(RejectDocumentCommand command) {
        Optional<StaffCase> found = ReviewScope.caseOf(ports, command.staff(), command.member());
        if (found.isEmpty()) {
            return new RejectDocumentResult.NotFound();
        }
        StaffCase c = found.get();
        Optional<SurveyDocument> file = ports.survey().documents().loadDocument(command.file())
                .filter(f -> f.insurer().equals(c.year().insurer()) && f.fiscalYear() == c.year().fiscalYear());
        Optional<Dependent> dependent = file.flatMap(f -> ReviewScope.dependent(ports, c, f.dependent()));
        if (dependent.isEmpty()) {
            return new RejectDocumentResult.NotFound();
        }
        if (command.message().map(m -> m.length() > MAX_MESSAGE).orElse(false)) {
            return new RejectDocumentResult.Invalid("review.rejection.messageTooLong");
        }
        if (file.get().rejected()) {
            return new RejectDocumentResult.AlreadyRejected();
        }
        String reason = ReviewTexts.text("review.return.fileRejected", Locale.JAPANESE, file.get().fileName(),
                ReviewTexts.text(command.reason(), Locale.JAPANESE), command.message().orElse("")).strip();
        FileRejection rejection = new FileRejection(command.reason(), command.staff().id(), clock.instant());
        Optional<Boolean> returned = ports.transactions().inTransaction(() -> {
            if (!ports.survey().documents().loadDocument(command.file()).map(f -> !f.rejected()).orElse(false)
                    || !ports.rejections().rejectDocument(command.file(), rejection)) {
                return Optional.<Boolean>empty();
            }
            // Sent back only while submitted: a response already returned just gains one more thing to fix.
            boolean sentBack = ReturnSurveyResponseService.sendBack(ports.survey(), c, dependent, reason)
                    instanceof ReturnSurveyResponseResult.Returned;
            ReviewScope.progressed(ports, c);
            return Optional.of(sentBack);
        });
        if (returned.isEmpty()) {
            return ports.survey().documents().loadDocument(command.file()).map(SurveyDocument::rejected).orElse(false)
                    ? new RejectDocumentResult.AlreadyRejected() : new RejectDocumentResult.NotReviewable();
        }
        audit.staffOnMember(AuditAction.REVIEW_DOCUMENT_REJECTED, command.staff(), c.member(), command.client(),
                "dependent=" + dependent.get().id().value() + " file=" + command.file().value() + " reason="
                        + command.reason() + " returned=" + returned.get());
        boolean mailed = returned.get() && mails.returned(c);
        return new RejectDocumentResult.Rejected(returned.get(), mailed);
    }

}
