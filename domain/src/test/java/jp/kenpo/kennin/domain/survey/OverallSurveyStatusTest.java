package jp.kenpo.kennin.domain.survey;

import static jp.kenpo.kennin.domain.survey.SurveyStatus.CONFIRMED;
import static jp.kenpo.kennin.domain.survey.SurveyStatus.IN_PROGRESS;
import static jp.kenpo.kennin.domain.survey.SurveyStatus.NOT_STARTED;
import static jp.kenpo.kennin.domain.survey.SurveyStatus.RETURNED;
import static jp.kenpo.kennin.domain.survey.SurveyStatus.SUBMITTED;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OverallSurveyStatusTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "''                          | NOT_STARTED",
            "NOT_STARTED NOT_STARTED     | NOT_STARTED",
            "NOT_STARTED IN_PROGRESS     | IN_PROGRESS",
            "SUBMITTED NOT_STARTED       | IN_PROGRESS",
            "SUBMITTED SUBMITTED         | SUBMITTED",
            "SUBMITTED CONFIRMED         | SUBMITTED",
            "CONFIRMED CONFIRMED         | CONFIRMED",
            "CONFIRMED RETURNED          | RETURNED",
            "SUBMITTED RETURNED          | RETURNED"})
    void theSurveyAsAWholeFollowsItsDependents(String each, SurveyStatus overall) {
        List<SurveyStatus> statuses = each.isBlank() ? List.of()
                : java.util.Arrays.stream(each.trim().split("\\s+")).map(SurveyStatus::valueOf).toList();
        assertThat(SurveyStatus.overall(statuses)).isEqualTo(overall);
    }

    @org.junit.jupiter.api.Test
    void oneDependentSentBackOutweighsEverythingElse() {
        assertThat(SurveyStatus.overall(List.of(CONFIRMED, SUBMITTED, IN_PROGRESS, RETURNED, NOT_STARTED))).isEqualTo(RETURNED);
    }
}
