package jp.kenpo.kennin.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.kenpo.kennin.adapters.web.testing.Browser;
import jp.kenpo.kennin.application.survey.ShowSurveyConfirmationUseCase.SurveyConfirmation;
import jp.kenpo.kennin.application.survey.SubmitSurveyUseCase.ConfirmationMail;
import jp.kenpo.kennin.application.survey.SubmitSurveyUseCase.SubmitSurveyResult;
import jp.kenpo.kennin.domain.dependent.DependentId;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.survey.ReceiptNumber;
import jp.kenpo.kennin.domain.survey.SurveyDeadline;
import jp.kenpo.kennin.domain.survey.SurveySubmission;
import org.junit.jupiter.api.Test;

/** The receipt page says what became of the confirmation mail, and claims nothing it does not know. */
class ReceiptPageTest extends WebAppFixture {
    private static final SurveySubmission SUBMISSION = new SurveySubmission(new ReceiptNumber("2025-7KQ3-M9XD"),
            InsurerCode.parse("demo"), 2025, FakeUseCases.MEMBER, Instant.parse("2025-08-29T01:00:00Z"),
            List.of(new DependentId(31)));

    private HttpResponse<String> submitWith(ConfirmationMail mail) {
        fakes.surveyConfirmation = new SurveyConfirmation("2025年度 被扶養者資格確認調査", List.of(),
                new SurveyDeadline(LocalDate.of(2025, 9, 9)), false, Optional.of(SUBMISSION));
        fakes.submitSurvey = new SubmitSurveyResult.Submitted(SUBMISSION, mail);
        logIn();
        browser.open("/home"); // any page with a form gives the CSRF token
        return browser.submit("/survey/submit", Map.of());
    }

    @Test
    void whenTheConfirmationMailWentOutThePageSaysSo() {
        HttpResponse<String> receipt = submitWith(ConfirmationMail.SENT);

        assertThat(receipt.uri().getPath()).isEqualTo("/survey/submitted");
        assertThat(receipt.body()).contains("<strong id=\"receipt\">2025-7KQ3-M9XD</strong>", "確認メールをお送りしました")
                .doesNotContain("送信できませんでした");
    }

    @Test
    void whenTheConfirmationMailCouldNotBeSentThePageSaysSoAndThatTheReceiptOnScreenIsValid() {
        HttpResponse<String> receipt = submitWith(ConfirmationMail.NOT_SENT);

        assertThat(receipt.uri().getPath()).isEqualTo("/survey/submitted");
        assertThat(receipt.body()).contains("<strong id=\"receipt\">2025-7KQ3-M9XD</strong>", "確認メールを送信できませんでした",
                "この画面の受付番号は有効です", "控えておいてください").doesNotContain("確認メールをお送りしました");
        assertThat(browser.open("/survey/submitted").body()).as("reloaded").contains("確認メールを送信できませんでした");
    }

    @Test
    void seenFromAnotherSessionThePageClaimsNothingAboutTheMail() {
        submitWith(ConfirmationMail.NOT_SENT);
        Browser otherDevice = newBrowser();
        otherDevice.open("/login");
        otherDevice.submit("/login", Map.of("userId", "taro.kenpo", "password", "Passw0rd!"));

        String page = otherDevice.open("/survey/submitted").body();

        assertThat(page).contains("2025-7KQ3-M9XD", "受付番号を控えておいてください")
                .doesNotContain("確認メールをお送りしました", "送信できませんでした");
    }
}
