package jp.kenpo.kennin.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import jp.kenpo.kennin.adapters.web.kit.TrustedProxies;
import jp.kenpo.kennin.application.login.LogInUseCase.LogInCommand;
import org.junit.jupiter.api.Test;

/** The test's own connection comes from 127.0.0.1, which plays the reverse proxy here. */
class TrustedProxyTest extends WebAppFixture {

    @Override
    WebSettings settings() {
        return super.settings().withTrustedProxies(TrustedProxies.parse("127.0.0.0/8, ::1"));
    }

    @Test
    void behindATrustedProxyTheRightMostAddressNotAProxyIsTheClient() {
        browser.open("/login");
        String token = browser.csrfToken().orElseThrow();

        browser.post("/login", Map.of("_csrf", token, "userId", "a", "password", "b"),
                Map.of("X-Forwarded-For", "198.51.100.1, 203.0.113.9, 127.0.0.5"));

        assertThat(fakes.callsOf(LogInCommand.class).get(0).client().value()).isEqualTo("203.0.113.9");
    }

    @Test
    void withoutTrustedProxiesTheHeaderIsIgnored() {
        app.stop();
        app = WebApp.create(fakes.useCases(), sessionStore, super.settings()).start("127.0.0.1", 0);
        browser = newBrowser();
        browser.open("/login");
        String token = browser.csrfToken().orElseThrow();

        browser.post("/login", Map.of("_csrf", token, "userId", "a", "password", "b"),
                Map.of("X-Forwarded-For", "203.0.113.9"));

        assertThat(fakes.callsOf(LogInCommand.class).get(0).client().value()).isEqualTo("127.0.0.1");
    }
}
