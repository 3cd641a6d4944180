package jp.kenpo.kennin.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class SecureDeploymentTest extends WebAppFixture {

    @Override
    WebSettings settings() {
        return WebSettings.forBaseUrl("https://kennin.example.jp", CLOCK);
    }

    @Test
    void overHttpsTheTokenCookieIsSecureAndHostOnlyAndHstsIsSent() {
        HttpResponse<String> response = browser.fetch("/login");

        // The login page needs no session; its form's token cookie gets the same protection a session cookie would.
        String cookie = response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("__Host-kennin_csrf="))
                .findFirst().orElseThrow();
        assertThat(cookie).containsIgnoringCase("Secure").containsIgnoringCase("HttpOnly")
                .containsIgnoringCase("SameSite=Lax").containsIgnoringCase("Path=/").doesNotContainIgnoringCase("Domain=");
        assertThat(response.headers().firstValue("Strict-Transport-Security")).hasValue("max-age=31536000");
    }
}
