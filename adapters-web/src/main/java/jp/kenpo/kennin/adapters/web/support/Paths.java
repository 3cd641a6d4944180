package jp.kenpo.kennin.adapters.web.support;

/** The pages other pages send members to; each controller keeps the paths only it uses. */
public final class Paths {
    public static final String LOGIN = "/login";
    public static final String LOGOUT = "/logout";
    public static final String TERMS = "/terms";
    public static final String HOME = "/home";

    private Paths() {
    }
}
