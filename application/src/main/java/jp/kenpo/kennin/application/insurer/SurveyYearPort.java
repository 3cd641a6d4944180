package jp.kenpo.kennin.application.insurer;

import java.util.Optional;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.survey.SurveyYear;

public interface SurveyYearPort {
    Optional<SurveyYear> loadSurveyYear(InsurerCode insurer, int fiscalYear);

    /** Creates or replaces the survey year (insurer, fiscal year). */
    void saveSurveyYear(SurveyYear year);
}
