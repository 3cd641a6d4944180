package jp.kenpo.kennin.adapters.web.staff;

import java.time.Instant;
import java.util.Optional;
import jp.kenpo.kennin.adapters.web.kit.Flash;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.application.staff.SignedInStaff;

/** One signed-in staff member's server-side session. */
public final class StaffSession {
    private final SignedInStaff staff;
    private final String csrfToken;
    private final Instant startedAt;
    private final long generation;
    private volatile Instant lastSeen;
    private volatile ClientAddress client;
    private volatile Flash flash;

    /**
     * @param generation the account's credential generation when the session began (each request compares it)
     * @param client     where the sign-in came from (the address each later request came from, once it has)
     */
    StaffSession(SignedInStaff staff, String csrfToken, Instant startedAt, long generation, ClientAddress client) {
        this.staff = staff;
        this.csrfToken = csrfToken;
        this.startedAt = startedAt;
        this.lastSeen = startedAt;
        this.generation = generation;
        this.client = client;
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

    long generation() {
        return generation;
    }

    ClientAddress client() {
        return client;
    }

    void touch(Instant now, ClientAddress from) {
        lastSeen = now;
        client = from;
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
