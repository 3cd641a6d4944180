package jp.kenpo.kennin.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.kenpo.kennin.application.survey.DeclareNoLongerEligibleUseCase.DeclareNoLongerEligibleResult;
import jp.kenpo.kennin.application.survey.DependentReview;
import jp.kenpo.kennin.application.survey.ListSurveyDependentsUseCase.SurveyDependent;
import jp.kenpo.kennin.application.survey.ListSurveyDependentsUseCase.SurveyDependents;
import jp.kenpo.kennin.application.survey.SaveSurveyAnswersUseCase.SaveSurveyAnswersCommand;
import jp.kenpo.kennin.application.survey.SaveSurveyAnswersUseCase.SaveSurveyAnswersResult;
import jp.kenpo.kennin.application.survey.ShowSurveyFormUseCase.SurveyForm;
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
import jp.kenpo.kennin.domain.survey.SurveyStep;
import org.junit.jupiter.api.Test;

/** The survey form in short steps (issue 13), on a phone: one topic per page, each saved on its own. */
class SurveyInShortStepsTest extends WebAppFixture {
    private static final Dependent SON = dependent(31, "健保 一郎", "ケンポ イチロウ", "長男", LocalDate.of(2005, 6, 1));
    private static final Dependent DAUGHTER = dependent(32, "健保 花子", "ケンポ ハナコ", "長女", LocalDate.of(2007, 4, 2));
    private static final Pattern LABEL = Pattern.compile("<label for=\"(\\w+)\">([^<]*)<span class=\"tag tag-(required|optional)\">([^<]*)</span></label>");

    private static Dependent dependent(long id, String name, String kana, String relationship, LocalDate birth) {
        return new Dependent(new DependentId(id), FakeUseCases.MEMBER, DependentNumber.parse(String.valueOf(id - 29)),
                new PersonName(name, kana), birth, StatedRelationship.parse(relationship), Sex.MALE, Cohabitation.APART,
                Optional.empty());
    }

    private static SurveyForm form(Dependent who, SurveyAnswers answers, Optional<Judgement> judgement) {
        var kind = who.relationship().kind();
        return new SurveyForm(who, 2025, LocalDate.of(2025, 10, 1), SurveyStatus.IN_PROGRESS, false, answers,
                Optional.empty(), answers.applicable(kind), answers.missing(kind, Optional.empty()), Optional.empty(), judgement,
                judgement.map(j -> j.documents().stream().map(d -> new DependentReview.Requirement(d.kind(), d.copies(),
                        List.<SurveyDocument>of())).toList()).orElse(List.of()), Optional.empty(), LocalDate.of(2025, 11, 30));
    }

    private static SurveyAnswers answers(Map<Question, String> raw) {
        return SurveyAnswers.read(raw).answers();
    }

    @Test
    void everyStepShowsWhereTheMemberIsTheDeadlineAndWhetherEachFieldIsRequired() {
        fakes.surveyForms.put(SON.id(), form(SON, answers(Map.of(Question.LIVING, "APART_FOR_SCHOOL",
                Question.SITUATION, "WORKING_UNDER_THE_LIMIT")), Optional.empty()));
        logIn();

        for (SurveyStep step : SurveyStep.values()) {
            String page = browser.open("/survey/dependents/31/steps/" + step.slug()).body();

            assertThat(page).as(step.name()).contains("ステップ " + step.number() + " / 5", "提出期限：2025年11月30日",
                    "1</span> 同居・別居", "2</span> 収入", "3</span> 雇用保険", "4</span> ほかの保険", "5</span> 確認")
                    .containsPattern("<li class=\"current\" aria-current=\"step\"><span class=\"steps-number\">" + step.number()
                            + "</span> [^<]+</li>");
            assertThat(page.split("aria-current=\"step\"", -1)).as(step.name()).hasSize(2);
            Matcher label = LABEL.matcher(page);
            int labels = 0;
            while (label.find()) {
                labels++;
                assertThat(label.group(4)).isEqualTo(label.group(3).equals("required") ? "必須" : "任意");
            }
            int fields = page.split("<div class=\"field", -1).length - 1;
            assertThat(labels).as("every field of %s has its tag", step).isEqualTo(fields);
            if (step != SurveyStep.CONFIRM) {
                assertThat(labels).as(step.name()).isPositive();
            }
        }
        String income = browser.open("/survey/dependents/31/steps/income").body();
        // A worker's salary is required, so its hint does not invite a blank; the other incomes stay optional.
        assertThat(tagOf(income, "SALARY")).isEqualTo("必須");
        assertThat(tagOf(income, "PENSION")).isEqualTo("任意");
        assertThat(hintOf(income, "SALARY")).isEqualTo("年額を円で入力してください。");
        assertThat(hintOf(income, "PENSION")).contains("ない場合は空欄");
        assertThat(tagOf(browser.open("/survey/dependents/31/steps/living").body(), "REMITTANCE")).isEqualTo("必須");
    }

