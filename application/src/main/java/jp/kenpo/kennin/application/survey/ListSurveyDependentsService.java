package jp.kenpo.kennin.application.survey;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import jp.kenpo.kennin.domain.account.AccountId;
import jp.kenpo.kennin.domain.dependent.Dependent;
import jp.kenpo.kennin.domain.dependent.DependentId;
import jp.kenpo.kennin.domain.survey.SurveyResponse;
import jp.kenpo.kennin.domain.survey.SurveyStatus;

public final class ListSurveyDependentsService implements ListSurveyDependentsUseCase {
    private final MemberSurvey surveys;
    private final SurveyResponsePort responses;

    public ListSurveyDependentsService(SurveyPorts ports) {
        this.surveys = new MemberSurvey(ports);
        this.responses = ports.responses();
    }

    @Override
    public List<SurveyDependent> listSurveyDependents(AccountId account) {
        return surveys.of(account).map(context -> {
            List<DependentId> ids = context.inScope().stream().map(Dependent::id).toList();
            Map<DependentId, SurveyStatus> statuses = responses.responsesOf(context.year().insurer(),
                            context.year().fiscalYear(), ids).stream()
                    .collect(Collectors.toMap(SurveyResponse::dependent, SurveyResponse::status));
            return context.inScope().stream()
                    .map(d -> new SurveyDependent(d, statuses.getOrDefault(d.id(), SurveyStatus.NOT_STARTED)))
                    .toList();
        }).orElse(List.of());
    }
}
