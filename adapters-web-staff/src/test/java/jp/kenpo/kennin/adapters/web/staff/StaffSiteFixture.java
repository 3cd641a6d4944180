package jp.kenpo.kennin.adapters.web.staff;

import io.javalin.Javalin;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.kenpo.kennin.application.fakes.InMemorySessionStore;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import jp.kenpo.kennin.adapters.web.kit.ClientAddresses;
import jp.kenpo.kennin.adapters.web.kit.TrustedProxies;
import jp.kenpo.kennin.adapters.web.testing.Browser;
import jp.kenpo.kennin.application.staff.CheckStaffSessionUseCase;
import jp.kenpo.kennin.application.staff.StaffLogOutUseCase;
import jp.kenpo.kennin.application.staff.SignedInStaff;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.staff.LoginName;
import jp.kenpo.kennin.domain.staff.StaffId;
import jp.kenpo.kennin.domain.staff.StaffRole;

/**
 * The back office over real HTTP with the capabilities under test, and a way in for tests that
 * are not about signing in: {@link #signIn(Browser, SignedInStaff)} goes through a planted public
 * route that starts a real staff session (cookie, rotation, CSRF token), so everything after it is
 * exactly what a signed-in staff member gets. Shared with bootstrap through the test-jar.
 */
public final class StaffSiteFixture implements AutoCloseable {
    private static final String TEST_SIGN_IN = "/admin/test-sign-in/{key}";
    private static final AtomicLong IDS = new AtomicLong(100);

    private final Javalin app;
    private final StaffSite site;
    private final Map<String, SignedInStaff> pending;
    private final InMemorySessionStore store;

    private StaffSiteFixture(Javalin app, StaffSite site, Map<String, SignedInStaff> pending, InMemorySessionStore store) {
        this.app = app;
        this.site = site;
        this.pending = pending;
        this.store = store;
    }

    /** The sessions the site keeps, as a shared database would hold them. */
    public InMemorySessionStore sessionStore() {
        return store;
    }

    public static StaffSiteFixture start(List<StaffPages> capabilities) {
        return start(capabilities, Clock.systemUTC());
    }

    public static StaffSiteFixture start(List<StaffPages> capabilities, Clock clock) {
        return startWithSessions(sessions -> capabilities, clock);
    }

    /** For capabilities that need the site's sessions (signing in and out, ending a disabled member's sessions). */
    public static StaffSiteFixture startWithSessions(Function<StaffSessions, List<StaffPages>> capabilities, Clock clock) {
        StaffWebSettings settings = StaffWebSettings.defaults(false, clock);
        InMemorySessionStore store = new InMemorySessionStore();
        return startWithSessions(capabilities, settings, new StaffSessions(settings, store), store);
    }

    /** With sessions that check the account at each request and audit their end through these use cases. */
    public static StaffSiteFixture startWithSessions(Function<StaffSessions, List<StaffPages>> capabilities, Clock clock,
                                                     CheckStaffSessionUseCase check, StaffLogOutUseCase logOut) {
        StaffWebSettings settings = StaffWebSettings.defaults(false, clock);
        return startWithSessions(capabilities, clock, check, logOut, new InMemorySessionStore());
    }

    /** The same over a given store: two sites over one store are two nodes over one database. */
    public static StaffSiteFixture startWithSessions(Function<StaffSessions, List<StaffPages>> capabilities, Clock clock,
                                                     CheckStaffSessionUseCase check, StaffLogOutUseCase logOut,
                                                     InMemorySessionStore store) {
        StaffWebSettings settings = StaffWebSettings.defaults(false, clock);
        return startWithSessions(capabilities, settings, new StaffSessions(settings, store, check, logOut,
                new ClientAddresses(TrustedProxies.none())), store);
    }

    private static StaffSiteFixture startWithSessions(Function<StaffSessions, List<StaffPages>> capabilities,
                                                      StaffWebSettings settings, StaffSessions sessions,
                                                      InMemorySessionStore store) {
        Map<String, SignedInStaff> pending = new ConcurrentHashMap<>();
        List<StaffPages> all = new ArrayList<>(capabilities.apply(sessions));
        all.add((table, views) -> table.getPublic(TEST_SIGN_IN, ctx -> {
            SignedInStaff staff = pending.remove(ctx.pathParam("key"));
            if (staff == null) {
                ctx.status(404);
                return;
            }
            sessions.start(ctx, staff);
            ctx.result("signed in");
        }));
        StaffSite[] site = new StaffSite[1];
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            site[0] = StaffSite.install(config, settings, sessions, all);
            config.routes.exception(io.javalin.http.HttpResponseException.class, (e, ctx) -> ctx.status(e.getStatus())
                    .result(String.valueOf(e.getStatus())));
        }).start(0);
        return new StaffSiteFixture(app, site[0], pending, store);
    }

    public int port() {
        return app.port();
    }

    public Browser browser() {
        return new Browser(port());
    }

    public StaffSite site() {
        return site;
    }

    /** Signs {@code browser} in as {@code staff} (a real session cookie). */
    public void signIn(Browser browser, SignedInStaff staff) {
        String key = StaffSessions.newToken();
        pending.put(key, staff);
        var response = browser.fetch("/admin/test-sign-in/" + key);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("test sign-in failed: " + response.statusCode());
        }
    }

    /** A staff member of {@code insurer} with {@code role} (the operator: insurer null). */
    public static SignedInStaff staff(StaffRole role, String insurer) {
        long id = IDS.incrementAndGet();
        return new SignedInStaff(new StaffId(id), LoginName.parse("staff" + id), role,
                Optional.ofNullable(insurer).map(InsurerCode::parse),
                role == StaffRole.EMPLOYER_CONTACT ? Optional.of("本社") : Optional.empty());
    }

    @Override
    public void close() {
        app.stop();
    }
}
