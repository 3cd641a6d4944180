package jp.kenpo.kennin.adapters.web.staff;

import java.util.Map;

/** /admin: who is signed in and the sections their role may use. */
final class StartPage implements StaffPages {
    @Override
    public void routes(StaffRouteTable table, StaffViews views) {
        table.getSignedIn(StaffPaths.HOME, ctx -> views.render(ctx, "home.jte", "staff.home.title", Map.of()));
    }
}