    @Test
    void afterSubmissionTheStepsShowTheAnswersWithoutASaveAndAPostIsToldWhy() {
        SurveyForm open = form(SON, answers(Map.of(Question.LIVING, "TOGETHER", Question.SITUATION, "STUDENT")), Optional.empty());
        fakes.surveyForms.put(SON.id(), new SurveyForm(open.dependent(), open.fiscalYear(), open.referenceDate(),
                SurveyStatus.SUBMITTED, true, open.answers(), open.memberIncome(), open.applicable(), open.missing(),
                open.noLongerEligible(), open.judgement(), open.requirements(), open.returnReason(), open.deadline()));
        fakes.saveSurveyAnswers = new SaveSurveyAnswersResult.ReadOnly();
        logIn();

        for (SurveyStep step : List.of(SurveyStep.LIVING, SurveyStep.INCOME, SurveyStep.EMPLOYMENT, SurveyStep.OTHER_INSURANCE)) {
            String page = browser.open("/survey/dependents/31/steps/" + step.slug()).body();
            assertThat(page).as(step.name()).contains("この調査票は提出済みまたは確認済みのため、変更できません。")
                    .doesNotContain("保存して次へ");
            int fields = page.split("<(select|input|textarea) id=\"[A-Z_]+\"", -1).length - 1;
            int disabled = page.split("<(select|input|textarea) id=\"[A-Z_]+\"[^>]* disabled", -1).length - 1;
            assertThat(fields).as(step.name()).isPositive().isEqualTo(disabled);
        }
        assertThat(browser.open("/survey/dependents/31/steps/living").body()).containsPattern("<option value=\"TOGETHER\" selected");

        browser.open("/survey/dependents/31/steps/living");
        HttpResponse<String> posted = browser.post("/survey/dependents/31/steps/living",
                Map.of("_csrf", browser.csrfToken().orElseThrow(), "LIVING", "APART"), Map.of());
        assertThat(posted.statusCode()).isEqualTo(303);
        assertThat(posted.headers().firstValue("Location")).contains("/survey/dependents/31/steps/living");
        assertThat(browser.open("/survey/dependents/31/steps/living").body()).contains("role=\"alert\"")
                .contains("この調査票は提出済みまたは確認済みのため、変更できません。");
        HttpResponse<String> loss = browser.fetch("/survey/dependents/31/steps/no-longer-eligible");
        assertThat(loss.statusCode()).as("no declaration once submitted").isEqualTo(303);
        assertThat(loss.headers().firstValue("Location")).hasValue("/survey/dependents/31/steps/confirm");
    }

