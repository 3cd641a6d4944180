package jp.kenpo.kennin.application.dependent;

import java.util.Optional;
import jp.kenpo.kennin.application.insurer.LoadInsurerPort;
import jp.kenpo.kennin.application.insurer.SurveyYearPort;
import jp.kenpo.kennin.application.member.LoadMemberPort;
import jp.kenpo.kennin.domain.member.InsuredMember;
import jp.kenpo.kennin.domain.member.MemberId;
import jp.kenpo.kennin.domain.survey.SurveyYear;

public final class ListDependentsInScopeService implements ListDependentsInScopeUseCase {
    private final LoadMemberPort members;
    private final LoadInsurerPort insurers;
    private final SurveyYearPort surveyYears;
    private final LoadDependentsPort dependents;

    public ListDependentsInScopeService(LoadMemberPort members, LoadInsurerPort insurers, SurveyYearPort surveyYears,
                                        LoadDependentsPort dependents) {
        this.members = members;
        this.insurers = insurers;
        this.surveyYears = surveyYears;
        this.dependents = dependents;
    }

    @Override
    public DependentsInScopeResult listDependentsInScope(MemberId memberId) {
        Optional<InsuredMember> member = members.loadMember(memberId);
        if (member.isEmpty()) {
            return new DependentsInScopeResult.UnknownMember();
        }
        Optional<SurveyYear> year = insurers.loadInsurer(member.get().insurer())
                .flatMap(insurer -> surveyYears.loadSurveyYear(insurer.code(), insurer.currentFiscalYear()));
        if (year.isEmpty()) {
            return new DependentsInScopeResult.NoSurveyYear();
        }
        SurveyYear survey = year.get();
        return new DependentsInScopeResult.InScope(survey.fiscalYear(), survey.referenceDate(),
                dependents.dependentsOf(memberId).stream()
                        .filter(d -> survey.scope().includes(d, survey.referenceDate()))
                        .toList());
    }
}
