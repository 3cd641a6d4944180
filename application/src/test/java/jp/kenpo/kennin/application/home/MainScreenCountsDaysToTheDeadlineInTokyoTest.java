package jp.kenpo.kennin.application.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.application.InMemorySystem;
import jp.kenpo.kennin.application.Omron;
import jp.kenpo.kennin.application.home.ShowMainScreenUseCase.SurveySummary;
import jp.kenpo.kennin.application.insurer.OpenSurveyYearUseCase.OpenSurveyYearCommand;
import jp.kenpo.kennin.domain.account.Account;
import jp.kenpo.kennin.domain.survey.SurveyDeadline;
import jp.kenpo.kennin.domain.survey.SurveyYear;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 回答期限：2025年9月9日（火）. */
class MainScreenCountsDaysToTheDeadlineInTokyoTest {
    private static final String TITLE = "令和7年度 被扶養者資格確認調査";
    private final Omron omron = new Omron();
    private final InMemorySystem system = omron.system;
    private final Account taro = system.register(omron.taro, Omron.TARO_USER_ID, Omron.TARO_PASSWORD);

    private void openSurvey2025() {
        system.openSurveyYear.openSurveyYear(new OpenSurveyYearCommand("omron", 2025, TITLE, LocalDate.of(2025, 7, 1),
                LocalDate.of(2025, 9, 9)));
    }

    private SurveySummary surveyAt(String instant) {
        system.clock.set(Instant.parse(instant));
        return system.showMainScreen.showMainScreen(taro.id(), ClientAddress.local()).orElseThrow().survey().orElseThrow();
    }

    @ParameterizedTest(name = "[{index}] at {0} (UTC): {1} days left, past {2}")
    @CsvSource({
            "2025-07-10T01:00:00Z, 61, false",
            "2025-09-08T14:59:59Z, 1,  false",
            "2025-09-08T15:00:00Z, 0,  false",
            "2025-09-09T14:59:59Z, 0,  false",
            "2025-09-09T15:00:00Z, -1, true",
            "2025-09-20T03:00:00Z, -11, true",
    })
    void daysAndDeadlineFollowTheCalendarInTokyo(String instant, long daysLeft, boolean passed) {
        openSurvey2025();

        assertThat(surveyAt(instant)).isEqualTo(new SurveySummary(TITLE, LocalDate.of(2025, 9, 9), daysLeft, passed));
    }

    @Test
    void aMemberGivenMoreTimeSeesTheirOwnLaterDeadlineAndIsNotToldItPassed() {
        openSurvey2025();
        system.submissions.extendDeadline(omron.insurer.code(), 2025, taro.member(), new SurveyDeadline(LocalDate.of(2025, 9, 30)));

        assertThat(surveyAt("2025-09-20T03:00:00Z")).isEqualTo(new SurveySummary(TITLE, LocalDate.of(2025, 9, 30), 10, false));
    }

    @Test
    void beforeTheInsurerOpensThisYearsSurveyThereIsNoSummary() {
        system.surveyYears.saveSurveyYear(new SurveyYear(omron.insurer.code(), 2024, "令和6年度",
                LocalDate.of(2024, 7, 1), new SurveyDeadline(LocalDate.of(2024, 9, 9))));

        assertThat(system.showMainScreen.showMainScreen(taro.id(), ClientAddress.local()).orElseThrow().survey()).isEmpty();
    }
}
