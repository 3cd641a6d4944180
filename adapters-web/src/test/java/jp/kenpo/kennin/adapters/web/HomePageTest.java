package jp.kenpo.kennin.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import jp.kenpo.kennin.application.home.ShowMainScreenUseCase.MainScreen;
import jp.kenpo.kennin.application.insurer.NoticePort.AttachmentContent;
import org.junit.jupiter.api.Test;

class HomePageTest extends WebAppFixture {

    @Test
    void theMainScreenShowsTheMemberTheSurveyNoticesContactAndAccountLinks() {
        logIn();

        String page = browser.open("/home").body();

        assertThat(page).contains("健保 太郎 様", "デモ健康保険組合");
        assertThat(page).contains("2025年度 被扶養者資格確認調査", "回答期限：2025年9月9日（火）", "回答期限まであと12日です", "回答状況：未回答");
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
