package jp.kenpo.kennin.application.surveyyear;

import java.util.Optional;
import jp.kenpo.kennin.application.staff.SignedInStaff;
import jp.kenpo.kennin.domain.survey.SurveyYear;

/** The insurer's current year and its survey, if opened (MANAGE_SURVEY_YEARS): what the survey year form starts from. */
public interface ShowSurveyYearUseCase {
    SurveyYearView showSurveyYear(SignedInStaff actor);

    record SurveyYearView(int currentFiscalYear, Optional<SurveyYear> year) {
    }
}