    @Test
    void aStepSavesOnlyItsOwnQuestionsAndMovesOnByRedirect() {
        fakes.surveyForms.put(SON.id(), form(SON, SurveyAnswers.none(), Optional.empty()));
        logIn();
        browser.open("/survey/dependents/31/steps/employment");
        String token = browser.csrfToken().orElseThrow();

        HttpResponse<String> posted = browser.send(HttpRequest.newBuilder(browser.uri("/survey/dependents/31/steps/employment"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + token + "&EMPLOYMENT_CHANGED=yes&UNEMPLOYMENT_BENEFIT=RECEIVING"
                        + "&BENEFIT_DAILY_AMOUNT=4000&SALARY=999"))
                .build());

        assertThat(posted.statusCode()).isEqualTo(303);
        assertThat(posted.headers().firstValue("Location")).contains("/survey/dependents/31/steps/other-insurance");
        SaveSurveyAnswersCommand command = fakes.callsOf(SaveSurveyAnswersCommand.class).get(0);
        assertThat(command.step()).contains(SurveyStep.EMPLOYMENT);
        // Only this step's questions are sent: a salary smuggled in the post is not this step's to write.
        assertThat(command.answers()).containsOnlyKeys(Question.EMPLOYMENT_CHANGED, Question.UNEMPLOYMENT_BENEFIT,
                Question.BENEFIT_DAILY_AMOUNT).containsEntry(Question.UNEMPLOYMENT_BENEFIT, "RECEIVING");
        String next = browser.open(posted.headers().firstValue("Location").orElseThrow()).body();
        assertThat(next).contains("このステップの回答を一時保存しました。", "ステップ 4 / 5");
    }

    @Test
    void aRefusedStepComesBackBy303ThenGetWithTheSummaryAndWhatWasTyped() {
        fakes.surveyForms.put(SON.id(), form(SON, answers(Map.of(Question.LIVING, "APART_FOR_SCHOOL")), Optional.empty()));
        fakes.saveSurveyAnswers = new SaveSurveyAnswersResult.Saved(Map.of(Question.REMITTANCE, "survey.amount.invalid"));
        logIn();
        browser.open("/survey/dependents/31/steps/living");
        String token = browser.csrfToken().orElseThrow();

        HttpResponse<String> posted = browser.send(HttpRequest.newBuilder(browser.uri("/survey/dependents/31/steps/living"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + token + "&LIVING=APART_FOR_SCHOOL&REMITTANCE=%E5%8D%81%E4%B8%87"))
                .build());
        assertThat(posted.statusCode()).isEqualTo(303);
        assertThat(posted.headers().firstValue("Location")).contains("/survey/dependents/31/steps/living");

        HttpResponse<String> refused = browser.open("/survey/dependents/31/steps/living");
        assertThat(refused.request().method()).isEqualTo("GET");
        String page = refused.body();
        assertThat(page).containsPattern("id=\"form-errors\" tabindex=\"-1\" autofocus")
                .containsPattern("<li><a href=\"#REMITTANCE\">金額を数字で入力してください")
                .contains("value=\"十万\"", "読み取れなかった回答があります", "ステップ 1 / 5")
                .containsPattern("<div class=\"field-error\" id=\"REMITTANCE-error\">\\s*<p>金額を数字で入力してください");
        assertThat(browser.open("/survey/dependents/31/steps/living").body()).doesNotContain("id=\"form-errors\"", "十万");
    }

    @Test
    void aQuestionThatAnAnswerMadeRequiredIsAnnouncedByName() {
        fakes.surveyForms.put(SON.id(), form(SON, answers(Map.of(Question.LIVING, "APART_FOR_SCHOOL")), Optional.empty()));
        fakes.saveSurveyAnswers = new SaveSurveyAnswersResult.Saved(Map.of(), List.of(Question.REMITTANCE));
        logIn();
        browser.open("/survey/dependents/31/steps/living");

        HttpResponse<String> same = browser.submit("/survey/dependents/31/steps/living", Map.of("LIVING", "APART_FOR_SCHOOL"));

        // Needed on this very step: the member stays here, told which question, with a link to it.
        assertThat(same.uri().getPath()).isEqualTo("/survey/dependents/31/steps/living");
        assertThat(same.body()).contains("回答により、次の質問への回答が必要になりました",
                "<li><a href=\"#REMITTANCE\">被保険者からの仕送り額（年額・振込によるもの）</a></li>");
        assertThat(browser.open("/survey/dependents/31/steps/living").body()).as("said once")
                .doesNotContain("回答が必要になりました");

        fakes.saveSurveyAnswers = new SaveSurveyAnswersResult.Saved(Map.of(), List.of(Question.MEMBER_INCOME));
        HttpResponse<String> later = browser.submit("/survey/dependents/31/steps/living", Map.of("LIVING", "TOGETHER"));
        assertThat(later.uri().getPath()).isEqualTo("/survey/dependents/31/steps/income");
        assertThat(later.body()).contains("回答が必要になりました", "<li><a href=\"#MEMBER_INCOME\">被保険者（あなた）ご自身の今後1年間の収入見込み（税引前）</a></li>");

        fakes.saveSurveyAnswers = new SaveSurveyAnswersResult.Saved(Map.of());
        HttpResponse<String> quiet = browser.submit("/survey/dependents/31/steps/living", Map.of("LIVING", "TOGETHER"));
        assertThat(quiet.body()).doesNotContain("回答が必要になりました");
    }

