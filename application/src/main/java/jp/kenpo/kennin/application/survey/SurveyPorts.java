package jp.kenpo.kennin.application.survey;

import java.util.Objects;
import jp.kenpo.kennin.application.account.LoadAccountPort;
import jp.kenpo.kennin.application.dependent.LoadDependentsPort;
import jp.kenpo.kennin.application.insurer.LoadInsurerOverridesPort;
import jp.kenpo.kennin.application.insurer.LoadInsurerPort;
import jp.kenpo.kennin.application.insurer.SurveyYearPort;
import jp.kenpo.kennin.application.member.LoadMemberPort;

/** The out-ports through which the survey use cases read and keep a member's survey, wired once. */
public record SurveyPorts(LoadAccountPort accounts, LoadInsurerPort insurers, LoadMemberPort members,
                          SurveyYearPort surveyYears, LoadDependentsPort dependents, SurveyResponsePort responses,
                          SurveyDocumentPort documents, SurveySubmissionPort submissions,
                          LoadInsurerOverridesPort overrides, ReviewOutcomesPort reviewOutcomes) {
    public SurveyPorts {
        Objects.requireNonNull(accounts);
        Objects.requireNonNull(insurers);
        Objects.requireNonNull(members);
        Objects.requireNonNull(surveyYears);
        Objects.requireNonNull(dependents);
        Objects.requireNonNull(responses);
        Objects.requireNonNull(documents);
        Objects.requireNonNull(submissions);
        Objects.requireNonNull(overrides);
        Objects.requireNonNull(reviewOutcomes);
    }

    /** Without staff's extra document requests (wiring and tests from before the review). */
    public SurveyPorts(LoadAccountPort accounts, LoadInsurerPort insurers, LoadMemberPort members, SurveyYearPort surveyYears,
                       LoadDependentsPort dependents, SurveyResponsePort responses, SurveyDocumentPort documents,
                       SurveySubmissionPort submissions, LoadInsurerOverridesPort overrides) {
        this(accounts, insurers, members, surveyYears, dependents, responses, documents, submissions, overrides,
                ReviewOutcomesPort.none());
    }

    /** Every insurer judged by the national rules, as before insurers could set their own. */
    public SurveyPorts(LoadAccountPort accounts, LoadInsurerPort insurers, LoadMemberPort members, SurveyYearPort surveyYears,
                       LoadDependentsPort dependents, SurveyResponsePort responses, SurveyDocumentPort documents,
                       SurveySubmissionPort submissions) {
        this(accounts, insurers, members, surveyYears, dependents, responses, documents, submissions,
                LoadInsurerOverridesPort.none(), ReviewOutcomesPort.none());
    }
}
