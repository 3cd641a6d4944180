package jp.kenpo.kennin.application.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import jp.kenpo.kennin.application.review.ExtendMemberDeadlineUseCase.ExtendMemberDeadlineCommand;
import jp.kenpo.kennin.application.review.ExtendSurveyDeadlineUseCase.ExtendSurveyDeadlineResult;
import jp.kenpo.kennin.application.survey.ShowSurveyDocumentsUseCase.SurveyDocuments;
import org.junit.jupiter.api.Test;

/**
 * The documents page states the same deadline as the survey form: the survey's, and once the help
 * desk extended it for this member, the extended day. It also names the member, for the declaration
 * he prints from it.
 */
class TheDocumentsPageKeepsTheMembersOwnDeadlineTest {
    private final ReviewDesk desk = new ReviewDesk();

    @Test
    void theDocumentsPageShowsTheSurveysDeadlineThenTheMembersExtension() {
        LocalDate surveys = formDeadline();
        assertThat(documents().deadline()).isEqualTo(surveys);

        ExtendMemberDeadlineService extend = new ExtendMemberDeadlineService(desk.system.surveyPorts, desk.system.audit,
                desk.system.clock, desk.system.transactions, (insurer, year, member) -> { });
        LocalDate later = surveys.plusDays(6);
        assertThat(extend.extendMemberDeadline(new ExtendMemberDeadlineCommand(desk.helpDesk, desk.omron.taro.id(),
                later.toString().replace('-', '/'), "入院のため", ReviewDesk.CLIENT))).isInstanceOf(ExtendSurveyDeadlineResult.Extended.class);

        assertThat(documents().deadline()).isEqualTo(later).isEqualTo(formDeadline());
        assertThat(documents().member().written()).isEqualTo("山田 太郎");
    }

    @Test
    void theIncomeCertificateAskedForIsTheNewestOnTheDayTheSurveyOpened() {
        // the survey opened on 1 July 2025: 令和7年度's certificate (2024 income) is out since June
        assertThat(documents().incomeCertificate().fiscalYear()).isEqualTo(2025);
        assertThat(documents().incomeCertificate().incomeYear()).isEqualTo(2024);
    }

    private SurveyDocuments documents() {
        return desk.system.showSurveyDocuments.showSurveyDocuments(desk.taro.id(), desk.son.id(), ReviewDesk.CLIENT).orElseThrow();
    }

    private LocalDate formDeadline() {
        return desk.system.showSurveyForm.showSurveyForm(desk.taro.id(), desk.son.id(), ReviewDesk.CLIENT).orElseThrow().deadline();
    }
}
