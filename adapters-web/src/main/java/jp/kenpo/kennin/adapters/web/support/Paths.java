package jp.kenpo.kennin.adapters.web.support;

import java.util.List;

/** The pages other pages send members to; each controller keeps the paths only it uses. */
public final class Paths {
    public static final String LOGIN = "/login";
    public static final String LOGOUT = "/logout";
    public static final String TERMS = "/terms";
    public static final String HOME = "/home";
    /** Everything behind the login that also waits for the terms to be accepted (all but the terms page). */
    public static final List<String> MEMBER_AREA = List.of(HOME, "/notices/*", "/account/*", "/survey/*");

    private Paths() {
    }
}
