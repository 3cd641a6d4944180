package jp.kenpo.kennin.application.helpdesk;

import java.time.Clock;
import java.util.Optional;
import jp.kenpo.kennin.application.audit.AuditTrail;
import jp.kenpo.kennin.application.audit.RecordAuditPort;
import jp.kenpo.kennin.application.helpdesk.ProxyEntryPort.ProxyAction;
import jp.kenpo.kennin.application.survey.SaveSurveyAnswersUseCase;
import jp.kenpo.kennin.application.survey.SaveSurveyAnswersUseCase.SaveSurveyAnswersCommand;
import jp.kenpo.kennin.application.survey.SaveSurveyAnswersUseCase.SaveSurveyAnswersResult;
import jp.kenpo.kennin.domain.audit.AuditAction;

public final class SaveAnswersForMemberService implements SaveAnswersForMemberUseCase {
    private final OnBehalf onBehalf;
    private final SaveSurveyAnswersUseCase save;

    public SaveAnswersForMemberService(HelpDeskPorts ports, SaveSurveyAnswersUseCase save, RecordAuditPort audit,
                                       Clock clock) {
        this.onBehalf = new OnBehalf(ports, new AuditTrail(audit, clock), clock);
        this.save = save;
    }

    @Override
    public SaveAnswersForMemberResult saveAnswersForMember(SaveAnswersForMemberCommand command) {
        OnBehalf.Found found = onBehalf.find(command.staff(), command.member(), command.reason());
        if (found instanceof OnBehalf.Found.Invalid invalid) {
            return new SaveAnswersForMemberResult.Invalid(invalid.code());
        }
        if (found instanceof OnBehalf.Found.NotRegistered) {
            return new SaveAnswersForMemberResult.NotRegistered();
        }
        if (!(found instanceof OnBehalf.Found.Ready ready)) {
            return new SaveAnswersForMemberResult.NotFound();
        }
        SaveSurveyAnswersResult outcome = save.saveSurveyAnswers(new SaveSurveyAnswersCommand(ready.target().account().id(),
                command.dependent(), command.answers(), command.client()));
        if (outcome instanceof SaveSurveyAnswersResult.NotFound) {
            return new SaveAnswersForMemberResult.NotFound();
        }
        if (outcome instanceof SaveSurveyAnswersResult.Saved) {
            onBehalf.record(command.staff(), ready.target(), Optional.of(command.dependent()), ProxyAction.ANSWERS_SAVED,
                    AuditAction.SURVEY_ANSWERS_SAVED_ON_BEHALF, command.client(), "dependent=" + command.dependent().value());
        }
        return new SaveAnswersForMemberResult.Done(outcome);
    }
}
