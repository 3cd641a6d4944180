package jp.kenpo.kennin.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import jp.kenpo.kennin.application.login.LogInUseCase.LogInCommand;
import org.junit.jupiter.api.Test;

class TrustedProxyTest extends WebAppFixture {

    @Override
    WebSettings settings() {
        return super.settings().withTrustProxyHeaders(true);
    }

    @Test
    void behindATrustedProxyTheAddressItAddedIsUsed() {
        browser.open("/login");
        String token = browser.csrfToken().orElseThrow();

        browser.post("/login", Map.of("_csrf", token, "userId", "a", "password", "b"),
                Map.of("X-Forwarded-For", "198.51.100.1, 203.0.113.9"));

        assertThat(fakes.callsOf(LogInCommand.class).get(0).client().value()).isEqualTo("203.0.113.9");
    }
}
