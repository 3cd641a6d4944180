package jp.kenpo.kennin.application.survey;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.application.account.LoadAccountPort;
import jp.kenpo.kennin.application.audit.AuditTrail;
import jp.kenpo.kennin.application.audit.RecordAuditPort;
import jp.kenpo.kennin.application.dependent.LoadDependentsPort;
import jp.kenpo.kennin.application.insurer.LoadInsurerPort;
import jp.kenpo.kennin.application.insurer.SurveyYearPort;
import jp.kenpo.kennin.application.member.LoadMemberPort;
import jp.kenpo.kennin.domain.account.AccountId;
import jp.kenpo.kennin.domain.audit.AuditAction;
import jp.kenpo.kennin.domain.dependent.Dependent;
import jp.kenpo.kennin.domain.dependent.DependentId;
import jp.kenpo.kennin.domain.eligibility.EligibilityEngine;
import jp.kenpo.kennin.domain.eligibility.Judgement;
import jp.kenpo.kennin.domain.eligibility.MemberFacts;
import jp.kenpo.kennin.domain.eligibility.RuleSets;
import jp.kenpo.kennin.domain.survey.Question;
import jp.kenpo.kennin.domain.survey.SurveyAnswers;
import jp.kenpo.kennin.domain.survey.SurveyResponse;
import jp.kenpo.kennin.domain.survey.YenAmount;

public final class ShowSurveyFormService implements ShowSurveyFormUseCase {
    private final MemberSurvey surveys;
    private final SurveyResponsePort responses;
    private final EligibilityEngine engine;
    private final AuditTrail audit;

    public ShowSurveyFormService(LoadAccountPort accounts, LoadInsurerPort insurers, LoadMemberPort members,
                                 SurveyYearPort surveyYears, LoadDependentsPort dependents, SurveyResponsePort responses,
                                 RecordAuditPort audit, Clock clock) {
        this.surveys = new MemberSurvey(accounts, insurers, members, surveyYears, dependents);
        this.responses = responses;
        this.engine = EligibilityEngine.of(RuleSets.japan());
        this.audit = new AuditTrail(audit, clock);
    }

    @Override
    public Optional<SurveyForm> showSurveyForm(AccountId accountId, DependentId dependentId, ClientAddress client) {
        Optional<MemberSurvey.Context> context = surveys.of(accountId);
        Optional<Dependent> dependent = context.flatMap(c -> c.dependent(dependentId));
        if (dependent.isEmpty()) {
            return Optional.empty();
        }
        MemberSurvey.Context c = context.get();
        int year = c.year().fiscalYear();
        SurveyResponse response = responses.loadResponse(c.year().insurer(), year, dependentId)
                .orElseGet(() -> SurveyResponse.notStarted(c.year().insurer(), year, dependentId));
        Optional<YenAmount> memberIncome = responses.memberIncome(c.member().id(), year);
        SurveyAnswers answers = response.answers();
        var relationship = dependent.get().relationship().kind();
        List<Question> missing = answers.missing(relationship, memberIncome);
        // Judged on the survey's reference date, so every form of the year uses the same rule version.
        Optional<Judgement> judgement = missing.isEmpty() && response.noLongerEligible().isEmpty()
                ? Optional.of(engine.judge(answers.toFacts(dependent.get(), memberIncome),
                new MemberFacts(c.member().birthDate(), memberIncome.map(YenAmount::yen).orElse(0L)), c.year().referenceDate()))
                : Optional.empty();
        audit.account(AuditAction.SURVEY_FORM_VIEWED, c.account(), client, "dependent=" + dependentId.value());
        return Optional.of(new SurveyForm(dependent.get(), year, c.year().referenceDate(), response.status(),
                response.isReadOnly(), answers, memberIncome, answers.applicable(relationship), missing,
                response.noLongerEligible(), judgement));
    }
}
