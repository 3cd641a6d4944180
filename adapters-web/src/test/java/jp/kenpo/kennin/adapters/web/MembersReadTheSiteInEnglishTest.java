package jp.kenpo.kennin.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.kenpo.kennin.adapters.web.testing.Browser;
import jp.kenpo.kennin.application.account.ChooseLanguageUseCase.ChooseLanguageCommand;
import jp.kenpo.kennin.domain.account.Language;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * English for members: the browser's first supported language, then the switch on every page,
 * kept in the session and, for a logged-in member, on the account. Japanese stays the default.
 */
class MembersReadTheSiteInEnglishTest extends WebAppFixture {
    private static final Pattern HTML_LANG = Pattern.compile("<html lang=\"([a-z]+)\">");

    private HttpResponse<String> get(Browser who, String path, String acceptLanguage) {
        return who.send(HttpRequest.newBuilder(who.uri(path)).header("Accept-Language", acceptLanguage).GET().build());
    }

    private static String lang(HttpResponse<String> page) {
        Matcher m = HTML_LANG.matcher(page.body());
        assertThat(m.find()).as("an <html lang> in %s", page.body()).isTrue();
        return m.group(1);
    }

    private HttpResponse<String> switchTo(String language, String back) {
        return browser.submit("/language", Map.of("lang", language, "back", back));
    }

    @Test
    void aBrowserAskingForEnglishGetsTheLoginPageInEnglish() {
        HttpResponse<String> page = get(browser, "/login", "en-GB,en;q=0.9");

        assertThat(lang(page)).isEqualTo("en");
        assertThat(page.body()).contains("<title>Log in", "User ID", "Forgot your password?").doesNotContain("ログイン");
        assertThat(page.headers().firstValue("Content-Language")).contains("en");
    }

