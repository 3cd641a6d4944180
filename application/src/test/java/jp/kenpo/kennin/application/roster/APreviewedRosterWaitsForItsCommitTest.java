package jp.kenpo.kennin.application.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import jp.kenpo.kennin.application.fakes.InMemoryHeldRosters;
import jp.kenpo.kennin.application.fakes.MutableClock;
import jp.kenpo.kennin.application.roster.HoldRosterUseCase.HoldRosterCommand;
import jp.kenpo.kennin.application.roster.HoldRosterUseCase.ReleaseRosterCommand;
import jp.kenpo.kennin.application.session.SessionToken;
import jp.kenpo.kennin.application.staff.SignedInStaff;
import jp.kenpo.kennin.application.staff.StaffMayNot;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.staff.LoginName;
import jp.kenpo.kennin.domain.staff.StaffId;
import jp.kenpo.kennin.domain.staff.StaffRole;
import org.junit.jupiter.api.Test;

/** The previewed file waits 30 minutes for the staff member who uploaded it, and is committed once. */
class APreviewedRosterWaitsForItsCommitTest {
    private final MutableClock clock = MutableClock.at("2026-11-24T01:00:00Z");
    private final HoldRosterService held = new HoldRosterService(new InMemoryHeldRosters(), clock);
    private final SignedInStaff admin = staff(1, StaffRole.ADMINISTRATOR);

    private static SignedInStaff staff(long id, StaffRole role) {
        return new SignedInStaff(new StaffId(id), LoginName.parse("staff" + id), role, Optional.of(new InsurerCode("demo")),
                Optional.empty());
    }

    private SessionToken hold(SignedInStaff who, String text) {
        return held.hold(new HoldRosterCommand(who, "名簿.csv", HeldRoster.Kind.MEMBERS, "UTF-8", text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theFileComesBackOnceWithinThirtyMinutes() {
        SessionToken token = hold(admin, "記号,番号");
        clock.advance(Duration.ofMinutes(29));

        assertThat(held.release(new ReleaseRosterCommand(admin, token.value()))).hasValueSatisfying(h -> {
            assertThat(new String(h.content(), StandardCharsets.UTF_8)).isEqualTo("記号,番号");
            assertThat(h.fileName()).isEqualTo("名簿.csv");
        });
        assertThat(held.release(new ReleaseRosterCommand(admin, token.value()))).isEmpty();
    }

    @Test
    void afterThirtyMinutesOrForAnotherStaffMemberOrAMalformedTokenThereIsNothing() {
        SessionToken token = hold(admin, "記号,番号");

        assertThat(held.release(new ReleaseRosterCommand(staff(2, StaffRole.ADMINISTRATOR), token.value()))).isEmpty();
        assertThat(held.release(new ReleaseRosterCommand(admin, token.hash()))).isEmpty();
        assertThat(held.release(new ReleaseRosterCommand(admin, null))).isEmpty();
        clock.advance(Duration.ofMinutes(30).plusSeconds(1));
        assertThat(held.release(new ReleaseRosterCommand(admin, token.value()))).isEmpty();
    }

    @Test
    void theJobForgetsOnlyFilesPastTheirTime() {
        hold(admin, "old");
        clock.advance(Duration.ofMinutes(20));
        SessionToken young = hold(staff(3, StaffRole.ADMINISTRATOR), "young");
        clock.advance(Duration.ofMinutes(11));

        assertThat(held.forgetExpired()).isEqualTo(1);
        assertThat(held.release(new ReleaseRosterCommand(staff(3, StaffRole.ADMINISTRATOR), young.value()))).isPresent();
    }

    @Test
    void staffWithoutTheRosterPermissionCanNeitherHoldNorRelease() {
        SignedInStaff contact = staff(4, StaffRole.EMPLOYER_CONTACT);
        assertThatThrownBy(() -> hold(contact, "x")).isInstanceOf(StaffMayNot.class);
        assertThatThrownBy(() -> held.release(new ReleaseRosterCommand(contact, "x"))).isInstanceOf(StaffMayNot.class);
    }
}
