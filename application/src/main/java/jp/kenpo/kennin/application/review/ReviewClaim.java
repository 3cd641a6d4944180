package jp.kenpo.kennin.application.review;

import java.time.Instant;
import java.util.Objects;
import jp.kenpo.kennin.domain.staff.StaffId;

/** A reviewer took a member's submission at {@code at}, so a second reviewer does not open it too. */
public record ReviewClaim(StaffId by, Instant at) {
    public ReviewClaim {
        Objects.requireNonNull(by);
        Objects.requireNonNull(at);
    }
}
