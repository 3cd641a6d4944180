package jp.kenpo.kennin.application.roster;

import java.time.Instant;
import java.util.Objects;
import jp.kenpo.kennin.domain.staff.StaffId;

/**
 * A roster file a staff member has previewed and not yet committed, exactly as uploaded (its
 * bytes, the encoding they chose), so the commit reads the very file the preview counted, on
 * whichever node the commit request reaches.
 */
public record HeldRoster(StaffId staff, String fileName, Kind kind, String encoding, byte[] content, Instant heldAt) {
    public enum Kind {
        MEMBERS,
        DEPENDENTS
    }

    public HeldRoster {
        Objects.requireNonNull(staff);
        Objects.requireNonNull(fileName);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(encoding);
        Objects.requireNonNull(content);
        Objects.requireNonNull(heldAt);
    }
}
