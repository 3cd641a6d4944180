package jp.kenpo.kennin.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.kenpo.kennin.application.survey.DeclareNoLongerEligibleUseCase.DeclareNoLongerEligibleCommand;
import jp.kenpo.kennin.application.survey.DeclareNoLongerEligibleUseCase.DeclareNoLongerEligibleResult;
import jp.kenpo.kennin.application.survey.ListSurveyDependentsUseCase.SurveyDependent;
import jp.kenpo.kennin.application.survey.ListSurveyDependentsUseCase.SurveyDependents;
import jp.kenpo.kennin.application.survey.SaveSurveyAnswersUseCase.SaveSurveyAnswersCommand;
import jp.kenpo.kennin.application.survey.SaveSurveyAnswersUseCase.SaveSurveyAnswersResult;
import jp.kenpo.kennin.application.survey.ShowSurveyFormUseCase.SurveyForm;
import jp.kenpo.kennin.application.survey.DependentReview;
import jp.kenpo.kennin.application.survey.SurveyDocument;
import jp.kenpo.kennin.domain.dependent.Cohabitation;
import jp.kenpo.kennin.domain.dependent.Dependent;
import jp.kenpo.kennin.domain.dependent.DependentId;
import jp.kenpo.kennin.domain.dependent.DependentNumber;
import jp.kenpo.kennin.domain.dependent.Sex;
import jp.kenpo.kennin.domain.dependent.StatedRelationship;
import jp.kenpo.kennin.domain.eligibility.DocumentKind;
import jp.kenpo.kennin.domain.eligibility.Judgement;
import jp.kenpo.kennin.domain.eligibility.Reason;
import jp.kenpo.kennin.domain.eligibility.RequiredDocument;
import jp.kenpo.kennin.domain.member.PersonName;
import jp.kenpo.kennin.domain.survey.LossReason;
import jp.kenpo.kennin.domain.survey.NoLongerEligible;
import jp.kenpo.kennin.domain.survey.Question;
import jp.kenpo.kennin.domain.survey.SurveyAnswers;
import jp.kenpo.kennin.domain.survey.SurveyStatus;
import org.junit.jupiter.api.Test;

class SurveyFormPageTest extends WebAppFixture {
    private static final Dependent SON = new Dependent(new DependentId(31), FakeUseCases.MEMBER, DependentNumber.parse("2"),
            new PersonName("健保 一郎", "ケンポ イチロウ"), LocalDate.of(2005, 6, 1), StatedRelationship.parse("長男"), Sex.MALE,
            Cohabitation.APART, Optional.empty());

    private static SurveyForm form(SurveyAnswers answers, SurveyStatus status, Optional<NoLongerEligible> loss,
                                   Optional<Judgement> judgement) {
        var kind = SON.relationship().kind();
        return new SurveyForm(SON, 2025, LocalDate.of(2025, 10, 1), status, status == SurveyStatus.SUBMITTED, answers,
                Optional.empty(), answers.applicable(kind), answers.missing(kind, Optional.empty()), loss, judgement,
                judgement.map(j -> j.documents().stream().map(d -> new DependentReview.Requirement(d.kind(), d.copies(),
                        List.<SurveyDocument>of())).toList()).orElse(List.of()), Optional.empty(), LocalDate.of(2025, 11, 30));
    }

    private static SurveyAnswers livingApartForSchool() {
        return SurveyAnswers.read(Map.of(Question.LIVING, "APART_FOR_SCHOOL")).answers();
    }

    @Test
    void theMainScreenListsTheDependentsWithTheirStatusAndALinkToEachForm() {
        fakes.surveyDependents = new SurveyDependents(List.of(new SurveyDependent(SON, SurveyStatus.IN_PROGRESS)), Optional.empty(),
                Optional.empty());
        logIn();

        String page = browser.open("/home").body();

        assertThat(page).contains("<a href=\"/survey/dependents/31\">健保 一郎（長男）</a>", ">入力中</strong>");
    }

