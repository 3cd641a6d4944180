package jp.kenpo.kennin.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class IdleTimeoutTest extends WebAppFixture {

    @Override
    WebSettings settings() {
        return super.settings().withSessionIdleTimeout(Duration.ofSeconds(1));
    }

    @Test
    void aSessionLeftIdleLongerThanTheTimeoutNoLongerCountsAsLoggedIn() throws InterruptedException {
        logIn();
        assertThat(browser.open("/home").uri().getPath()).isEqualTo("/home");

        Thread.sleep(2_500);

        assertThat(browser.open("/home").uri().getPath()).isEqualTo("/login");
    }

    @Test
    void theDefaultTimeoutIsThirtyMinutes() {
        assertThat(WebSettings.forBaseUrl("https://kennin.example.jp", CLOCK).sessionIdleTimeout()).isEqualTo(Duration.ofMinutes(30));
    }
}
