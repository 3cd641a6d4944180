package jp.kenpo.kennin.application.survey;

import java.time.Clock;
import java.util.Optional;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.application.audit.AuditTrail;
import jp.kenpo.kennin.application.audit.RecordAuditPort;
import jp.kenpo.kennin.domain.account.AccountId;
import jp.kenpo.kennin.domain.audit.AuditAction;

public final class ShowSurveyConfirmationService implements ShowSurveyConfirmationUseCase {
    private final MemberSurvey surveys;
    private final SurveyConfirmations confirmations;
    private final AuditTrail audit;

    public ShowSurveyConfirmationService(SurveyPorts ports, RecordAuditPort audit, Clock clock) {
        this.surveys = new MemberSurvey(ports);
        this.confirmations = new SurveyConfirmations(ports, clock);
        this.audit = new AuditTrail(audit, clock);
    }

    @Override
    public Optional<SurveyConfirmation> showSurveyConfirmation(AccountId account, ClientAddress client) {
        return surveys.of(account).map(c -> {
            c.audit(audit, AuditAction.SURVEY_CONFIRMATION_VIEWED, client, "");
            return confirmations.of(c);
        });
    }
}
