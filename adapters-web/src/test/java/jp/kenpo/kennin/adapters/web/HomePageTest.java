package jp.kenpo.kennin.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import jp.kenpo.kennin.application.survey.ListSurveyDependentsUseCase.NoneInScope;
import jp.kenpo.kennin.application.survey.ListSurveyDependentsUseCase.SurveyDependent;
import jp.kenpo.kennin.application.survey.ListSurveyDependentsUseCase.SurveyDependents;
import jp.kenpo.kennin.domain.dependent.Cohabitation;
import jp.kenpo.kennin.domain.dependent.Dependent;
import jp.kenpo.kennin.domain.dependent.DependentId;
import jp.kenpo.kennin.domain.dependent.DependentNumber;
import jp.kenpo.kennin.domain.dependent.Sex;
import jp.kenpo.kennin.domain.dependent.StatedRelationship;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.member.PersonName;
import jp.kenpo.kennin.domain.survey.ReceiptNumber;
import jp.kenpo.kennin.domain.survey.SurveyStatus;
import jp.kenpo.kennin.domain.survey.TaskStatus;
import jp.kenpo.kennin.domain.survey.SurveySubmission;
import jp.kenpo.kennin.application.home.ShowMainScreenUseCase.MainScreen;
import jp.kenpo.kennin.application.insurer.NoticePort.AttachmentContent;
import org.junit.jupiter.api.Test;

class HomePageTest extends WebAppFixture {
    private static final Dependent SON = new Dependent(new DependentId(31), FakeUseCases.MEMBER, DependentNumber.parse("2"),
            new PersonName("健保 一郎", "ケンポ イチロウ"), LocalDate.of(2005, 6, 1), StatedRelationship.parse("長男"), Sex.MALE,
            Cohabitation.APART, Optional.empty());
    private static final ReceiptNumber RECEIPT = new ReceiptNumber("2025-7KQ3-M9XD");

    private static SurveyDependents son(SurveyStatus status, Optional<SurveySubmission> last) {
        return new SurveyDependents(List.of(new SurveyDependent(SON, status)), Optional.empty(), last);
    }

    private static SurveySubmission submission() {
        return new SurveySubmission(RECEIPT, InsurerCode.parse("demo"), 2025, FakeUseCases.MEMBER,
                Instant.parse("2025-08-29T01:00:00Z"), List.of(SON.id()));
    }

    @Test
    void theMainScreenShowsTheMemberTheSurveyNoticesContactAndAccountLinks() {
        fakes.surveyDependents = son(SurveyStatus.NOT_STARTED, Optional.empty());
        logIn();

        String page = browser.open("/home").body();

        assertThat(page).contains("健保 太郎 様", "デモ健康保険組合");
        assertThat(page).contains("2025年度 被扶養者資格確認調査", "回答期限：2025年9月9日（火）", "回答期限まであと12日です",
                "対象の被扶養者 1人中 0人 完了", "<strong class=\"tag tag-NOT_STARTED\" id=\"task-31\">未着手</strong>");
        // One obvious next action (the survey in short steps, from the first unfinished one), and no submit button while nothing is ready.
        assertThat(page).containsPattern("id=\"next-action\">\\s*<h3>次にすること</h3>\\s*<p><a class=\"button primary\" href=\"/survey/dependents/31/steps\">健保 一郎さんの回答を始める</a>")
                .doesNotContain("class=\"button primary\" href=\"/survey/confirm\"");
        assertThat(page).contains("健康保険組合からのお知らせ", "操作マニュアルのご案内",
                "<a href=\"/notices/attachments/11\" download>操作マニュアル.pdf</a>", "2KB");
        assertThat(page).contains("0120-000-000", "平日10時～17時", "href=\"mailto:help@example.jp\"",
                "href=\"https://kenpo.example.jp/faq\"");
        assertThat(page).contains("href=\"/account/email\">メールアドレスの変更</a>");
        assertThat(page).containsPattern("<form method=\"post\" action=\"/logout\">\\s*<input type=\"hidden\" name=\"_csrf\" value=\"[^\"]+\">\\s*<button[^>]*>ログアウト</button>");
        assertThat(fakes.callsOf(FakeUseCases.MainScreenShown.class)).extracting(FakeUseCases.MainScreenShown::account)
                .containsOnly(FakeUseCases.ACCOUNT);
    }

    @Test
    void aMemberWithNobodyInTheSurveysScopeIsToldSoAndWhyWithNothingToSubmit() {
        fakes.surveyDependents = new SurveyDependents(List.of(), Optional.of(new NoneInScope.BelowAge(18, LocalDate.of(2025, 10, 1))),
                Optional.empty());
        logIn();

        String page = browser.open("/home").body();

        assertThat(page).contains("2025年度 被扶養者資格確認調査", "今回の調査の対象となる被扶養者はいません",
                        "回答・提出の必要はありません", "基準日（2025年10月1日（水））に18歳以上の被扶養者が対象です")
                .doesNotContain("未回答", "href=\"/survey/confirm\"", "回答期限まであと");
    }

    @Test
    void aMemberWithoutDependentsOnRecordIsToldThat() {
        fakes.surveyDependents = new SurveyDependents(List.of(), Optional.of(new NoneInScope.NoDependents()), Optional.empty());
        logIn();

        assertThat(browser.open("/home").body()).contains("今回の調査の対象となる被扶養者はいません", "登録されている被扶養者がいません")
                .doesNotContain("未回答");
    }

