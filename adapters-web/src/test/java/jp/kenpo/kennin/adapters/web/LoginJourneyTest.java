package jp.kenpo.kennin.adapters.web;

import jp.kenpo.kennin.adapters.web.testing.Browser;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;
import jp.kenpo.kennin.application.login.AcceptTermsUseCase.AcceptTermsCommand;
import jp.kenpo.kennin.application.login.AcceptTermsUseCase.AcceptTermsResult;
import jp.kenpo.kennin.application.login.LogInUseCase.LogInCommand;
import jp.kenpo.kennin.application.login.LogInUseCase.LogInResult;
import org.junit.jupiter.api.Test;

class LoginJourneyTest extends WebAppFixture {
    private static final Map<String, String> CREDENTIALS = Map.of("userId", "taro.kenpo", "password", "Passw0rd!");

    @Test
    void theLoginPageHasTheManualsFieldsButtonAndTheWaysOut() {
        String page = browser.open("/login").body();

        assertThat(page).contains("<h1>ログイン</h1>", "<label for=\"userId\">ユーザID</label>",
                "<label for=\"password\">パスワード</label>", ">ログイン</button>");
        assertThat(page).contains("href=\"/signup\"", "href=\"/forgot/password\">パスワードを忘れた方</a>",
                "href=\"/forgot/user-id\">ユーザIDを忘れた方</a>", "初回登録");
        assertThat(page).contains("autocomplete=\"current-password\"");
    }

    @Test
    void theRootSendsVisitorsToLogin() {
        assertThat(browser.open("/").uri().getPath()).isEqualTo("/login");
    }

    @Test
    void badCredentialsGetOneGenericMessageAndThePasswordIsNotSentBack() {
        fakes.logIn = new LogInResult.BadCredentials();
        browser.open("/login");

        HttpResponse<String> refused = browser.submit("/login", CREDENTIALS);
        String page = refused.body();

        assertThat(page).contains("ユーザIDまたはパスワードが正しくありません。").contains("role=\"alert\"");
        assertThat(page).contains("value=\"taro.kenpo\"").doesNotContain("Passw0rd!");
        // Post/redirect/get: reloading the refusal never posts the password again, and shows a fresh form.
        assertThat(refused.request().method()).isEqualTo("GET");
        assertThat(refused.uri().getPath()).isEqualTo("/login");
        assertThat(browser.open("/login").body()).doesNotContain("正しくありません", "taro.kenpo");
        assertThat(fakes.callsOf(LogInCommand.class)).hasSize(1);
        LogInCommand command = fakes.callsOf(LogInCommand.class).get(0);
        assertThat(command.userId()).isEqualTo("taro.kenpo");
        assertThat(command.password()).isEqualTo("Passw0rd!");
    }

    @Test
    void aThrottledMemberIsToldWhenToRetryAndAboutForgottenPasswords() {
        fakes.logIn = new LogInResult.Throttled(Instant.parse("2025-09-01T01:30:00Z"), false);
        browser.open("/login");

        String page = browser.submit("/login", CREDENTIALS).body();

        assertThat(page).contains("10:30以降", "「パスワードを忘れた方」");
    }

    @Test
    void lastYearsAccountIsSentToRegisterAgain() {
        fakes.logIn = new LogInResult.RegistrationExpired();
        browser.open("/login");

        String page = browser.submit("/login", CREDENTIALS).body();

        assertThat(page).contains("昨年のIDとパスワードはリセットされている", "href=\"/signup\">初回認証へ進む</a>");
    }

    @Test
    void loggingInChangesTheSessionIdAndShowsTheMainScreen() {
        // Showing the login page starts no session; logging out leaves one (it carries the goodbye message).
        browser.open("/login");
        browser.submit("/login", CREDENTIALS);
        browser.submit("/logout", Map.of());
        String before = browser.sessionId().orElseThrow();

        HttpResponse<String> response = browser.submit("/login", CREDENTIALS);

        assertThat(response.uri().getPath()).isEqualTo("/home");
        assertThat(browser.sessionId()).isPresent().get().isNotEqualTo(before);
        // The id an attacker might have planted before login is worthless afterwards.
        Browser attacker = newBrowser();
        attacker.useSessionId(before);
        assertThat(attacker.open("/home").uri().getPath()).isEqualTo("/login");
    }

