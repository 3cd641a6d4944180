package jp.kenpo.kennin.application.review;

import java.time.Clock;
import java.util.Optional;
import jp.kenpo.kennin.application.audit.AuditTrail;
import jp.kenpo.kennin.application.audit.RecordAuditPort;
import jp.kenpo.kennin.application.mail.SendMailPort;
import jp.kenpo.kennin.application.review.ReturnSurveyResponseUseCase.ReturnSurveyResponseResult;
import jp.kenpo.kennin.domain.audit.AuditAction;
import jp.kenpo.kennin.domain.dependent.Dependent;

public final class SendBackResponseService implements SendBackResponseUseCase {
    private final ReviewPorts ports;
    private final ReviewMails mails;
    private final AuditTrail audit;

    public SendBackResponseService(ReviewPorts ports, SendMailPort mail, String loginUrl, RecordAuditPort audit,
                                   Clock clock) {
        this.ports = ports;
        this.mails = new ReviewMails(mail, ports.survey().accounts(), loginUrl);
        this.audit = new AuditTrail(audit, clock);
    }

    @Override
    public ReturnSurveyResponseResult sendBackResponse(SendBackResponseCommand command) {
        Optional<StaffCase> found = ReviewScope.caseOf(ports, command.staff(), command.member());
        Optional<Dependent> dependent = found.flatMap(c -> ReviewScope.dependent(ports, c, command.dependent()));
        if (dependent.isEmpty()) {
            return new ReturnSurveyResponseResult.NotFound();
        }
        StaffCase c = found.get();
        ReturnSurveyResponseResult result = ports.transactions().inTransaction(() -> {
            ReturnSurveyResponseResult r = ReturnSurveyResponseService.sendBack(ports.survey(), c, dependent,
                    command.message());
            if (r instanceof ReturnSurveyResponseResult.Returned) {
                ReviewScope.progressed(ports, c);
            }
            return r;
        });
        if (!(result instanceof ReturnSurveyResponseResult.Returned)) {
            return result;
        }
        audit.staffOnMember(AuditAction.REVIEW_SENT_BACK, command.staff(), c.member(), command.client(),
                "dependent=" + command.dependent().value());
        return new ReturnSurveyResponseResult.Returned(mails.returned(c));
    }
}