    @Test
    void afterSubmissionTheMainScreenShowsTheReceiptAndWhatHappensNextInsteadOfTheCountdownAndTheButton() {
        fakes.surveyDependents = son(SurveyStatus.SUBMITTED, Optional.of(submission()));
        logIn();

        String page = browser.open("/home").body();

        assertThat(page).contains("対象の被扶養者 1人中 1人 完了", ">提出済</strong>", "受付番号：<strong id=\"receipt\">2025-7KQ3-M9XD</strong>",
                        "担当者が内容を確認し、結果をメールでお知らせします", "提出内容を見る",
                        "<a href=\"/survey/submitted\">受付票を見る・印刷する（PDF）</a>")
                .doesNotContain("回答期限まであと", "class=\"button primary\"", "未着手", "id=\"next-action\"");
    }

    @Test
    void aResponseSentBackAfterSubmissionBringsTheButtonAndTheDeadlineBack() {
        fakes.surveyDependents = son(SurveyStatus.RETURNED, Optional.of(submission()));
        logIn();

        String page = browser.open("/home").body();

        assertThat(page).contains(">差し戻し</strong>", "回答期限まであと12日です",
                        "class=\"button primary\" href=\"/survey/dependents/31/steps\">健保 一郎さんの回答を直す（差し戻し）</a>")
                .doesNotContain("結果をメールでお知らせします");
    }

    @Test
    void whenEveryDependentIsReadyTheMainScreenSaysSoAndOffersTheSubmission() {
        fakes.surveyDependents = new SurveyDependents(List.of(new SurveyDependent(SON, SurveyStatus.IN_PROGRESS, Optional.empty(),
                TaskStatus.READY)), Optional.empty(), Optional.empty());
        logIn();

        String page = browser.open("/home").body();

        assertThat(page).contains("対象の被扶養者 1人中 1人 完了", ">提出できます</strong>", "全員の回答と書類がそろいました。提出できます。",
                "class=\"button primary\" href=\"/survey/confirm\"").doesNotContain("入力中", "回答中");
    }

    @Test
    void answersDoneButADocumentMissingLeadsStraightToTheDocuments() {
        fakes.surveyDependents = new SurveyDependents(List.of(new SurveyDependent(SON, SurveyStatus.IN_PROGRESS, Optional.empty(),
                TaskStatus.DOCUMENTS_MISSING)), Optional.empty(), Optional.empty());
        logIn();

        String page = browser.open("/home").body();

        assertThat(page).contains(">書類不足</strong>",
                        "class=\"button primary\" href=\"/survey/dependents/31/documents\">健保 一郎さんの書類を提出する</a>")
                .doesNotContain("class=\"button primary\" href=\"/survey/confirm\"");
    }

    @Test
    void aNameContainingMarkupIsShownAsText() {
        fakes.mainScreen = Optional.of(FakeUseCases.mainScreen("<script>alert('x')</script>"));
        logIn();

        String page = browser.open("/home").body();

        assertThat(page).doesNotContain("<script>").contains("&lt;script&gt;alert('x')&lt;/script&gt; 様");
    }

    @Test
    void aTermsVersionPublishedDuringTheSessionIsShownBeforeTheMainScreen() {
        logIn();
        MainScreen screen = fakes.mainScreen.orElseThrow();
        fakes.mainScreen = Optional.of(new MainScreen(screen.memberName(), screen.memberNameKana(), screen.insurerName(),
                screen.maskedEmail(), screen.survey(), screen.notices(), screen.contact(), true));

        assertThat(browser.open("/home").uri().getPath()).isEqualTo("/terms");
    }

    @Test
    void anAttachmentDownloadsAsAFileWithItsJapaneseName() {
        fakes.attachments.put(11L, new AttachmentContent("操作マニュアル 2025.pdf", "application/pdf", "%PDF-1.7".getBytes(StandardCharsets.US_ASCII)));
        logIn();

        HttpResponse<String> response = browser.fetch("/notices/attachments/11");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("%PDF-1.7");
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(response.headers().firstValue("Content-Disposition")).hasValue(
                "attachment; filename=\"_______ 2025.pdf\"; filename*=UTF-8''%E6%93%8D%E4%BD%9C%E3%83%9E%E3%83%8B%E3%83%A5%E3%82%A2%E3%83%AB%202025.pdf");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(fakes.callsOf(FakeUseCases.Downloaded.class)).containsExactly(new FakeUseCases.Downloaded(FakeUseCases.ACCOUNT, 11));
    }

    @Test
    void anAttachmentDeclaredAsHtmlIsNotServedAsAPage() {
        fakes.attachments.put(12L, new AttachmentContent("x.html", "text/html", "<script>1</script>".getBytes(StandardCharsets.UTF_8)));
        logIn();

        HttpResponse<String> response = browser.fetch("/notices/attachments/12");

        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/octet-stream");
    }

    @Test
    void anUnknownOrForeignAttachmentIsAJapaneseNotFoundPage() {
        logIn();

        for (String path : new String[] {"/notices/attachments/999", "/notices/attachments/abc"}) {
            HttpResponse<String> response = browser.fetch(path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.body()).as(path).contains("ページが見つかりません");
        }
    }
}
