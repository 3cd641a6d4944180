package jp.kenpo.kennin.adapters.web.staff;

import io.javalin.config.JavalinConfig;
import io.javalin.http.staticfiles.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import jp.kenpo.kennin.adapters.web.kit.Messages;

/**
 * The staff back office under /admin, added to the server's configuration next to the members'
 * site: its own session cookie, CSRF tokens, guard and route table, and the pages of each
 * capability ({@link StaffPages}).
 */
public final class StaffSite {
    public static final String BUNDLE = "i18n.staff";
    private static final String ASSETS = "/kennin-staff/assets";

    private final StaffSessions sessions;
    private final StaffRouteTable table;

    private StaffSite(StaffSessions sessions, StaffRouteTable table) {
        this.sessions = sessions;
        this.table = table;
    }

    /**
     * Adds the back office to {@code config}; the members' filters leave /admin alone.
     *
     * @param sessions the staff sessions (made from the same settings), shared with the sign-in pages
     */
    public static StaffSite install(JavalinConfig config, StaffWebSettings settings, StaffSessions sessions,
                             List<StaffPages> capabilities) {
        Messages messages = Messages.of(BUNDLE, Locale.JAPANESE);
        StaffCsrf csrf = new StaffCsrf(sessions, settings.secureCookies());
        List<StaffPage.MenuItem> menu = new ArrayList<>();
        menu.add(new StaffPage.MenuItem(StaffPaths.HOME, "staff.menu.home", java.util.Optional.empty()));
        capabilities.forEach(c -> menu.addAll(c.menu()));
        StaffViews views = new StaffViews(messages, csrf, menu);
        StaffGuard guard = new StaffGuard(sessions);
        StaffRouteTable table = new StaffRouteTable(config);

        config.staticFiles.add(files -> {
            files.hostedPath = "/admin/assets";
            files.directory = ASSETS;
            files.location = Location.CLASSPATH;
            files.headers = Map.of("Cache-Control", "max-age=3600");
            files.roles = Set.of(StaffAccess.PUBLIC);
        });
        config.routes.before(csrf::check);
        config.routes.beforeMatched(guard::check);
        new StartPage().routes(table, views);
        capabilities.forEach(c -> c.routes(table, views));
        return new StaffSite(sessions, table);
    }

    /** The sessions, for the sign-in pages (start, end) and for ending a disabled member's sessions. */
    public StaffSessions sessions() {
        return sessions;
    }

    /** Every declared route (the role and isolation tests walk it). */
    public List<StaffRouteTable.StaffRoute> routes() {
        return table.routes();
    }
}
