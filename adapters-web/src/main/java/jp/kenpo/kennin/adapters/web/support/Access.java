package jp.kenpo.kennin.adapters.web.support;

import io.javalin.security.RouteRole;

/**
 * Who may use a route, declared with the route itself. A route declared without one of these is
 * refused by {@link AccessGuard} (fail closed), so a new page cannot be forgotten open.
 */
public enum Access implements RouteRole {
    /** Anyone, logged in or not: login, sign-up, forgotten credentials, health check. */
    ANONYMOUS,
    /** A logged-in account that may not have accepted the current terms yet: the terms page. */
    ACCOUNT,
    /** A logged-in member who has accepted the current terms: everything behind the login. */
    MEMBER
}
