package jp.kenpo.kennin.domain.staff;

import java.util.OptionalLong;

/**
 * RFC 6238 §5.2: a one-time password is accepted at most once. The last time step used to sign
 * in is kept per staff member; a code is accepted only for a later step, so a code seen over a
 * shoulder (or replayed from a log) cannot be used again, not even in the same 30 seconds, and an
 * older step still inside the ±1 window cannot be used after a newer one.
 */
public final class TotpReplay {
    private TotpReplay() {
    }

    /** Whether {@code step} may be used after {@code lastUsed} (none used yet: any step). */
    public static boolean accepts(OptionalLong lastUsed, long step) {
        return step >= 0 && (lastUsed.isEmpty() || step > lastUsed.getAsLong());
    }
}
