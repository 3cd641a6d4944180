package jp.kenpo.kennin.adapters.web.staff;

import static org.assertj.core.api.Assertions.assertThat;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.kenpo.kennin.adapters.web.kit.ClientAddresses;
import jp.kenpo.kennin.adapters.web.kit.TrustedProxies;
import jp.kenpo.kennin.adapters.web.staff.signin.SignInPages;
import jp.kenpo.kennin.adapters.web.testing.Browser;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.application.fakes.InMemoryStaff;
import jp.kenpo.kennin.application.fakes.MutableClock;
import jp.kenpo.kennin.application.fakes.RecordingAuditLog;
import jp.kenpo.kennin.application.staff.CheckStaffSessionService;
import jp.kenpo.kennin.application.staff.DisableStaffService;
import jp.kenpo.kennin.application.staff.DisableStaffUseCase.DisableStaffCommand;
import jp.kenpo.kennin.application.staff.DisableStaffUseCase.DisableStaffResult;
import jp.kenpo.kennin.application.staff.SignedInStaff;
import jp.kenpo.kennin.application.staff.StaffLogInUseCase.StaffLogInResult;
import jp.kenpo.kennin.application.staff.StaffLogOutService;
import jp.kenpo.kennin.application.staff.StaffPort.NewStaff;
import jp.kenpo.kennin.domain.audit.AuditAction;
import jp.kenpo.kennin.domain.audit.AuditEvent;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.staff.LoginName;
import jp.kenpo.kennin.domain.staff.StaffId;
import jp.kenpo.kennin.domain.staff.StaffRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import jp.kenpo.kennin.application.fakes.InMemorySessionStore;
import jp.kenpo.kennin.application.session.SessionToken;

/**
 * Two back-office sites (two nodes) over one session store, as two app processes over one
 * database: a staff session begun on one is used on the other; signing out on one ends it on both
 * and is audited once; expiry is audited once whichever node finds it; the sixth session on one
 * node ends the oldest begun on the other; a forged cookie names nothing.
 */
class TwoNodesShareStaffSessionsTest {
    private static final ClientAddress CLI = ClientAddress.local();
    private static final SignedInStaff OPERATOR = new SignedInStaff(new StaffId(999_999), new LoginName("ops.root"),
            StaffRole.OPERATOR, Optional.empty(), Optional.empty());

    private final MutableClock clock = MutableClock.at("2026-12-01T00:00:00Z");
    private final InMemoryStaff staff = new InMemoryStaff();
    private final RecordingAuditLog audit = new RecordingAuditLog();
    private final InMemorySessionStore store = new InMemorySessionStore();
    private StaffSiteFixture one;
    private StaffSiteFixture two;
    private int logins;

    @BeforeEach
    void start() {
        one = node();
        two = node();
    }

    private StaffSiteFixture node() {
        return StaffSiteFixture.startWithSessions(sessions -> List.of(new SignInPages(
                        command -> new StaffLogInResult.Refused(), sessions, new ClientAddresses(TrustedProxies.none()))),
                clock, new CheckStaffSessionService(staff, audit, clock), new StaffLogOutService(audit, clock), store);
    }

    @AfterEach
    void stop() {
        one.close();
        two.close();
    }

    private SignedInStaff activeAdministrator() {
        String login = "admin" + (++logins);
        InsurerCode insurer = InsurerCode.parse("06130013");
        StaffId id = staff.createStaff(new NewStaff(Optional.of(insurer), new LoginName(login), "管理 花子",
                Optional.empty(), StaffRole.ADMINISTRATOR, Optional.empty()), Instant.EPOCH).orElseThrow();
        staff.saveEnrolment(id, "link-" + login, clock.instant().plusSeconds(3600));
        assertThat(staff.completeEnrolment("link-" + login, clock.instant(), id, "hash", "SECRET", 1, List.of())).isTrue();
        return new SignedInStaff(id, new LoginName(login), StaffRole.ADMINISTRATOR, Optional.of(insurer), Optional.empty());
    }

    private Browser signedInOn(StaffSiteFixture node, SignedInStaff who) {
        Browser browser = node.browser();
        node.signIn(browser, who);
        assertThat(browser.fetch("/admin").statusCode()).isEqualTo(200);
        return browser;
    }

    private static Browser movedTo(StaffSiteFixture node, Browser from) {
        Browser b = node.browser();
        b.setCookie("kennin_staff", from.cookie("kennin_staff").orElseThrow());
        return b;
    }

