package jp.kenpo.kennin.adapters.web.staff;

import io.javalin.http.Context;
import java.util.Optional;
import jp.kenpo.kennin.adapters.web.kit.Flash;
import jp.kenpo.kennin.application.staff.SignedInStaff;

/** What a back-office handler reads of its request after {@link StaffGuard} let it through. */
public final class StaffRequest {
    private StaffRequest() {
    }

    /** The signed-in staff member of a route that is not {@link StaffAccess#PUBLIC}. */
    public static SignedInStaff staff(Context ctx) {
        return session(ctx).map(StaffSession::staff)
                .orElseThrow(() -> new IllegalStateException("route is not guarded for staff"));
    }

    public static Optional<StaffSession> session(Context ctx) {
        return Optional.ofNullable(ctx.attribute(StaffGuard.SESSION));
    }

    /** A message for the page after the redirect. */
    public static void flash(Context ctx, Flash flash) {
        session(ctx).ifPresent(s -> s.flash(flash));
    }
}
