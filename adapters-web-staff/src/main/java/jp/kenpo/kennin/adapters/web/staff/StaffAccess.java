package jp.kenpo.kennin.adapters.web.staff;

import io.javalin.security.RouteRole;
import java.util.Optional;
import jp.kenpo.kennin.domain.staff.StaffPermission;

/**
 * Who may use a back-office route, declared with the route in {@link StaffRouteTable}. A route
 * under /admin without exactly one of these is refused (fail closed).
 */
public record StaffAccess(Kind kind, Optional<StaffPermission> permission) implements RouteRole {
    public enum Kind {
        /** Anyone: the sign-in and enrolment pages. */
        PUBLIC,
        /** Any signed-in staff member: the start page, sign-out. */
        SIGNED_IN,
        /** A signed-in staff member whose role has the permission. */
        PERMISSION
    }

    public static final StaffAccess PUBLIC = new StaffAccess(Kind.PUBLIC, Optional.empty());
    public static final StaffAccess SIGNED_IN = new StaffAccess(Kind.SIGNED_IN, Optional.empty());

    public static StaffAccess needs(StaffPermission permission) {
        return new StaffAccess(Kind.PERMISSION, Optional.of(permission));
    }
}
