package jp.kenpo.kennin.application.survey;

import java.util.List;
import jp.kenpo.kennin.domain.account.AccountId;
import jp.kenpo.kennin.domain.dependent.Dependent;
import jp.kenpo.kennin.domain.survey.SurveyStatus;

/** The dependents a member must answer for this year, each with where its response stands (main screen). */
public interface ListSurveyDependentsUseCase {
    /** Empty when there is nothing to answer (no open survey, nobody in scope, unknown account). */
    List<SurveyDependent> listSurveyDependents(AccountId account);

    record SurveyDependent(Dependent dependent, SurveyStatus status) {
    }
}
