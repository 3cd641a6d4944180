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

/**
 * Over HTTP with the real session check on an in-memory staff store: a change to the account made
 * outside this web process (the use case called directly, as the CLI or another node would) ends
 * its sessions at their next request; sign-out and expiry are audited; a staff member holds at most
 * five sessions; expired sessions do not pile up.
 */
class SessionsFollowTheAccountTest {
    private static final ClientAddress CLI = ClientAddress.local();
    private static final SignedInStaff OPERATOR = new SignedInStaff(new StaffId(999_999), new LoginName("ops.root"),
            StaffRole.OPERATOR, Optional.empty(), Optional.empty());

    private final MutableClock clock = MutableClock.at("2026-12-01T00:00:00Z");
    private final InMemoryStaff staff = new InMemoryStaff();
    private final RecordingAuditLog audit = new RecordingAuditLog();
    private final DisableStaffService disable = new DisableStaffService(staff, audit, clock);
    private StaffSiteFixture site;
    private int logins;

    @BeforeEach
    void start() {
        site = StaffSiteFixture.startWithSessions(sessions -> List.of(new SignInPages(
                        command -> new StaffLogInResult.Refused(), sessions, new ClientAddresses(TrustedProxies.none()))),
                clock, new CheckStaffSessionService(staff, audit, clock), new StaffLogOutService(audit, clock));
    }

    @AfterEach
    void stop() {
        site.close();
    }

    /** An enrolled (ACTIVE) 管理者 in the store, as their sign-in would describe them. */
    private SignedInStaff activeAdministrator() {
        String login = "admin" + (++logins);
        InsurerCode insurer = InsurerCode.parse("06130013");
        StaffId id = staff.createStaff(new NewStaff(Optional.of(insurer), new LoginName(login), "管理 花子",
                Optional.empty(), StaffRole.ADMINISTRATOR, Optional.empty()), Instant.EPOCH).orElseThrow();
        staff.saveEnrolment(id, "link-" + login, clock.instant().plusSeconds(3600));
        assertThat(staff.completeEnrolment("link-" + login, clock.instant(), id, "hash", "SECRET", 1, List.of())).isTrue();
        return new SignedInStaff(id, new LoginName(login), StaffRole.ADMINISTRATOR, Optional.of(insurer), Optional.empty());
    }

    private Browser signedIn(SignedInStaff who) {
        Browser browser = site.browser();
        site.signIn(browser, who);
        assertThat(browser.fetch("/admin").statusCode()).isEqualTo(200);
        return browser;
    }

    private static void assertSentToSignIn(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.headers().firstValue("Location")).hasValue("/admin/login?ended");
    }

    @Test
    void disablingThroughTheUseCaseAloneEndsTheSessionAtItsNextRequest() {
        SignedInStaff admin = activeAdministrator();
        Browser browser = signedIn(admin);
        Browser colleague = signedIn(activeAdministrator());

        // Not through this web process's pages: nothing here calls endAllOf.
        assertThat(disable.disableStaff(new DisableStaffCommand(OPERATOR, admin.id(), CLI)))
                .isEqualTo(new DisableStaffResult.Disabled());

        assertSentToSignIn(browser.fetch("/admin"));
        assertSentToSignIn(browser.fetch("/admin"));
        assertThat(colleague.fetch("/admin").statusCode()).as("another account is untouched").isEqualTo(200);
        assertThat(audit.withAction(AuditAction.STAFF_SESSION_REVOKED)).singleElement()
                .satisfies(e -> assertThat(e.staffId()).contains(admin.id().value()));
    }

    @Test
    void aFormPostOfADisabledAccountIsRefusedToo() {
        SignedInStaff admin = activeAdministrator();
        Browser browser = signedIn(admin);
        assertThat(disable.disableStaff(new DisableStaffCommand(OPERATOR, admin.id(), CLI)))
                .isEqualTo(new DisableStaffResult.Disabled());

        var out = browser.submit("/admin/logout", Map.of());
        assertThat(out.uri().getPath()).isEqualTo("/admin/login");
        assertThat(audit.withAction(AuditAction.STAFF_SIGNED_OUT)).as("no session was left to sign out of").isEmpty();
    }

    @Test
    void aRoleChangedInTheStoreEndsTheSession() {
        SignedInStaff admin = activeAdministrator();
        Browser browser = signedIn(admin);

        staff.changeRole(admin.id(), StaffRole.HELP_DESK);

        assertSentToSignIn(browser.fetch("/admin"));
    }

    @Test
    void signingOutIsAudited() {
        SignedInStaff admin = activeAdministrator();
        Browser browser = signedIn(admin);
        browser.open("/admin");

        var out = browser.submit("/admin/logout", Map.of());

        assertThat(out.uri().getPath()).isEqualTo("/admin/login");
        AuditEvent event = audit.withAction(AuditAction.STAFF_SIGNED_OUT).get(0);
        assertThat(event.staffId()).contains(admin.id().value());
        assertThat(event.clientAddress()).isEqualTo("127.0.0.1");
        assertThat(browser.fetch("/admin").statusCode()).isEqualTo(303);
    }

    @Test
    void anIdleSessionNoticedAtItsNextRequestIsAuditedAsExpiredOnce() {
        SignedInStaff admin = activeAdministrator();
        Browser browser = signedIn(admin);
        clock.advance(Duration.ofMinutes(15).plusSeconds(1));

        assertSentToSignIn(browser.fetch("/admin"));
        browser.fetch("/admin");

        assertThat(audit.withAction(AuditAction.STAFF_SESSION_EXPIRED)).singleElement()
                .satisfies(e -> assertThat(e.staffId()).contains(admin.id().value()));
    }

    @Test
    void aSixthSessionOfOneStaffMemberEndsTheirOldestAndTheOthersGoOn() {
        SignedInStaff admin = activeAdministrator();
        List<Browser> browsers = new ArrayList<>();
        for (int i = 0; i < StaffSessions.MAX_PER_STAFF; i++) {
            browsers.add(signedIn(admin));
            clock.advance(Duration.ofSeconds(1));
        }
        Browser sixth = signedIn(admin);

        assertSentToSignIn(browsers.get(0).fetch("/admin"));
        for (Browser b : browsers.subList(1, browsers.size())) {
            assertThat(b.fetch("/admin").statusCode()).isEqualTo(200);
        }
        assertThat(sixth.fetch("/admin").statusCode()).isEqualTo(200);
    }

    @Test
    void expiredSessionsAreSweptOutAtTheNextSignInAndTheirExpiryAudited() {
        for (int i = 0; i < 20; i++) {
            signedIn(activeAdministrator());
        }
        assertThat(site.sessionStore().size()).isEqualTo(20);
        clock.advance(Duration.ofMinutes(16));

        signedIn(activeAdministrator());

        assertThat(site.sessionStore().size()).isEqualTo(1);
        assertThat(audit.withAction(AuditAction.STAFF_SESSION_EXPIRED)).hasSize(20);
    }
}
