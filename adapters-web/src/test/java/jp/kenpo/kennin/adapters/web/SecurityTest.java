package jp.kenpo.kennin.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SecurityTest extends WebAppFixture {

    @Test
    void aPostWithoutTheTokenIsRefusedAndNoUseCaseRuns() {
        browser.open("/login");

        HttpResponse<String> response = browser.post("/login", Map.of("userId", "a", "password", "b"), Map.of());

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("操作を続けられませんでした").doesNotContain("Exception", "at io.javalin");
        assertThat(fakes.calls).isEmpty();
    }

    @Test
    void aPostWithAWrongTokenIsRefusedAndNoUseCaseRuns() {
        browser.open("/signup");

        HttpResponse<String> response = browser.post("/signup", Map.of("_csrf", "forged", "insurerCode", "x"), Map.of());

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(fakes.calls).isEmpty();
    }

    @Test
    void aPostWithoutASessionIsRefused() {
        HttpResponse<String> response = browser.post("/login", Map.of("_csrf", "anything", "userId", "a", "password", "b"), Map.of());

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(fakes.calls).isEmpty();
    }

    @Test
    void aPostFromAnotherOriginIsRefusedEvenWithTheToken() {
        browser.open("/login");
        String token = browser.csrfToken().orElseThrow();

        HttpResponse<String> response = browser.post("/login", Map.of("_csrf", token, "userId", "a", "password", "b"),
                Map.of("Origin", "https://evil.example"));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(fakes.calls).isEmpty();
    }

    @Test
    void aPostFromThisOriginWithTheTokenIsAccepted() {
        browser.open("/login");
        String token = browser.csrfToken().orElseThrow();

        HttpResponse<String> response = browser.post("/login", Map.of("_csrf", token, "userId", "a", "password", "b"),
                Map.of("Origin", "http://127.0.0.1:" + app.port()));

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(fakes.callsOf(jp.kenpo.kennin.application.login.LogInUseCase.LogInCommand.class)).hasSize(1);
    }

    @Test
    void logoutAlsoNeedsTheToken() {
        logIn();

        assertThat(browser.post("/logout", Map.of(), Map.of()).statusCode()).isEqualTo(403);
        assertThat(browser.open("/home").uri().getPath()).isEqualTo("/home");
    }

    @Test
    void everyFormCarriesTheToken() {
        for (String path : List.of("/signup", "/login", "/forgot/password", "/forgot/user-id", "/password/reset?token=good-token")) {
            String page = browser.open(path).body();
            int forms = page.split("<form ", -1).length - 1;
            int tokens = page.split("name=\"_csrf\"", -1).length - 1;
            assertThat(forms).as(path).isPositive().isEqualTo(tokens);
        }
    }

    @Test
    void pagesErrorsAndStaticFilesCarryTheSecurityHeaders() {
        for (String path : List.of("/login", "/does-not-exist", "/assets/app.css", "/healthz")) {
            HttpResponse<String> response = browser.fetch(path);
            var headers = response.headers();
            assertThat(headers.firstValue("Content-Security-Policy")).as(path).hasValueSatisfying(csp -> assertThat(csp)
                    .contains("default-src 'self'", "frame-ancestors 'none'", "form-action 'self'", "base-uri 'none'")
                    .doesNotContain("unsafe-inline"));
            assertThat(headers.firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(headers.firstValue("Referrer-Policy")).as(path).hasValue("same-origin");
            assertThat(headers.firstValue("X-Frame-Options")).as(path).hasValue("DENY");
            assertThat(headers.firstValue("Permissions-Policy")).as(path).isPresent();
        }
        assertThat(browser.fetch("/login").headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(browser.fetch("/assets/app.css").headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/css"));
    }

    @Test
    void pagesUseNoInlineScriptOrStyle() {
        String page = browser.open("/signup").body();

        assertThat(page).doesNotContain("<script", "<style", "style=\"", "onclick", "onload");
        assertThat(page).contains("<link rel=\"stylesheet\" href=\"/assets/app.css\">");
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLax() {
        browser.open("/login");
        HttpResponse<String> response = browser.post("/login", Map.of("_csrf", browser.csrfToken().orElseThrow(),
                "userId", "taro.kenpo", "password", "Passw0rd!"), Map.of());

        String cookie = response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("kennin_session="))
                .findFirst().orElseThrow();
        assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax").doesNotContainIgnoringCase("Secure");
    }

    @Test
    void theHealthCheckAnswersOkWithoutASession() {
        HttpResponse<String> response = browser.fetch("/healthz");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("ok");
        assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void anUnknownPageIsAJapaneseNotFoundPageWithoutInternals() {
        HttpResponse<String> response = browser.fetch("/no/such/page");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(response.body()).contains("lang=\"ja\"", "ページが見つかりません", "href=\"/login\"")
                .doesNotContain("Exception", "Javalin", "Endpoint");
    }

    @Test
    void aFailingUseCaseGivesAJapaneseErrorPageWithoutAStackTrace() {
        fakes.identify = null; // the fake then throws inside the handler
        browser.open("/signup");

        HttpResponse<String> response = browser.submit("/signup", Map.of("insurerCode", "x"));

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).contains("システムエラーが発生しました").doesNotContain("Exception", "at jp.kenpo");
    }

    @Test
    void aSaturatedPasswordHashingPoolAsksTheMemberToTryAgainShortly() {
        fakes.failure = new java.util.concurrent.RejectedExecutionException("hashing queue full");
        browser.open("/login");

        HttpResponse<String> response = browser.submit("/login", Map.of("userId", "someone", "password", "Secret#123"));

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Retry-After")).hasValue("10");
        assertThat(response.body()).contains("混み合っています").doesNotContain("Exception");
    }

    @Test
    void anOversizedBodyIsRefused() {
        browser.open("/login");
        String token = browser.csrfToken().orElseThrow();

        HttpResponse<String> response = browser.post("/login", Map.of("_csrf", token, "userId", "x".repeat(70_000), "password", "p"), Map.of());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("入力内容が大きすぎます");
        assertThat(fakes.calls).isEmpty();
    }

    @Test
    void anOverlongFieldIsExplainedWithoutCallingTheUseCase() {
        browser.open("/login");

        String page = browser.submit("/login", Map.of("userId", "x".repeat(201), "password", "p")).body();

        assertThat(page).containsPattern("id=\"userId-error\">\\s*<p>200文字以内で入力してください。");
        assertThat(fakes.calls).isEmpty();
    }

    @Test
    void onlyFormPostsAreAccepted() {
        browser.open("/login");
        String token = browser.csrfToken().orElseThrow();

        HttpResponse<String> response = browser.send(HttpRequest.newBuilder(browser.uri("/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"_csrf\":\"" + token + "\"}")).build());

        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(fakes.calls).isEmpty();
    }

    @Test
    void theClientAddressComesFromTheSocketUnlessAProxyIsTrusted() {
        browser.open("/login");
        String token = browser.csrfToken().orElseThrow();
        browser.post("/login", Map.of("_csrf", token, "userId", "a", "password", "b"), Map.of("X-Forwarded-For", "203.0.113.9"));

        assertThat(fakes.callsOf(jp.kenpo.kennin.application.login.LogInUseCase.LogInCommand.class).get(0).client().value())
                .isEqualTo("127.0.0.1");
    }
}