    @Test
    void theFormShowsOnlyQuestionsThatApplyAndWhatIsStillMissing() {
        fakes.surveyForms.put(SON.id(), form(livingApartForSchool(), SurveyStatus.IN_PROGRESS, Optional.empty(), Optional.empty()));
        logIn();

        String page = browser.open("/survey/dependents/31").body();

        assertThat(page).contains("健保 一郎", "被保険者からの仕送り額", "一時保存", "次の質問に回答すると")
                .contains("<option value=\"APART_FOR_SCHOOL\" selected>別居（就学のため）</option>")
                .doesNotContain("基本手当日額", "扶養しなければならない理由", "被保険者（あなた）ご自身")
                .containsPattern("<form method=\"post\" action=\"/survey/dependents/31\">\\s*<input type=\"hidden\" name=\"_csrf\" value=\"[^\"]+\">");
    }

    @Test
    void everyFieldOfTheOnePageFormSaysWhetherItIsRequiredAndARequiredAmountIsNotToldItMayBeLeftBlank() {
        fakes.surveyForms.put(SON.id(), form(livingApartForSchool(), SurveyStatus.IN_PROGRESS, Optional.empty(), Optional.empty()));
        logIn();

        String page = browser.open("/survey/dependents/31").body();

        int labels = page.split("<label for=\"[A-Z_]+\">", -1).length - 1;
        int tagged = page.split("<label for=\"[A-Z_]+\">[^<]*<span class=\"tag tag-(required|optional)\">", -1).length - 1;
        assertThat(labels).isPositive().isEqualTo(tagged);
        // living apart for school: the remittance is required, the salary is not
        assertThat(page).containsPattern("<label for=\"REMITTANCE\">[^<]*<span class=\"tag tag-required\">必須</span></label>\\s*"
                        + "<p class=\"hint\" id=\"REMITTANCE-hint\">年額を円で入力してください。</p>")
                .containsPattern("<label for=\"SALARY\">[^<]*<span class=\"tag tag-optional\">任意</span></label>\\s*"
                        + "<p class=\"hint\" id=\"SALARY-hint\">年額を円で入力してください。ない場合は空欄のままにしてください。</p>");
    }

    @Test
    void aQuestionTheSaveMadeRequiredIsNamedOnceAtTheTopOfTheOnePageForm() {
        fakes.surveyForms.put(SON.id(), form(livingApartForSchool(), SurveyStatus.IN_PROGRESS, Optional.empty(), Optional.empty()));
        fakes.saveSurveyAnswers = new SaveSurveyAnswersResult.Saved(Map.of(), List.of(Question.REMITTANCE));
        logIn();
        browser.open("/survey/dependents/31");

        String page = browser.submit("/survey/dependents/31", Map.of("LIVING", "APART_FOR_SCHOOL")).body();

        assertThat(page).contains("<section class=\"panel newly-required\" role=\"status\" aria-labelledby=\"newly-heading\">",
                "回答により、次の質問への回答が必要になりました", "<li><a href=\"#REMITTANCE\">被保険者からの仕送り額（年額・振込によるもの）</a></li>");
        assertThat(page.indexOf("newly-required")).isLessThan(page.indexOf("<form method=\"post\" action=\"/survey/dependents/31\">"));
        assertThat(browser.open("/survey/dependents/31").body()).as("said once").doesNotContain("newly-required");
    }

    @Test
    void aCompleteFormShowsThePreliminaryJudgementAndTheChecklistWithALinkToTheUploadPage() {
        Judgement judgement = Judgement.of(List.of(Reason.note("eligibility.income.withinAnnualLimit", "YOUNG_ADULT", 1_500_000L, 1_000_000L)),
                List.of(RequiredDocument.one(DocumentKind.STUDENT_CERTIFICATE), RequiredDocument.one(DocumentKind.REMITTANCE_PROOF)));
        fakes.surveyForms.put(SON.id(), form(livingApartForSchool(), SurveyStatus.IN_PROGRESS, Optional.empty(), Optional.of(judgement)));
        logIn();

        String page = browser.open("/survey/dependents/31").body();

        assertThat(page).contains("見込み：継続可", "見込み年収1,000,000円は、収入基準（年額1,500,000円未満）の範囲内です。",
                "在学証明書または学生証（両面）", "仕送りの証明", "未提出",
                "<a class=\"button primary\" href=\"/survey/dependents/31/documents\">書類をアップロードする</a>");
    }

