package jp.kenpo.kennin.application.review;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import jp.kenpo.kennin.application.audit.AuditTrail;
import jp.kenpo.kennin.application.audit.RecordAuditPort;
import jp.kenpo.kennin.application.mail.SendMailPort;
import jp.kenpo.kennin.application.review.ReturnSurveyResponseUseCase.ReturnSurveyResponseResult;
import jp.kenpo.kennin.domain.InvalidValueException;
import jp.kenpo.kennin.domain.audit.AuditAction;
import jp.kenpo.kennin.domain.dependent.Dependent;
import jp.kenpo.kennin.domain.eligibility.ReasonTexts;
import jp.kenpo.kennin.domain.review.ExtraDocumentRequest;
import jp.kenpo.kennin.domain.review.ReviewTexts;

public final class RequestExtraDocumentService implements RequestExtraDocumentUseCase {
    private final ReviewPorts ports;
    private final ReviewMails mails;
    private final AuditTrail audit;
    private final Clock clock;

    public RequestExtraDocumentService(ReviewPorts ports, SendMailPort mail, String loginUrl, RecordAuditPort audit,
                                       Clock clock) {
        this.ports = ports;
        this.mails = new ReviewMails(mail, ports.survey().accounts(), loginUrl);
        this.audit = new AuditTrail(audit, clock);
        this.clock = clock;
    }

    @Override
    public RequestExtraDocumentResult requestExtraDocument(RequestExtraDocumentCommand command) {
        Optional<StaffCase> found = ReviewScope.caseOf(ports, command.staff(), command.member());
        Optional<Dependent> dependent = found.flatMap(c -> ReviewScope.dependent(ports, c, command.dependent()));
        if (dependent.isEmpty()) {
            return new RequestExtraDocumentResult.NotFound();
        }
        StaffCase c = found.get();
        ExtraDocumentRequest request;
        try {
            request = new ExtraDocumentRequest(c.year().insurer(), c.year().fiscalYear(), dependent.get().id(),
                    command.kind(), command.note(), command.staff().id(), clock.instant());
        } catch (InvalidValueException e) {
            return new RequestExtraDocumentResult.Invalid(e.code());
        }
        String reason = ReviewTexts.text("review.return.extraDocument", Locale.JAPANESE,
                ReasonTexts.text(command.kind(), Locale.JAPANESE), request.note());
        Optional<Boolean> returned = ports.transactions().inTransaction(() -> {
            if (!ports.extraRequests().saveExtraRequest(request)) {
                return Optional.<Boolean>empty();
            }
            boolean sentBack = ReturnSurveyResponseService.sendBack(ports.survey(), c, dependent, reason)
                    instanceof ReturnSurveyResponseResult.Returned;
            ReviewScope.progressed(ports, c);
            return Optional.of(sentBack);
        });
        if (returned.isEmpty()) {
            return new RequestExtraDocumentResult.NotReviewable();
        }
        audit.staffOnMember(AuditAction.REVIEW_EXTRA_DOCUMENT_REQUESTED, command.staff(), c.member(), command.client(),
                "dependent=" + dependent.get().id().value() + " kind=" + command.kind() + " returned=" + returned.get());
        boolean mailed = returned.get() && mails.returned(c);
        return new RequestExtraDocumentResult.Requested(returned.get(), mailed);
    }
}
