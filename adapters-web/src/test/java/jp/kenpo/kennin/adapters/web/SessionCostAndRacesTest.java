package jp.kenpo.kennin.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import jp.kenpo.kennin.adapters.web.kit.session.ServerSessions;
import jp.kenpo.kennin.adapters.web.kit.session.ServerSessions.Live;
import jp.kenpo.kennin.adapters.web.testing.Browser;
import jp.kenpo.kennin.application.fakes.InMemorySessionStore;
import jp.kenpo.kennin.application.fakes.MutableClock;
import jp.kenpo.kennin.application.session.SessionData;
import jp.kenpo.kennin.application.session.SessionKind;
import jp.kenpo.kennin.application.session.SessionToken;
import org.junit.jupiter.api.Test;

/**
 * What the database-backed sessions cost a page and how they take two requests at once: a
 * logged-in page is one read of the session and no write; last-seen is written at most once a
 * minute; two tabs' changes are both kept; a change racing a logout never brings the session back.
 */
class SessionCostAndRacesTest extends WebAppFixture {
    private final SessionsEndAfterAccountChangesTest.MovingClock clock = new SessionsEndAfterAccountChangesTest.MovingClock();

    @Override
    WebSettings settings() {
        return WebSettings.forBaseUrl("http://localhost", clock);
    }

    @Test
    void aLoggedInPageReadsTheSessionOnceAndWritesNothingAndLastSeenIsWrittenAtMostOnceAMinute() {
        logIn();
        browser.open("/home"); // the flash of the login, if any, taken
        int reads = sessionStore.reads();
        int writes = sessionStore.writes();

        for (int i = 0; i < 20; i++) {
            clock.advance(Duration.ofSeconds(2));
            assertThat(browser.fetch("/home").statusCode()).isEqualTo(200);
        }
        assertThat(sessionStore.reads() - reads).as("reads for 20 pages").isEqualTo(20);
        assertThat(sessionStore.writes() - writes).as("writes for 20 pages within 40 seconds").isZero();

        clock.advance(Duration.ofSeconds(61));
        browser.fetch("/home");
        browser.fetch("/home");
        assertThat(sessionStore.writes() - writes).as("one refresh of last-seen after a minute").isEqualTo(1);
    }

    @Test
    void aStolenTokenStopsWorkingAtLogoutAndAnEarlierTokenAtLogin() {
        browser.open("/login");
        logIn();
        String token = browser.sessionId().orElseThrow();
        Browser thief = newBrowser();
        thief.useSessionId(token);
        assertThat(thief.open("/home").uri().getPath()).isEqualTo("/home");

        browser.submit("/logout", Map.of());

        assertThat(thief.open("/home").uri().getPath()).isEqualTo("/login");
        assertThat(sessionStore.all()).noneMatch(s -> s.owner().isPresent());
    }

    @Test
    void twoTabsChangingOneSessionAtOnceKeepBothChanges() {
        MutableClock time = MutableClock.at("2026-12-01T00:00:00Z");
        InMemorySessionStore store = new InMemorySessionStore();
        ServerSessions sessions = new ServerSessions(store, SessionKind.MEMBER, time,
                ServerSessions.Policy.of(Duration.ofMinutes(30), Duration.ofHours(8)));
        Live started = sessions.start(OptionalLong.of(1), SessionData.empty());
        Live tabA = (Live) sessions.resume(started.token());
        Live tabB = (Live) sessions.resume(started.token());

        sessions.change(tabA, d -> d.with("flash", "saved"));
        Optional<Live> b = sessions.change(tabB, d -> d.with("pending", "t***@example.jp"));

        assertThat(b).isPresent();
        SessionData stored = store.find(started.session().tokenHash()).orElseThrow().data();
        assertThat(stored.asMap()).containsEntry("flash", "saved").containsEntry("pending", "t***@example.jp");
        assertThat(store.find(started.session().tokenHash()).orElseThrow().version()).isEqualTo(2);
    }

    @Test
    void aChangeRacingALogoutNeverBringsTheSessionBack() {
        MutableClock time = MutableClock.at("2026-12-01T00:00:00Z");
        InMemorySessionStore store = new InMemorySessionStore();
        ServerSessions sessions = new ServerSessions(store, SessionKind.MEMBER, time,
                ServerSessions.Policy.of(Duration.ofMinutes(30), Duration.ofHours(8)));
        Live started = sessions.start(OptionalLong.of(1), SessionData.empty());
        Live page = (Live) sessions.resume(started.token());

        assertThat(sessions.end(started.session())).isTrue();
        assertThat(sessions.end(started.session())).as("the double click").isFalse();

        assertThat(sessions.change(page, d -> d.with("flash", "late"))).isEmpty();
        assertThat(store.size()).isZero();
        assertThat(sessions.resume(started.token())).isInstanceOf(ServerSessions.Unknown.class);
        assertThat(sessions.resume(SessionToken.issue())).isInstanceOf(ServerSessions.Unknown.class);
    }

    @Test
    void aStaffSessionsTokenIsNoMemberSession() {
        MutableClock time = MutableClock.at("2026-12-01T00:00:00Z");
        InMemorySessionStore store = new InMemorySessionStore();
        ServerSessions staff = new ServerSessions(store, SessionKind.STAFF, time,
                ServerSessions.Policy.of(Duration.ofMinutes(15), Duration.ofHours(8)));
        ServerSessions members = new ServerSessions(store, SessionKind.MEMBER, time,
                ServerSessions.Policy.of(Duration.ofMinutes(30), Duration.ofHours(8)));
        Live staffSession = staff.start(OptionalLong.of(5), SessionData.empty());

        assertThat(members.resume(staffSession.token())).isInstanceOf(ServerSessions.Unknown.class);
    }
}