    @Test
    void savingPassesTheRawAnswersAndRedirectsBackWithAConfirmation() {
        fakes.surveyForms.put(SON.id(), form(SurveyAnswers.none(), SurveyStatus.NOT_STARTED, Optional.empty(), Optional.empty()));
        logIn();
        browser.open("/survey/dependents/31");

        HttpResponse<String> saved = browser.submit("/survey/dependents/31", Map.of("LIVING", "APART_FOR_SCHOOL", "SALARY", "１，２９９，９９９円"));

        assertThat(saved.uri().getPath()).isEqualTo("/survey/dependents/31");
        assertThat(saved.body()).contains("回答を一時保存しました。");
        SaveSurveyAnswersCommand command = fakes.callsOf(SaveSurveyAnswersCommand.class).get(0);
        assertThat(command.account()).isEqualTo(FakeUseCases.ACCOUNT);
        assertThat(command.answers()).containsEntry(Question.LIVING, "APART_FOR_SCHOOL").containsEntry(Question.SALARY, "１，２９９，９９９円");
    }

    @Test
    void anUnreadableAmountIsShownNextToItsFieldWithWhatWasTyped() {
        fakes.surveyForms.put(SON.id(), form(livingApartForSchool(), SurveyStatus.IN_PROGRESS, Optional.empty(), Optional.empty()));
        fakes.saveSurveyAnswers = new SaveSurveyAnswersResult.Saved(Map.of(Question.REMITTANCE, "survey.amount.invalid"));
        logIn();
        browser.open("/survey/dependents/31");

        HttpResponse<String> refused = browser.submit("/survey/dependents/31", Map.of("LIVING", "APART_FOR_SCHOOL", "REMITTANCE", "十万"));

        // Post/redirect/get: the page is reached by GET, so reloading it never saves again.
        assertThat(refused.request().method()).isEqualTo("GET");
        assertThat(refused.uri().getPath()).isEqualTo("/survey/dependents/31");
        String page = refused.body();
        assertThat(page).contains("value=\"十万\"", "aria-invalid=\"true\"")
                .containsPattern("<div class=\"field-error\" id=\"REMITTANCE-error\">\\s*<p>金額を数字で入力してください");
        // At the top, before the form: a summary that takes the focus and links to the field.
        assertThat(page.indexOf("id=\"form-errors\"")).isPositive().isLessThan(page.indexOf("<form method=\"post\" action=\"/survey/dependents/31\""));
        assertThat(page).containsPattern("id=\"form-errors\" tabindex=\"-1\" autofocus")
                .containsPattern("<li><a href=\"#REMITTANCE\">金額を数字で入力してください")
                .doesNotContain("<ul class=\"field-error\"", "<ul role=\"alert\"");
        assertThat(fakes.callsOf(SaveSurveyAnswersCommand.class)).hasSize(1);

        String reloaded = browser.open("/survey/dependents/31").body();
        assertThat(reloaded).doesNotContain("id=\"form-errors\"", "十万");
        assertThat(fakes.callsOf(SaveSurveyAnswersCommand.class)).hasSize(1);
    }

    @Test
    void aRefusalWithMoreTextThanTheSessionHoldsStillComesBackWithItsErrors() {
        fakes.surveyForms.put(SON.id(), form(livingApartForSchool(), SurveyStatus.IN_PROGRESS, Optional.empty(), Optional.empty()));
        fakes.saveSurveyAnswers = new SaveSurveyAnswersResult.Saved(Map.of(Question.REMITTANCE, "survey.amount.invalid"));
        logIn();
        browser.open("/survey/dependents/31");

        HttpResponse<String> refused = browser.submit("/survey/dependents/31", Map.of("LIVING", "APART_FOR_SCHOOL",
                "REMITTANCE", "十万", "PARENT_SUPPORT_REASON", "長い理由".repeat(500)));

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("<a href=\"#REMITTANCE\">金額を数字で入力してください", "value=\"十万\"")
                .doesNotContain("長い理由長い理由");
    }

    @Test
    void anotherMembersDependentIsNotFound() {
        fakes.saveSurveyAnswers = new SaveSurveyAnswersResult.NotFound();
        fakes.declareNoLongerEligible = new DeclareNoLongerEligibleResult.NotFound();
        logIn();

        assertThat(browser.fetch("/survey/dependents/99").statusCode()).isEqualTo(404);
        assertThat(browser.fetch("/survey/dependents/abc").statusCode()).isEqualTo(404);
        browser.open("/home");
        assertThat(browser.submit("/survey/dependents/99", Map.of("LIVING", "TOGETHER")).statusCode()).isEqualTo(404);
        browser.open("/home");
        assertThat(browser.submit("/survey/dependents/99/no-longer-eligible", Map.of("since", "2025/04/01", "reason", "MARRIED"))
                .statusCode()).isEqualTo(404);
    }

