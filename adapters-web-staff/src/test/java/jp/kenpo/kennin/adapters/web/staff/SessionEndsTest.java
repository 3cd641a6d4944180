package jp.kenpo.kennin.adapters.web.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import jp.kenpo.kennin.adapters.web.testing.Browser;
import jp.kenpo.kennin.application.fakes.MutableClock;
import jp.kenpo.kennin.domain.staff.StaffRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A staff session ends after 15 idle minutes and 8 hours in all, whatever the staff member does. */
class SessionEndsTest {
    private final MutableClock clock = MutableClock.at("2026-12-01T00:00:00Z");
    private StaffSiteFixture site;

    @BeforeEach
    void start() {
        site = StaffSiteFixture.startWithSessions(sessions -> List.of((table, views) ->
                table.postSignedIn(StaffPaths.LOGOUT, ctx -> {
                    sessions.end(ctx);
                    ctx.redirect(StaffPaths.LOGIN, io.javalin.http.HttpStatus.SEE_OTHER);
                })), clock);
    }

    @AfterEach
    void stop() {
        site.close();
    }

    @Test
    void fifteenIdleMinutesEndTheSessionButFourteenDoNot() {
        Browser browser = signedIn();
        clock.advance(Duration.ofMinutes(14));
        assertThat(browser.fetch("/admin").statusCode()).isEqualTo(200);
        clock.advance(Duration.ofMinutes(15).plusSeconds(1));
        var ended = browser.fetch("/admin");
        assertThat(ended.statusCode()).isEqualTo(303);
        assertThat(ended.headers().firstValue("Location")).hasValue("/admin/login?ended");
    }

    @Test
    void eightHoursEndTheSessionEvenIfItWasNeverIdle() {
        Browser browser = signedIn();
        for (int i = 0; i < 8 * 6 - 1; i++) {
            clock.advance(Duration.ofMinutes(10));
            assertThat(browser.fetch("/admin").statusCode()).as("after %d minutes", (i + 1) * 10).isEqualTo(200);
        }
        clock.advance(Duration.ofMinutes(10).plusSeconds(1));
        assertThat(browser.fetch("/admin").statusCode()).isEqualTo(303);
    }

    @Test
    void signingOutOfASessionThatAlreadyEndedLeadsToTheSignInPageNotAnError() {
        Browser browser = signedIn();
        browser.open("/admin");
        clock.advance(Duration.ofMinutes(16));
        var out = browser.submit("/admin/logout", Map.of());
        assertThat(out.statusCode()).isNotEqualTo(403);
        assertThat(out.uri().getPath()).isEqualTo("/admin/login");
    }

    private Browser signedIn() {
        Browser browser = site.browser();
        site.signIn(browser, StaffSiteFixture.staff(StaffRole.HELP_DESK, "06130013"));
        return browser;
    }
}
