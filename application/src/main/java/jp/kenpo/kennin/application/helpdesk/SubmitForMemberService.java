package jp.kenpo.kennin.application.helpdesk;

import java.time.Clock;
import java.util.Optional;
import jp.kenpo.kennin.application.audit.AuditTrail;
import jp.kenpo.kennin.application.audit.RecordAuditPort;
import jp.kenpo.kennin.application.helpdesk.ProxyEntryPort.ProxyAction;
import jp.kenpo.kennin.application.survey.SubmitSurveyUseCase;
import jp.kenpo.kennin.application.survey.SubmitSurveyUseCase.SubmitSurveyResult;
import jp.kenpo.kennin.domain.audit.AuditAction;

public final class SubmitForMemberService implements SubmitForMemberUseCase {
    private final OnBehalf onBehalf;
    private final SubmitSurveyUseCase submit;

    public SubmitForMemberService(HelpDeskPorts ports, SubmitSurveyUseCase submit, RecordAuditPort audit, Clock clock) {
        this.onBehalf = new OnBehalf(ports, new AuditTrail(audit, clock), clock);
        this.submit = submit;
    }

    @Override
    public SubmitForMemberResult submitForMember(SubmitForMemberCommand command) {
        OnBehalf.Found found = onBehalf.find(command.staff(), command.member(), command.reason());
        if (found instanceof OnBehalf.Found.Invalid invalid) {
            return new SubmitForMemberResult.Invalid(invalid.code());
        }
        if (found instanceof OnBehalf.Found.NotRegistered) {
            return new SubmitForMemberResult.NotRegistered();
        }
        if (!(found instanceof OnBehalf.Found.Ready ready)) {
            return new SubmitForMemberResult.NotFound();
        }
        SubmitSurveyResult outcome = submit.submitSurvey(ready.target().account().id(), command.client());
        if (outcome instanceof SubmitSurveyResult.Submitted submitted) {
            onBehalf.record(command.staff(), ready.target(), Optional.empty(), ProxyAction.SUBMITTED,
                    AuditAction.SURVEY_SUBMITTED_ON_BEHALF, command.client(), "receipt=" + submitted.submission().receipt());
        }
        return new SubmitForMemberResult.Done(outcome);
    }
}
