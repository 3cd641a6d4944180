package jp.kenpo.kennin.adapters.web.staff;

import java.util.List;
import java.util.Optional;
import jp.kenpo.kennin.adapters.web.kit.Flash;
import jp.kenpo.kennin.adapters.web.kit.Messages;
import jp.kenpo.kennin.application.staff.SignedInStaff;
import jp.kenpo.kennin.domain.staff.StaffPermission;

/**
 * What every back-office template gets besides its own model: texts, the page title, the CSRF
 * token, the one-time message, and who is signed in (for the header and the menu).
 */
public final class StaffPage {
    /** One entry of the menu, shown only to roles with its permission. */
    public record MenuItem(String path, String labelKey, Optional<StaffPermission> permission) {
    }

    private final Messages messages;
    private final String title;
    private final String csrfToken;
    private final Flash flash;
    private final SignedInStaff staff;
    private final List<MenuItem> menu;
    private final String path;

    StaffPage(Messages messages, String title, String csrfToken, Flash flash, SignedInStaff staff, List<MenuItem> menu,
              String path) {
        this.messages = messages;
        this.title = title;
        this.csrfToken = csrfToken;
        this.flash = flash;
        this.staff = staff;
        this.menu = menu;
        this.path = path;
    }

    public String t(String key, Object... args) {
        return messages.text(key, args);
    }

    public String title() {
        return title;
    }

    public String csrf() {
        return csrfToken;
    }

    /** Null on the sign-in and enrolment pages. */
    public SignedInStaff staff() {
        return staff;
    }

    /** The menu entries this staff member may use (none when nobody is signed in). */
    public List<MenuItem> menu() {
        if (staff == null) {
            return List.of();
        }
        return menu.stream().filter(m -> m.permission().map(staff::may).orElse(true)).toList();
    }

    /** Whether {@code item} is the section being shown (for aria-current). */
    public boolean current(MenuItem item) {
        return item.path().equals(StaffPaths.HOME) ? path.equals(StaffPaths.HOME) : path.startsWith(item.path());
    }

    public String roleName() {
        return staff == null ? "" : messages.text("staff.role." + staff.role().name());
    }

    public String notice() {
        return flash != null && !flash.isError() ? messages.text(flash.key(), flash.args().toArray()) : null;
    }

    public String alert() {
        return flash != null && flash.isError() ? messages.text(flash.key(), flash.args().toArray()) : null;
    }
}