    @Test
    void theCheckListsEveryStepsAnswersTheProspectTheDocumentsAndTheNextDependent() {
        SurveyAnswers complete = answers(Map.ofEntries(Map.entry(Question.LIVING, "APART_FOR_SCHOOL"),
                Map.entry(Question.RESIDENCE, "IN_JAPAN"), Map.entry(Question.REMITTANCE, "1200000"),
                Map.entry(Question.SITUATION, "STUDENT"), Map.entry(Question.DISABLED, "no"),
                Map.entry(Question.EMPLOYMENT_CHANGED, "no"), Map.entry(Question.UNEMPLOYMENT_BENEFIT, "NOT_CLAIMING"),
                Map.entry(Question.OTHER_HEALTH_INSURANCE, "no")));
        Judgement judgement = Judgement.of(List.of(Reason.note("eligibility.income.withinAnnualLimit", "YOUNG_ADULT", 1_500_000L, 0L)),
                List.of(RequiredDocument.one(DocumentKind.STUDENT_CERTIFICATE)));
        fakes.surveyForms.put(SON.id(), form(SON, complete, Optional.of(judgement)));
        fakes.surveyDependents = new SurveyDependents(List.of(new SurveyDependent(SON, SurveyStatus.IN_PROGRESS),
                new SurveyDependent(DAUGHTER, SurveyStatus.NOT_STARTED)), Optional.empty(), Optional.empty());
        logIn();

        String page = browser.open("/survey/dependents/31/steps/confirm").body();

        assertThat(page).contains("別居（就学のため）", "1,200,000円", "学生", "申請していない",
                "<a href=\"/survey/dependents/31/steps/living\">「同居・別居」を変更する</a>",
                "<a href=\"/survey/dependents/31/steps/other-insurance\">「ほかの保険」を変更する</a>",
                "見込み：継続可", "まだ提出が必要な書類", "在学証明書または学生証（両面）",
                "href=\"/survey/dependents/31/documents\"",
                "<a class=\"button secondary\" href=\"/survey/dependents/32/steps\">次の被扶養者へ（健保 花子さん）</a>");
        assertThat(page.indexOf("次の被扶養者へ")).isGreaterThan(page.indexOf("まだ提出が必要な書類"));

        fakes.surveyDependents = new SurveyDependents(List.of(new SurveyDependent(SON, SurveyStatus.IN_PROGRESS),
                new SurveyDependent(DAUGHTER, SurveyStatus.SUBMITTED)), Optional.empty(), Optional.empty());
        assertThat(browser.open("/survey/dependents/31/steps/confirm").body())
                .contains("<a class=\"button secondary\" href=\"/home\">入力が必要な被扶養者はほかにいません。メイン画面へ</a>")
                .doesNotContain("次の被扶養者へ");
    }

    @Test
    void theCheckOfADependentDeclaredNoLongerEligibleSaysSoAndWhatToDoInsteadOfAProspect() {
        SurveyForm open = form(SON, answers(Map.of()), Optional.empty());
        fakes.surveyForms.put(SON.id(), new SurveyForm(open.dependent(), open.fiscalYear(), open.referenceDate(),
                SurveyStatus.IN_PROGRESS, false, open.answers(), open.memberIncome(), open.applicable(), List.of(),
                Optional.of(new NoLongerEligible(LocalDate.of(2025, 4, 1), LossReason.EMPLOYED_WITH_OWN_INSURANCE)),
                Optional.empty(), List.of(), Optional.empty(), open.deadline()));
        logIn();

        String page = browser.open("/survey/dependents/31/steps/confirm").body();

        assertThat(page).contains("<h2 id=\"loss-heading\">資格喪失の手続き</h2>",
                        "2025年4月1日（火）から扶養から外れる（理由：就職して勤務先の健康保険に加入した）と届け出ています。", "class=\"procedure\"")
                .contains("<a href=\"/survey/dependents/31\">調査票（1ページで回答する画面）を開く</a>")
                .doesNotContain("見込み：", "judgement-heading", "を変更する", "この方が扶養から外れる場合");
    }

