package jp.kenpo.kennin.application.roster;

import java.util.Objects;
import java.util.Optional;
import jp.kenpo.kennin.application.session.SessionToken;
import jp.kenpo.kennin.application.staff.SignedInStaff;

/**
 * Between the preview of a roster and its commit the file waits in the database, not in one
 * node's memory: the preview page carries only a random token, the commit may reach any node,
 * and the file is committed at most once, by the staff member who previewed it, within
 * {@link #KEPT_FOR_MINUTES} minutes.
 */
public interface HoldRosterUseCase {
    int KEPT_FOR_MINUTES = 30;

    /** Keeps a previewed file; the token goes into the preview page's commit form. */
    SessionToken hold(HoldRosterCommand command);

    /** The file held under the token for this staff member, removed so it is committed once. */
    Optional<HeldRoster> release(ReleaseRosterCommand command);

    /** Deletes the files nobody committed within the time kept (a background job); how many. */
    int forgetExpired();

    record HoldRosterCommand(SignedInStaff actor, String fileName, HeldRoster.Kind kind, String encoding, byte[] content) {
        public HoldRosterCommand {
            Objects.requireNonNull(actor);
            Objects.requireNonNull(kind);
            Objects.requireNonNull(encoding);
            Objects.requireNonNull(content);
            fileName = fileName == null ? "" : fileName;
        }
    }

    /** {@code token} as the form sent it: anything not shaped like a token finds nothing. */
    record ReleaseRosterCommand(SignedInStaff actor, String token) {
        public ReleaseRosterCommand {
            Objects.requireNonNull(actor);
        }
    }
}
