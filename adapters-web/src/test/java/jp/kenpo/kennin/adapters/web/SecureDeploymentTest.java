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
    void overHttpsTheSessionCookieIsSecureAndHostOnlyAndHstsIsSent() {
        HttpResponse<String> response = browser.fetch("/login");

        String cookie = response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("__Host-kennin_session="))
                .findFirst().orElseThrow();
        assertThat(cookie).containsIgnoringCase("Secure").containsIgnoringCase("HttpOnly")
                .containsIgnoringCase("SameSite=Lax").containsIgnoringCase("Path=/").doesNotContainIgnoringCase("Domain=");
        assertThat(response.headers().firstValue("Strict-Transport-Security")).hasValue("max-age=31536000");
    }
}
