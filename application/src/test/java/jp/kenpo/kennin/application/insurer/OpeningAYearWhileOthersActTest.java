package jp.kenpo.kennin.application.insurer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import jp.kenpo.kennin.application.InMemorySystem;
import jp.kenpo.kennin.application.Omron;
import jp.kenpo.kennin.application.insurer.OpenSurveyYearUseCase.OpenSurveyYearCommand;
import jp.kenpo.kennin.application.insurer.OpenSurveyYearUseCase.OpenSurveyYearResult;
import jp.kenpo.kennin.domain.insurer.Insurer;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.survey.SurveyYear;
import org.junit.jupiter.api.Test;

/**
 * Opening a new year moves only the insurer's year, and only from the year it read: a 管理者
 * saving the settings at that moment keeps their change, and a second tab opening the same year
 * is an edit of it, not an error.
 */
class OpeningAYearWhileOthersActTest {
    private static final OpenSurveyYearCommand NEXT_YEAR = new OpenSurveyYearCommand("omron", 2026, "令和8年度",
            LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 9));

    private final Omron omron = new Omron();
    private final InMemorySystem system = omron.system;

    /** Runs {@code meanwhile} between the service reading the insurer and moving its year. */
    private OpenSurveyYearService with(Runnable meanwhile) {
        SaveInsurerPort interleaved = new SaveInsurerPort() {
            @Override
            public void saveInsurer(Insurer insurer) {
                system.insurers.saveInsurer(insurer);
            }

            @Override
            public boolean moveToFiscalYear(InsurerCode insurer, int from, int to) {
                meanwhile.run();
                return system.insurers.moveToFiscalYear(insurer, from, to);
            }
        };
        return new OpenSurveyYearService(system.insurers, interleaved, system.surveyYears, system.transactions, system.audit,
                system.clock);
    }

    private Insurer current() {
        return system.insurers.loadInsurer(omron.insurer.code()).orElseThrow();
    }

    @Test
    void aSettingsChangeSavedWhileTheYearOpensIsKept() {
        var result = with(() -> system.insurers.saveInsurer(new Insurer(current().code(), "オムロン健康保険組合（新名称）",
                current().senderAddress(), current().contact(), current().credentialPolicy(), current().currentFiscalYear())))
                .openSurveyYear(NEXT_YEAR);

        assertThat(result).isEqualTo(new OpenSurveyYearResult.Opened(true));
        assertThat(current().currentFiscalYear()).isEqualTo(2026);
        assertThat(current().displayName()).isEqualTo("オムロン健康保険組合（新名称）");
    }

    @Test
    void aSecondTabOpeningTheSameYearAtOnceIsAnEditOfItNotAnError() {
        var result = with(() -> system.insurers.moveToFiscalYear(omron.insurer.code(), 2025, 2026)).openSurveyYear(NEXT_YEAR);

        assertThat(result).isEqualTo(new OpenSurveyYearResult.Opened(false));
        assertThat(current().currentFiscalYear()).isEqualTo(2026);
        assertThat(system.surveyYears.loadSurveyYear(omron.insurer.code(), 2026)).map(SurveyYear::title).contains("令和8年度");
    }

    @Test
    void aLaterYearOpenedMeanwhileIsNotMovedBack() {
        var result = with(() -> system.insurers.moveToFiscalYear(omron.insurer.code(), 2025, 2027)).openSurveyYear(NEXT_YEAR);

        assertThat(result).isEqualTo(new OpenSurveyYearResult.NotLaterThanCurrent(2027));
        assertThat(current().currentFiscalYear()).isEqualTo(2027);
        assertThat(system.surveyYears.loadSurveyYear(omron.insurer.code(), 2026)).isEmpty();
    }
}
