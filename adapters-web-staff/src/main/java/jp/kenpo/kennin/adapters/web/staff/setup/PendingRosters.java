package jp.kenpo.kennin.adapters.web.staff.setup;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import jp.kenpo.kennin.application.roster.UploadRosterUseCase.RosterFile;
import jp.kenpo.kennin.domain.staff.StaffId;

/**
 * Rosters read and previewed, waiting for the staff member to commit them: the preview page
 * carries only a random token, so the file is read once and committed exactly as previewed.
 * Kept in memory for a short while (a restart simply asks for the file again), only for the staff
 * member who uploaded it, and few at a time so uploads cannot fill the memory.
 */
final class PendingRosters {
    static final Duration KEPT_FOR = Duration.ofMinutes(30);
    static final int MAX_PENDING = 20;

    record Pending(StaffId staff, String fileName, RosterFile file, Instant at) {
    }

    private final Map<String, Pending> pending = new LinkedHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final Clock clock;

    PendingRosters(Clock clock) {
        this.clock = clock;
    }

    synchronized String keep(StaffId staff, String fileName, RosterFile file) {
        expire();
        // A staff member previewing again replaces their earlier file; the oldest of others makes room.
        pending.values().removeIf(p -> p.staff().equals(staff));
        while (pending.size() >= MAX_PENDING) {
            pending.remove(pending.keySet().iterator().next());
        }
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        String token = HexFormat.of().formatHex(bytes);
        pending.put(token, new Pending(staff, fileName, file, clock.instant()));
        return token;
    }

    /** The file kept under {@code token} for {@code staff}, removed so it is committed once. */
    synchronized Optional<Pending> take(StaffId staff, String token) {
        expire();
        Pending found = pending.get(token);
        if (found == null || !found.staff().equals(staff)) {
            return Optional.empty();
        }
        pending.remove(token);
        return Optional.of(found);
    }

    private void expire() {
        Instant oldest = clock.instant().minus(KEPT_FOR);
        pending.values().removeIf(p -> p.at().isBefore(oldest));
    }
}
