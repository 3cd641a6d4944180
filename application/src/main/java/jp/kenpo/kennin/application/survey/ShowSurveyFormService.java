package jp.kenpo.kennin.application.survey;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.application.audit.AuditTrail;
import jp.kenpo.kennin.application.audit.RecordAuditPort;
import jp.kenpo.kennin.domain.account.AccountId;
import jp.kenpo.kennin.domain.audit.AuditAction;
import jp.kenpo.kennin.domain.dependent.DependentId;
import jp.kenpo.kennin.domain.survey.SurveyResponse;
import jp.kenpo.kennin.domain.survey.SurveyYear;

public final class ShowSurveyFormService implements ShowSurveyFormUseCase {
    private final MemberSurvey surveys;
    private final SurveyReviews reviews;
    private final AuditTrail audit;
    private final SurveySubmissionPort submissions;

    public ShowSurveyFormService(SurveyPorts ports, RecordAuditPort audit, Clock clock) {
        this.surveys = new MemberSurvey(ports);
        this.reviews = new SurveyReviews(ports);
        this.audit = new AuditTrail(audit, clock);
        this.submissions = ports.submissions();
    }

    private LocalDate deadline(MemberSurvey.Context c) {
        SurveyYear year = c.year();
        return year.deadlineFor(submissions.deadlineExtension(year.insurer(), year.fiscalYear(), c.member().id())).day();
    }

    @Override
    public Optional<SurveyForm> showSurveyForm(AccountId accountId, DependentId dependentId, ClientAddress client) {
        return surveys.of(accountId).flatMap(c -> reviews.one(c, dependentId).map(review -> {
            SurveyResponse response = review.response();
            var relationship = review.dependent().relationship().kind();
            c.audit(audit, AuditAction.SURVEY_FORM_VIEWED, client, "dependent=" + dependentId.value());
            return new SurveyForm(review.dependent(), c.year().fiscalYear(), c.year().referenceDate(), response.status(),
                    response.isReadOnly(), response.answers(), review.memberIncome(),
                    response.answers().applicable(relationship), review.missing(), response.noLongerEligible(),
                    review.judgement(), review.requirements(), response.returnReason(), deadline(c));
        }));
    }
}
