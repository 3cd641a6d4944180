package jp.kenpo.kennin.application.roster;

import java.time.Instant;
import java.util.Optional;
import jp.kenpo.kennin.domain.staff.StaffId;

/** Where previewed roster files wait for their commit: shared by every node, so any node can take the commit. */
public interface HeldRosterPort {
    /** Keeps {@code roster} under {@code tokenHash}; the same staff member's earlier file is dropped (previewing again replaces it). */
    void hold(String tokenHash, HeldRoster roster);

    /**
     * Removes and returns the file held under {@code tokenHash} for {@code staff} since
     * {@code notBefore}; empty for another staff member's file, an expired one, or one another
     * request has already taken.
     */
    Optional<HeldRoster> release(String tokenHash, StaffId staff, Instant notBefore);

    /** Deletes every file held before {@code expiredBefore}; how many. */
    int forgetHeldBefore(Instant expiredBefore);
}