    @Test
    void aDiscontinueProspectLeadsToTheDeclarationAsAStepAndEveryAnswerComesBackToTheSteps() {
        Judgement discontinue = Judgement.of(List.of(Reason.disqualifying("eligibility.otherHealthInsurance")), List.of());
        fakes.surveyForms.put(SON.id(), form(SON, answers(Map.of(Question.LIVING, "TOGETHER")), Optional.of(discontinue)));
        logIn();
        String check = browser.open("/survey/dependents/31/steps/confirm").body();
        assertThat(check).contains("見込み：継続不可", "下の「扶養から外れる届出へ進む」から届け出てください",
                "<a href=\"/survey/dependents/31/steps/no-longer-eligible\">扶養から外れる届出へ進む</a>");

        String page = browser.open("/survey/dependents/31/steps/no-longer-eligible").body();
        assertThat(page).contains("<h1>扶養から外れる（資格喪失）</h1>", "健保 一郎（長男）", "提出期限：",
                "<input type=\"hidden\" name=\"from\" value=\"steps\">", "届出の内容を確認する");

        // refused: back to this page with the summary, not to the one-page form
        fakes.declareNoLongerEligible = new DeclareNoLongerEligibleResult.Refused(Map.of("reason", "survey.loss.reason.required"));
        HttpResponse<String> refused = browser.post("/survey/dependents/31/no-longer-eligible", Map.of("_csrf",
                browser.csrfToken().orElseThrow(), "since", "2025/04/01", "reason", "", "from", "steps"), Map.of());
        assertThat(refused.statusCode()).isEqualTo(303);
        assertThat(refused.headers().firstValue("Location")).contains("/survey/dependents/31/steps/no-longer-eligible");
        String again = browser.open("/survey/dependents/31/steps/no-longer-eligible").body();
        assertThat(again).contains("error-summary", "理由を選んでください。", "value=\"2025/04/01\"");

        // asked first, then declared: back at the steps' check
        fakes.declareNoLongerEligible = new DeclareNoLongerEligibleResult.Declared();
        HttpResponse<String> toConfirm = browser.post("/survey/dependents/31/no-longer-eligible", Map.of("_csrf",
                browser.csrfToken().orElseThrow(), "since", "2025/04/01", "reason", "MARRIED", "from", "steps"), Map.of());
        assertThat(toConfirm.headers().firstValue("Location")).contains("/survey/dependents/31/no-longer-eligible");
        String question = browser.open("/survey/dependents/31/no-longer-eligible").body();
        assertThat(question).contains("扶養から外れる届出の確認", "<input type=\"hidden\" name=\"from\" value=\"steps\">",
                "<a href=\"/survey/dependents/31/steps/no-longer-eligible\">戻って修正する（届け出ない）</a>");
        HttpResponse<String> declared = browser.post("/survey/dependents/31/no-longer-eligible", Map.of("_csrf",
                browser.csrfToken().orElseThrow(), "since", "2025-04-01", "reason", "MARRIED", "confirmed", "yes", "from", "steps"), Map.of());
        assertThat(declared.statusCode()).isEqualTo(303);
        assertThat(declared.headers().firstValue("Location")).contains("/survey/dependents/31/steps/confirm");

        // the one-page form's own declaration still goes back to the one-page form
        HttpResponse<String> onePage = browser.post("/survey/dependents/31/no-longer-eligible", Map.of("_csrf",
                browser.csrfToken().orElseThrow(), "since", "2025-04-01", "reason", "MARRIED", "confirmed", "yes", "from", "https://evil.example/"), Map.of());
        assertThat(onePage.headers().firstValue("Location")).hasValue("/survey/dependents/31");
    }

