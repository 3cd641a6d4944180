package jp.kenpo.kennin.adapters.web.staff;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * @param secureCookies served over https (cookies get Secure and the {@code __Host-} prefix)
 * @param idleTimeout   a staff session ends after this long without a request (15 minutes)
 * @param lifetime      and this long after sign-in whatever happens (8 hours)
 */
public record StaffWebSettings(boolean secureCookies, Clock clock, Duration idleTimeout, Duration lifetime) {
    /** The largest back-office form (terms of use of up to 50,000 characters, percent-encoded UTF-8). */
    public static final long MAX_FORM_BYTES = 1024 * 1024;
    /** The largest back-office file: a roster CSV (30 MB) or a notice attachment, with room to say it is too large. */
    public static final long MAX_UPLOAD_BYTES = 32L * 1024 * 1024;

    public StaffWebSettings {
        Objects.requireNonNull(clock);
        Objects.requireNonNull(idleTimeout);
        Objects.requireNonNull(lifetime);
    }

    public static StaffWebSettings defaults(boolean secureCookies, Clock clock) {
        return new StaffWebSettings(secureCookies, clock, Duration.ofMinutes(15), Duration.ofHours(8));
    }
}
