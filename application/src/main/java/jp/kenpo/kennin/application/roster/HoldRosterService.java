package jp.kenpo.kennin.application.roster;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import jp.kenpo.kennin.application.session.SessionToken;
import jp.kenpo.kennin.application.staff.StaffMayNot;
import jp.kenpo.kennin.domain.staff.StaffPermission;

/** Holds previewed rosters under a random token whose SHA-256 alone is stored. */
public final class HoldRosterService implements HoldRosterUseCase {
    private static final Duration KEPT_FOR = Duration.ofMinutes(KEPT_FOR_MINUTES);

    private final HeldRosterPort held;
    private final Clock clock;

    public HoldRosterService(HeldRosterPort held, Clock clock) {
        this.held = held;
        this.clock = clock;
    }

    @Override
    public SessionToken hold(HoldRosterCommand command) {
        StaffMayNot.check(command.actor(), StaffPermission.IMPORT_ROSTERS);
        SessionToken token = SessionToken.issue();
        held.hold(token.hash(), new HeldRoster(command.actor().id(), command.fileName(), command.kind(), command.encoding(),
                command.content(), clock.instant()));
        return token;
    }

    @Override
    public Optional<HeldRoster> release(ReleaseRosterCommand command) {
        StaffMayNot.check(command.actor(), StaffPermission.IMPORT_ROSTERS);
        return SessionToken.parse(command.token())
                .flatMap(token -> held.release(token.hash(), command.actor().id(), clock.instant().minus(KEPT_FOR)));
    }

    @Override
    public int forgetExpired() {
        return held.forgetHeldBefore(clock.instant().minus(KEPT_FOR));
    }
}