    @Test
    void theStepsStartAtTheFirstStepWithSomethingMissing() {
        fakes.surveyForms.put(SON.id(), form(SON, answers(Map.of(Question.LIVING, "TOGETHER", Question.RESIDENCE, "IN_JAPAN")),
                Optional.empty()));
        logIn();

        assertThat(browser.open("/survey/dependents/31").body())
                .contains("<a href=\"/survey/dependents/31/steps\">1ページに1つの話題ずつ、短いステップで回答する</a>");
        HttpResponse<String> start = browser.open("/survey/dependents/31/steps");

        assertThat(start.uri().getPath()).isEqualTo("/survey/dependents/31/steps/income");
    }

    @Test
    void anotherMembersDependentOrAnUnknownStepIsNotFound() {
        fakes.saveSurveyAnswers = new SaveSurveyAnswersResult.NotFound();
        fakes.surveyForms.put(SON.id(), form(SON, SurveyAnswers.none(), Optional.empty()));
        logIn();

        assertThat(browser.fetch("/survey/dependents/99/steps/living").statusCode()).isEqualTo(404);
        assertThat(browser.fetch("/survey/dependents/99/steps/confirm").statusCode()).isEqualTo(404);
        assertThat(browser.fetch("/survey/dependents/99/steps").statusCode()).isEqualTo(404);
        assertThat(browser.fetch("/survey/dependents/31/steps/nothing").statusCode()).isEqualTo(404);
        assertThat(browser.fetch("/survey/dependents/99/steps/no-longer-eligible").statusCode())
                .as("another member's dependent, by a guessed id").isEqualTo(404);
        browser.open("/home");
        assertThat(browser.submit("/survey/dependents/99/steps/living", Map.of("LIVING", "TOGETHER")).statusCode()).isEqualTo(404);
        browser.open("/home");
        assertThat(browser.submit("/survey/dependents/31/steps/confirm", Map.of()).statusCode()).isEqualTo(404);
    }

    @Test
    void withoutJavaScriptEachStepIsAPlainFormAndAFollowUpWaitsHiddenForTheScriptOrTheSave() {
        fakes.surveyForms.put(SON.id(), form(SON, SurveyAnswers.none(), Optional.empty()));
        logIn();

        String page = browser.open("/survey/dependents/31/steps/living").body();

        assertThat(page).containsPattern("<form method=\"post\" action=\"/survey/dependents/31/steps/living\">\\s*"
                        + "<input type=\"hidden\" name=\"_csrf\" value=\"[^\"]+\">")
                .contains("<button type=\"submit\" class=\"button primary\">保存して次へ</button>",
                        "<script src=\"/assets/survey-steps.js\" defer></script>")
                // The remittance is only needed when living apart (a member posted alone counts as together): hidden until then.
                .containsPattern("<div class=\"field\" id=\"REMITTANCE-field\" hidden data-revealed-by=\"LIVING\" "
                        + "data-revealed-when=\"APART_FOR_SCHOOL APART_SEPARATE_HOUSEHOLD APART_OTHER\">")
                .doesNotContainPattern("<script>|<script [^>]*>[^<]+</script>|\\son(change|click|load)=");
        HttpResponse<String> script = browser.fetch("/assets/survey-steps.js");
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.headers().firstValue("Content-Type").orElse("")).contains("javascript");
        assertThat(script.body()).contains("data-revealed-by", "hidden");
    }

    private static String tagOf(String page, String field) {
        Matcher label = LABEL.matcher(page);
        while (label.find()) {
            if (label.group(1).equals(field)) {
                return label.group(4);
            }
        }
        throw new AssertionError("no label for " + field);
    }

    private static String hintOf(String page, String field) {
        Matcher hint = Pattern.compile("<p class=\"hint\" id=\"" + field + "-hint\">([^<]*)</p>").matcher(page);
        if (!hint.find()) {
            throw new AssertionError("no hint for " + field);
        }
        return hint.group(1);
    }
}
