package jp.kenpo.kennin.adapters.web.staff;

import java.time.Instant;
import java.util.Optional;
import jp.kenpo.kennin.adapters.web.kit.Flash;
import jp.kenpo.kennin.application.staff.SignedInStaff;

/** One signed-in staff member's server-side session. */
public final class StaffSession {
    private final SignedInStaff staff;
    private final String csrfToken;
    private final Instant startedAt;
    private volatile Instant lastSeen;
    private volatile Flash flash;

    StaffSession(SignedInStaff staff, String csrfToken, Instant startedAt) {
        this.staff = staff;
        this.csrfToken = csrfToken;
        this.startedAt = startedAt;
        this.lastSeen = startedAt;
    }

    public SignedInStaff staff() {
        return staff;
    }

    public String csrfToken() {
        return csrfToken;
    }

    Instant startedAt() {
        return startedAt;
    }

    Instant lastSeen() {
        return lastSeen;
    }

    void touch(Instant now) {
        lastSeen = now;
    }

    /** A one-time message for the next page (after a redirect). */
    public void flash(Flash message) {
        flash = message;
    }

    synchronized Optional<Flash> takeFlash() {
        Flash f = flash;
        flash = null;
        return Optional.ofNullable(f);
    }
}