    private static void assertSentToSignIn(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.headers().firstValue("Location")).hasValue("/admin/login?ended");
    }

    @Test
    void aSessionBegunOnOneNodeIsUsedOnTheOtherAndItsSignOutThereEndsItOnBothOnce() {
        SignedInStaff admin = activeAdministrator();
        Browser onOne = signedInOn(one, admin);
        Browser onTwo = movedTo(two, onOne);
        assertThat(onTwo.fetch("/admin").statusCode()).isEqualTo(200);

        var out = onTwo.submit("/admin/logout", Map.of()); // the form and its CSRF token from node two's page

        assertThat(out.uri().getPath()).isEqualTo("/admin/login");
        assertSentToSignIn(onOne.fetch("/admin"));
        assertThat(audit.withAction(AuditAction.STAFF_SIGNED_OUT)).singleElement()
                .satisfies(e -> assertThat(e.staffId()).contains(admin.id().value()));
        assertThat(store.size()).isZero();
    }

    @Test
    void anIdleSessionsExpiryIsAuditedOnceThoughBothNodesFindIt() {
        SignedInStaff admin = activeAdministrator();
        Browser onOne = signedInOn(one, admin);
        Browser onTwo = movedTo(two, onOne);
        clock.advance(Duration.ofMinutes(16));

        assertSentToSignIn(onTwo.fetch("/admin"));
        assertSentToSignIn(onOne.fetch("/admin"));

        assertThat(audit.withAction(AuditAction.STAFF_SESSION_EXPIRED)).hasSize(1);
    }

    @Test
    void eightHoursEndTheSessionHoweverBusyOnEitherNode() {
        Browser browser = signedInOn(one, activeAdministrator());
        for (int i = 0; i < 34; i++) { // 7 h 56 min in all
            clock.advance(Duration.ofMinutes(14));
            browser = movedTo(i % 2 == 0 ? two : one, browser);
            assertThat(browser.fetch("/admin").statusCode()).as("after %d × 14 minutes", i + 1).isEqualTo(200);
        }
        clock.advance(Duration.ofMinutes(14)); // 8 h 10 min
        assertSentToSignIn(movedTo(two, browser).fetch("/admin"));
    }

    @Test
    void theSixthSessionOnOneNodeEndsTheOldestBegunOnTheOther() {
        SignedInStaff admin = activeAdministrator();
        List<Browser> browsers = new ArrayList<>();
        for (int i = 0; i < StaffSessions.MAX_PER_STAFF; i++) {
            browsers.add(signedInOn(i % 2 == 0 ? one : two, admin));
            clock.advance(Duration.ofSeconds(1));
        }
        signedInOn(two, admin);

        assertSentToSignIn(browsers.get(0).fetch("/admin"));
        assertThat(store.listOf(jp.kenpo.kennin.application.session.SessionKind.STAFF, admin.id().value()))
                .hasSize(StaffSessions.MAX_PER_STAFF);
    }

    @Test
    void disablingEndsTheSessionOnBothNodes() {
        SignedInStaff admin = activeAdministrator();
        Browser onOne = signedInOn(one, admin);
        new DisableStaffService(staff, audit, clock).disableStaff(new DisableStaffCommand(OPERATOR, admin.id(), CLI));

        assertSentToSignIn(movedTo(two, onOne).fetch("/admin"));
        assertSentToSignIn(onOne.fetch("/admin"));
    }

    @Test
    void aForgedOrStoredValueAsCookieNamesNothing() {
        Browser real = signedInOn(one, activeAdministrator());
        String token = real.cookie("kennin_staff").orElseThrow();
        String hash = SessionToken.parse(token).orElseThrow().hash();
        assertThat(store.all()).extracting(s -> s.tokenHash()).containsExactly(hash);
        assertThat(store.all().get(0).data().asMap().values()).doesNotContain(token);

        Browser forger = two.browser();
        forger.setCookie("kennin_staff", token.substring(0, 42) + (token.charAt(42) == 'A' ? 'B' : 'A'));
        assertThat(forger.fetch("/admin").statusCode()).isEqualTo(303);
        Browser withHash = two.browser();
        withHash.setCookie("kennin_staff", hash);
        assertThat(withHash.fetch("/admin").statusCode()).isEqualTo(303);
    }
}
