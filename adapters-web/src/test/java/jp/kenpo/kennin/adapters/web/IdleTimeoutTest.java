package jp.kenpo.kennin.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class IdleTimeoutTest extends WebAppFixture {

    private final SessionsEndAfterAccountChangesTest.MovingClock clock = new SessionsEndAfterAccountChangesTest.MovingClock();

    /** The idle time is judged on the server by the site's clock (the store keeps last-seen), so the test moves it. */
    @Override
    WebSettings settings() {
        return WebSettings.forBaseUrl("http://localhost", clock);
    }

    @Test
    void aSessionLeftIdleLongerThanTheTimeoutNoLongerCountsAsLoggedIn() {
        logIn();
        assertThat(browser.open("/home").uri().getPath()).isEqualTo("/home");

        clock.advance(Duration.ofMinutes(30).plusSeconds(1));

        assertThat(browser.open("/home").uri().getPath()).isEqualTo("/login");
        assertThat(sessionStore.all()).as("the idle session's row is deleted when found")
                .noneMatch(s -> s.owner().isPresent());
    }

    @Test
    void aSessionInUseStaysAliveWellPastTheIdleTime() {
        logIn();
        for (int i = 0; i < 6; i++) {
            clock.advance(Duration.ofMinutes(25));
            assertThat(browser.open("/home").uri().getPath()).as("after %d × 25 minutes", i + 1).isEqualTo("/home");
        }
    }

    @Test
    void theDefaultTimeoutIsThirtyMinutes() {
        assertThat(WebSettings.forBaseUrl("https://kennin.example.jp", CLOCK).sessionIdleTimeout()).isEqualTo(Duration.ofMinutes(30));
    }
}