    @ParameterizedTest(name = "[{index}] Accept-Language: {0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "ja-JP,ja;q=0.9,en;q=0.8 | ja",
            "fr-FR,fr;q=0.9,en;q=0.5 | en",
            "fr,de                   | ja",
            "en;q=0.1,ja;q=0.5       | ja",
            "*                       | ja",
            "@@not a header@@        | ja"})
    void theFirstSupportedLanguageOfTheBrowserWinsAndAnythingElseIsJapanese(String header, String expected) {
        HttpResponse<String> page = get(browser, "/login", header);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(lang(page)).isEqualTo(expected);
    }

    @Test
    void withoutAnyPreferenceTheSiteIsJapaneseAndOffersEnglishInEnglish() {
        HttpResponse<String> page = browser.open("/login");

        assertThat(lang(page)).isEqualTo("ja");
        assertThat(page.body()).contains("<form method=\"post\" action=\"/language\"", "name=\"lang\" value=\"en\"",
                "name=\"back\" value=\"/login\"", "<button type=\"submit\" lang=\"en\">English</button>");
    }

    @Test
    void theSwitchChangesTheLanguageComesBackToThePageAndTheChoiceHoldsOnTheNextPages() {
        browser.open("/forgot/password");

        HttpResponse<String> back = switchTo("en", "/forgot/password");

        assertThat(back.uri().getPath()).isEqualTo("/forgot/password");
        assertThat(lang(back)).isEqualTo("en");
        assertThat(back.body()).contains("Forgot your password?", "<button type=\"submit\" lang=\"ja\">日本語</button>");
        // The choice beats the browser's own preference, on every later page.
        HttpResponse<String> next = get(browser, "/login", "ja");
        assertThat(lang(next)).isEqualTo("en");
        assertThat(next.body()).contains("Log in");

        assertThat(lang(switchTo("ja", "/login"))).isEqualTo("ja");
        assertThat(lang(get(browser, "/signup", "en"))).isEqualTo("ja");
    }

    @Test
    void theSwitchAnswersWithASeeOtherToTheSamePageQueryIncluded() {
        browser.open("/login");
        HttpResponse<String> answer = browser.post("/language", Map.of("_csrf", browser.csrfToken().orElseThrow(),
                "lang", "en", "back", "/password/reset?token=good-token"), Map.of());

        assertThat(answer.statusCode()).isEqualTo(303);
        assertThat(answer.headers().firstValue("Location")).contains("/password/reset?token=good-token");
    }

    @Test
    void aPageRenderedInAnswerToAPostSwitchesBackToThePageTheFormWasOn() {
        // A refused identification is rendered at the POST address on purpose (nothing typed is
        // kept in the session); the switch on it goes back to the page the form was on, query
        // included, and only when the Referer is this site.
        fakes.identify = new jp.kenpo.kennin.application.registration.IdentifyMemberUseCase.IdentifyMemberResult.NotMatched();
        browser.open("/signup?from=letter");
        Map<String, String> form = Map.of("_csrf", browser.csrfToken().orElseThrow(), "insurerCode", "demo", "symbol", "1",
                "number", "2", "birthDate", "1980/01/01", "kanaName", "ケンポ タロウ");

        HttpResponse<String> refused = browser.post("/signup", form,
                Map.of("Referer", browser.uri("/signup?from=letter").toString()));
        HttpResponse<String> elsewhere = browser.post("/signup", form,
                Map.of("Referer", "https://evil.example/signup?from=evil"));

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("name=\"back\" value=\"/signup?from=letter\"");
        assertThat(elsewhere.body()).contains("name=\"back\" value=\"/signup\"").doesNotContain("from=evil");
    }

    @Test
    void aSwitchWithoutTheCsrfTokenIsRefusedAndChangesNothing() {
        browser.open("/login");

        HttpResponse<String> refused = browser.post("/language", Map.of("lang", "en", "back", "/login"), Map.of());
        HttpResponse<String> forged = browser.post("/language", Map.of("_csrf", "A".repeat(43), "lang", "en", "back", "/login"),
                Map.of());

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(lang(browser.open("/login"))).isEqualTo("ja");
    }

    @ParameterizedTest(name = "[{index}] back={0}")
    @ValueSource(strings = {"//evil.example/login", "https://evil.example/", "/\\evil.example", "\\\\evil.example",
            "http:/evil.example", "evil.example", "/language", "/login\r\nSet-Cookie: a=b", " /login", "javascript:alert(1)", ""})
    void theSwitchNeverSendsTheMemberOffTheSite(String back) {
        browser.open("/login");
        HttpResponse<String> answer = browser.post("/language", Map.of("_csrf", browser.csrfToken().orElseThrow(),
                "lang", "en", "back", back), Map.of());

        assertThat(answer.statusCode()).isEqualTo(303);
        assertThat(answer.headers().firstValue("Location")).contains("/login");
    }

    @Test
    void aLoggedInMemberGoesBackToTheMainScreenWhenTheAddressIsNotTheSites() {
        logIn();
        HttpResponse<String> answer = browser.post("/language", Map.of("_csrf", browser.csrfToken().orElseThrow(),
                "lang", "en", "back", "//evil.example/home"), Map.of());

        assertThat(answer.headers().firstValue("Location")).contains("/home");
    }

    @Test
    void anUnknownLanguageIsRefusedWithAMessageAndTheLanguageStays() {
        browser.open("/login");

        HttpResponse<String> page = switchTo("fr", "/login");

        assertThat(lang(page)).isEqualTo("ja");
        assertThat(page.body()).contains("その言語には切り替えられません");
    }

    @Test
    void aLoggedInMembersChoiceIsKeptOnTheAccountAndComesBackAtTheNextLoginInAnotherBrowser() {
        logIn();
        assertThat(lang(browser.open("/home"))).isEqualTo("ja");

        HttpResponse<String> home = switchTo("en", "/home");

        assertThat(lang(home)).isEqualTo("en");
        assertThat(home.body()).contains("Main screen");
        assertThat(fakes.callsOf(ChooseLanguageCommand.class)).containsExactly(new ChooseLanguageCommand(FakeUseCases.ACCOUNT,
                Language.EN));
        // Logging out keeps the language of the page the member was reading.
        HttpResponse<String> loggedOut = browser.submit("/logout", Map.of());
        assertThat(loggedOut.uri().getPath()).isEqualTo("/login");
        assertThat(lang(loggedOut)).isEqualTo("en");
        assertThat(loggedOut.body()).contains("You have logged out.");

        // Another browser, which asks for Japanese: the account's choice wins once logged in.
        Browser other = newBrowser();
        get(other, "/login", "ja");
        HttpResponse<String> afterLogin = other.submit("/login", Map.of("userId", "taro.kenpo", "password", "Passw0rd!"));
        assertThat(afterLogin.uri().getPath()).isEqualTo("/home");
        assertThat(lang(afterLogin)).isEqualTo("en");
    }

    @Test
    void aLanguageChosenOnTheLoginPageIsKeptOnTheAccountAtLogin() {
        browser.open("/login");
        switchTo("en", "/login");

        HttpResponse<String> home = browser.submit("/login", Map.of("userId", "taro.kenpo", "password", "Passw0rd!"));

        assertThat(lang(home)).isEqualTo("en");
        assertThat(fakes.callsOf(ChooseLanguageCommand.class)).containsExactly(new ChooseLanguageCommand(FakeUseCases.ACCOUNT,
                Language.EN));
    }

    @Test
    void errorPagesFollowTheLanguageAndOfferNoSwitch() {
        HttpResponse<String> missing = get(browser, "/no-such-page", "en");

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(lang(missing)).isEqualTo("en");
        assertThat(missing.body()).contains("Page not found").doesNotContain("action=\"/language\"");
        assertThat(lang(get(browser, "/no-such-page", "ja"))).isEqualTo("ja");
    }

    @Test
    void theSignUpCodeIsAskedForInTheLanguageOfThePages() {
        browser.open("/signup");
        switchTo("en", "/signup");
        browser.submit("/signup", Map.of("insurerCode", "demo", "symbol", "1", "number", "2", "birthDate", "1980/01/01",
                "kanaName", "ケンポ タロウ"));

        browser.submit("/signup/credentials", Map.of("userId", "taro.kenpo", "password", "Passw0rd!",
                "passwordConfirmation", "Passw0rd!"));

        assertThat(fakes.callsOf(jp.kenpo.kennin.application.registration.ChooseCredentialsUseCase.ChooseCredentialsCommand.class))
                .singleElement().satisfies(c -> assertThat(c.language()).isEqualTo(Language.EN));
    }
}
