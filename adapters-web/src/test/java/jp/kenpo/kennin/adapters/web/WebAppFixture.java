package jp.kenpo.kennin.adapters.web;

import jp.kenpo.kennin.adapters.web.testing.Browser;
import jp.kenpo.kennin.application.fakes.InMemorySessionStore;
import io.javalin.Javalin;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** Starts the site on a free port with fake use cases for each test, and a fresh browser. */
abstract class WebAppFixture {
    /** 2025-09-01 09:00 JST. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-09-01T00:00:00Z"), ZoneId.of("Asia/Tokyo"));

    FakeUseCases fakes;
    /** The sessions, as a database shared by every node would keep them. */
    InMemorySessionStore sessionStore;
    Javalin app;
    Browser browser;

    @BeforeEach
    void startServer() {
        fakes = new FakeUseCases();
        sessionStore = new InMemorySessionStore();
        app = WebApp.create(fakes.useCases(), sessionStore, settings()).start("127.0.0.1", 0);
        browser = newBrowser();
    }

    @AfterEach
    void stopServer() {
        app.stop();
    }

    WebSettings settings() {
        return WebSettings.forBaseUrl("http://localhost", CLOCK);
    }

    Browser newBrowser() {
        return new Browser(app.port());
    }

    /** Logs in through the login form (the fake accepts anything unless told otherwise). */
    void logIn() {
        browser.open("/login");
        browser.submit("/login", java.util.Map.of("userId", "taro.kenpo", "password", "Passw0rd!"));
    }
}
