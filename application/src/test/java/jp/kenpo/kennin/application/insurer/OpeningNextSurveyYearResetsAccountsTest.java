package jp.kenpo.kennin.application.insurer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.application.InMemorySystem;
import jp.kenpo.kennin.application.Omron;
import jp.kenpo.kennin.application.insurer.OpenSurveyYearUseCase.OpenSurveyYearCommand;
import jp.kenpo.kennin.application.insurer.OpenSurveyYearUseCase.OpenSurveyYearResult;
import jp.kenpo.kennin.application.login.LogInUseCase.LogInCommand;
import jp.kenpo.kennin.application.login.LogInUseCase.LogInResult;
import jp.kenpo.kennin.domain.audit.AuditAction;
import jp.kenpo.kennin.domain.survey.SurveyYear;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OpeningNextSurveyYearResetsAccountsTest {
    private final Omron omron = new Omron();
    private final InMemorySystem system = omron.system;

    @BeforeEach
    void taroRegisteredThisYear() {
        system.register(omron.taro, Omron.TARO_USER_ID, Omron.TARO_PASSWORD);
    }

    private OpenSurveyYearResult open(int year, String title, LocalDate opensOn, LocalDate deadline) {
        return system.openSurveyYear.openSurveyYear(new OpenSurveyYearCommand("omron", year, title, opensOn, deadline));
    }

    private LogInResult logIn() {
        return system.logIn.logIn(new LogInCommand(Omron.TARO_USER_ID, Omron.TARO_PASSWORD, ClientAddress.local()));
    }

    private int currentYear() {
        return system.insurers.loadInsurer(omron.insurer.code()).orElseThrow().currentFiscalYear();
    }

    @Test
    void aLaterYearSendsEveryoneBackToRegistration() {
        assertThat(open(2026, "令和8年度", LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 9)))
                .isEqualTo(new OpenSurveyYearResult.Opened(true));

        assertThat(system.audit.last().action()).isEqualTo(AuditAction.SURVEY_YEAR_OPENED);
        assertThat(system.audit.last().detail()).contains("accountsReset=true");
        assertThat(currentYear()).isEqualTo(2026);
        assertThat(system.surveyYears.loadSurveyYear(omron.insurer.code(), 2026)).map(SurveyYear::title).contains("令和8年度");
        assertThat(logIn()).isEqualTo(new LogInResult.RegistrationExpired());

        // Last year's registration mailed its code moments ago on this test's clock; a new code waits a minute.
        system.clock.advance(Duration.ofMinutes(1));
        system.register(omron.taro, Omron.TARO_USER_ID, Omron.TARO_PASSWORD);
        assertThat(logIn()).isInstanceOf(LogInResult.LoggedIn.class);
    }

    @Test
    void theSameYearOnlyMovesItsDates() {
        open(2025, "令和7年度", LocalDate.of(2025, 7, 1), LocalDate.of(2025, 9, 9));

        assertThat(open(2025, "令和7年度", LocalDate.of(2025, 7, 1), LocalDate.of(2025, 9, 30)))
                .isEqualTo(new OpenSurveyYearResult.Opened(false));
        assertThat(system.surveyYears.loadSurveyYear(omron.insurer.code(), 2025).orElseThrow().deadline().day())
                .isEqualTo(LocalDate.of(2025, 9, 30));
        assertThat(logIn()).isInstanceOf(LogInResult.LoggedIn.class);
    }

    @Test
    void anEarlierYearCannotBeOpenedAgain() {
        assertThat(open(2024, "令和6年度", LocalDate.of(2024, 7, 1), LocalDate.of(2024, 9, 9)))
                .isEqualTo(new OpenSurveyYearResult.NotLaterThanCurrent(2025));
        assertThat(currentYear()).isEqualTo(2025);
    }

    @Test
    void anInvalidYearResetsNothing() {
        assertThat(open(2026, "令和8年度", LocalDate.of(2026, 9, 10), LocalDate.of(2026, 9, 9)))
                .isEqualTo(new OpenSurveyYearResult.Invalid("survey.deadline.beforeOpening"));
        assertThat(open(2026, " ", LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 9)))
                .isEqualTo(new OpenSurveyYearResult.Invalid("survey.title.invalid"));
        assertThat(open(3000, "遠い未来", LocalDate.of(3000, 7, 1), LocalDate.of(3000, 9, 9)))
                .isEqualTo(new OpenSurveyYearResult.Invalid("insurer.fiscalYear.invalid"));

        assertThat(currentYear()).isEqualTo(2025);
        assertThat(logIn()).isInstanceOf(LogInResult.LoggedIn.class);
    }

    @Test
    void anUnknownInsurerHasNoYears() {
        assertThat(system.openSurveyYear.openSurveyYear(new OpenSurveyYearCommand("hitachi", 2026, "令和8年度",
                LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 9)))).isEqualTo(new OpenSurveyYearResult.UnknownInsurer());
    }
}