    @Test
    void aSubmittedFormIsShownReadOnlyAndASaveIsRefused() {
        fakes.surveyForms.put(SON.id(), form(livingApartForSchool(), SurveyStatus.SUBMITTED, Optional.empty(), Optional.empty()));
        fakes.saveSurveyAnswers = new SaveSurveyAnswersResult.ReadOnly();
        logIn();

        String page = browser.open("/survey/dependents/31").body();
        assertThat(page).contains("変更できません", "disabled").doesNotContain(">一時保存</button>", "扶養から外れることを届け出る");

        String refused = browser.submit("/survey/dependents/31", Map.of("LIVING", "TOGETHER")).body();
        assertThat(refused).contains("role=\"alert\"", "変更できません");
    }

    @Test
    void aDeclaredLossExplainsTheProcedureInsteadOfTheChecklist() {
        fakes.surveyForms.put(SON.id(), form(SurveyAnswers.none(), SurveyStatus.IN_PROGRESS,
                Optional.of(new NoLongerEligible(LocalDate.of(2025, 6, 1), LossReason.EMPLOYED_WITH_OWN_INSURANCE)), Optional.empty()));
        logIn();
        browser.open("/survey/dependents/31");

        HttpResponse<String> check = browser.submit("/survey/dependents/31/no-longer-eligible", Map.of("since", "2025/06/01",
                "reason", "EMPLOYED_WITH_OWN_INSURANCE"));
        // First a page to check the day and reason as read; nothing declared yet.
        assertThat(check.uri().getPath()).isEqualTo("/survey/dependents/31/no-longer-eligible");
        assertThat(check.body()).contains("扶養から外れる届出の確認", "2025年6月1日", "就職して勤務先の健康保険に加入した",
                "name=\"confirmed\" value=\"yes\"", "戻って修正する");
        assertThat(fakes.callsOf(DeclareNoLongerEligibleCommand.class)).extracting(DeclareNoLongerEligibleCommand::confirmed)
                .containsExactly(false);

        String page = browser.submit("/survey/dependents/31/no-longer-eligible", Map.of("since", "2025-06-01",
                "reason", "EMPLOYED_WITH_OWN_INSURANCE", "confirmed", "yes")).body();

        assertThat(page).contains("扶養から外れることを届け出ました", "資格喪失の手続き", "被扶養者異動届", "就職して勤務先の健康保険に加入した")
                .doesNotContain("提出が必要な書類");
        assertThat(fakes.callsOf(DeclareNoLongerEligibleCommand.class)).extracting(DeclareNoLongerEligibleCommand::since,
                DeclareNoLongerEligibleCommand::confirmed).containsExactly(tuple("2025/06/01", false), tuple("2025-06-01", true));
        // The confirmation is used up: opening its address again leads back to the form.
        assertThat(browser.open("/survey/dependents/31/no-longer-eligible").uri().getPath()).isEqualTo("/survey/dependents/31");
    }

    @Test
    void aRefusedDeclarationShowsTheReasonNextToTheDate() {
        fakes.surveyForms.put(SON.id(), form(SurveyAnswers.none(), SurveyStatus.NOT_STARTED, Optional.empty(), Optional.empty()));
        fakes.declareNoLongerEligible = new DeclareNoLongerEligibleResult.Refused(Map.of("since", "survey.loss.beforeBirth"));
        logIn();
        browser.open("/survey/dependents/31");

        String page = browser.submit("/survey/dependents/31/no-longer-eligible", Map.of("since", "1999/01/01", "reason", "MARRIED")).body();

        assertThat(page).contains("id=\"since-error\"", "生年月日より前の日付は入力できません。", "value=\"1999/01/01\"")
                .contains("<option value=\"MARRIED\" selected>")
                .containsPattern("<li><a href=\"#since\">生年月日より前の日付は入力できません。");
        assertThat(page.indexOf("id=\"form-errors\"")).isLessThan(page.indexOf("id=\"answers-heading\""));
    }
}
