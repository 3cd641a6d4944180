package jp.kenpo.kennin.adapters.web.staff;

/** Back-office paths more than one page links to. */
public final class StaffPaths {
    public static final String HOME = "/admin";
    public static final String LOGIN = "/admin/login";
    public static final String LOGOUT = "/admin/logout";

    private StaffPaths() {
    }
}