    @Test
    void protectedPagesSendVisitorsWithoutALoginToTheLoginPage() {
        for (String path : new String[] {"/home", "/terms", "/account/email", "/account/email/confirm", "/notices/attachments/11"}) {
            HttpResponse<String> response = browser.fetch(path);
            assertThat(response.statusCode()).as(path).isEqualTo(303);
            assertThat(response.headers().firstValue("Location")).as(path).hasValue("/login");
        }
        assertThat(fakes.calls).isEmpty();
    }

    @Test
    void membersWhoMustAcceptTheTermsSeeThemFirstAndCannotSkipThem() {
        fakes.logIn = new LogInResult.LoggedIn(FakeUseCases.ACCOUNT, true);
        browser.open("/login");

        HttpResponse<String> response = browser.submit("/login", CREDENTIALS);

        assertThat(response.uri().getPath()).isEqualTo("/terms");
        for (String path : new String[] {"/home", "/account/email", "/notices/attachments/11"}) {
            assertThat(browser.fetch(path).headers().firstValue("Location")).as(path).hasValue("/terms");
        }
    }

    @Test
    void theTermsPageShowsTheBodyEscapedWithItsLineBreaksAndTheManualsCheckboxAndButton() {
        fakes.logIn = new LogInResult.LoggedIn(FakeUseCases.ACCOUNT, true);
        logIn();

        String page = browser.open("/terms").body();

        assertThat(page).contains("<h1>利用規約</h1>", "class=\"terms-body\"", "第1条 目的\n第2条 &lt;b&gt;定義&lt;/b&gt;");
        assertThat(page).contains("<input type=\"checkbox\" id=\"agreed\" name=\"agreed\" value=\"yes\"",
                "<label for=\"agreed\">利用規約に同意する</label>", ">次へ</button>", "name=\"version\" value=\"3\"");
    }

    @Test
    void notTickingTheBoxExplainsWhatToDo() {
        fakes.logIn = new LogInResult.LoggedIn(FakeUseCases.ACCOUNT, true);
        fakes.acceptTerms = new AcceptTermsResult.NotAgreed();
        logIn();

        String page = browser.submit("/terms", Map.of("version", "3")).body();

        assertThat(page).containsPattern("id=\"agreed-error\">\\s*<p>「利用規約に同意する」にチェック");
        assertThat(fakes.callsOf(AcceptTermsCommand.class).get(0).agreed()).isFalse();
    }

    @Test
    void acceptingTheTermsOpensTheMainScreen() {
        fakes.logIn = new LogInResult.LoggedIn(FakeUseCases.ACCOUNT, true);
        logIn();

        HttpResponse<String> response = browser.submit("/terms", Map.of("version", "3", "agreed", "yes"));

        assertThat(response.uri().getPath()).isEqualTo("/home");
        AcceptTermsCommand command = fakes.callsOf(AcceptTermsCommand.class).get(0);
        assertThat(command.account()).isEqualTo(FakeUseCases.ACCOUNT);
        assertThat(command.version()).isEqualTo(3);
        assertThat(command.agreed()).isTrue();
    }

    @Test
    void loggingOutEndsTheSessionForGood() {
        logIn();
        String loggedInSession = browser.sessionId().orElseThrow();
        browser.open("/home");

        HttpResponse<String> response = browser.submit("/logout", Map.of());

        assertThat(response.uri().getPath()).isEqualTo("/login");
        assertThat(response.body()).contains("ログアウトしました。");
        assertThat(fakes.callsOf(FakeUseCases.LoggedOut.class)).extracting(FakeUseCases.LoggedOut::account)
                .containsExactly(FakeUseCases.ACCOUNT);
        Browser replay = newBrowser();
        replay.useSessionId(loggedInSession);
        assertThat(replay.open("/home").uri().getPath()).isEqualTo("/login");
    }
}
