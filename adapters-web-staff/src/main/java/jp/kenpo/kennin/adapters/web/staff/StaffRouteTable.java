package jp.kenpo.kennin.adapters.web.staff;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Handler;
import java.util.ArrayList;
import java.util.List;
import jp.kenpo.kennin.adapters.web.kit.BackOffice;
import jp.kenpo.kennin.domain.staff.StaffPermission;

/**
 * Every back-office route, each with the access it needs. Routes are only added through here,
 * so the tests can walk the whole table ({@link #routes()}): a new page cannot be forgotten by the
 * role and tenant-isolation tests. Paths are under {@value #PREFIX}.
 */
public final class StaffRouteTable {
    public static final String PREFIX = BackOffice.PREFIX;

    /** One route as declared. {@code path} is Javalin's, with {@code {param}} placeholders. */
    public record StaffRoute(Method method, String path, StaffAccess access) {
    }

    public enum Method { GET, POST }

    private final JavalinConfig config;
    private final List<StaffRoute> routes = new ArrayList<>();

    StaffRouteTable(JavalinConfig config) {
        this.config = config;
    }

    public void get(String path, StaffPermission permission, Handler handler) {
        add(Method.GET, path, StaffAccess.needs(permission), handler);
    }

    public void post(String path, StaffPermission permission, Handler handler) {
        add(Method.POST, path, StaffAccess.needs(permission), handler);
    }

    /** Any signed-in staff member, whatever the role. */
    public void getSignedIn(String path, Handler handler) {
        add(Method.GET, path, StaffAccess.SIGNED_IN, handler);
    }

    public void postSignedIn(String path, Handler handler) {
        add(Method.POST, path, StaffAccess.SIGNED_IN, handler);
    }

    /** Nobody signed in: sign-in and enrolment only. */
    public void getPublic(String path, Handler handler) {
        add(Method.GET, path, StaffAccess.PUBLIC, handler);
    }

    public void postPublic(String path, Handler handler) {
        add(Method.POST, path, StaffAccess.PUBLIC, handler);
    }

    private void add(Method method, String path, StaffAccess access, Handler handler) {
        if (!path.equals(PREFIX) && !path.startsWith(PREFIX + "/")) {
            throw new IllegalArgumentException("back-office routes live under " + PREFIX + ": " + path);
        }
        routes.add(new StaffRoute(method, path, access));
        switch (method) {
            case GET -> config.routes.get(path, handler, access);
            case POST -> config.routes.post(path, handler, access);
        }
    }

    public List<StaffRoute> routes() {
        return List.copyOf(routes);
    }
}
