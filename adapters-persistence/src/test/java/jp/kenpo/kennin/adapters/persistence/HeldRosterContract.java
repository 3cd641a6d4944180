package jp.kenpo.kennin.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import jp.kenpo.kennin.application.roster.HeldRoster;
import jp.kenpo.kennin.application.staff.StaffPort.NewStaff;
import jp.kenpo.kennin.domain.staff.LoginName;
import jp.kenpo.kennin.domain.staff.StaffId;
import jp.kenpo.kennin.domain.staff.StaffRole;
import org.junit.jupiter.api.Test;

/**
 * Previewed roster files wait in the database for their commit, so any node can take it: once,
 * for the staff member who previewed, within the time kept; a new preview replaces the old one.
 */
interface HeldRosterContract extends PersistenceContract {
    Instant H0 = Instant.parse("2026-04-01T09:00:00Z");

    private StaffId newStaffMember() {
        return database().staff().createStaff(new NewStaff(Optional.of(newInsurer()), new LoginName("held-" + System.nanoTime()),
                "名簿　担当", Optional.empty(), StaffRole.ADMINISTRATOR, Optional.empty()), H0).orElseThrow();
    }

    private static HeldRoster file(StaffId staff, String text, Instant at) {
        return new HeldRoster(staff, "名簿.csv", HeldRoster.Kind.DEPENDENTS, "Windows-31J", text.getBytes(StandardCharsets.UTF_8), at);
    }

    @Test
    default void aHeldFileComesBackWholeOnceAndOnlyToItsStaffMember() {
        StaffId staff = newStaffMember();
        StaffId other = newStaffMember();
        byte[] large = new byte[3 * 1024 * 1024];
        for (int i = 0; i < large.length; i++) {
            large[i] = (byte) i;
        }
        HeldRoster held = new HeldRoster(staff, "名簿.csv", HeldRoster.Kind.MEMBERS, "UTF-8", large, H0);
        database().heldRosters().hold("a".repeat(64), held);

        assertThat(database().heldRosters().release("a".repeat(64), other, H0)).isEmpty();
        HeldRoster back = database().heldRosters().release("a".repeat(64), staff, H0).orElseThrow();
        assertThat(back.content()).isEqualTo(large);
        assertThat(back).usingRecursiveComparison().ignoringFields("content").isEqualTo(held);
        assertThat(database().heldRosters().release("a".repeat(64), staff, H0)).isEmpty();
    }

    @Test
    default void anExpiredFileIsNotReleasedAndANewPreviewReplacesTheOldOne() {
        StaffId staff = newStaffMember();
        database().heldRosters().hold("b".repeat(64), file(staff, "first", H0));
        assertThat(database().heldRosters().release("b".repeat(64), staff, H0.plusSeconds(1))).isEmpty();

        database().heldRosters().hold("c".repeat(64), file(staff, "second", H0));
        database().heldRosters().hold("d".repeat(64), file(staff, "third", H0.plusSeconds(5)));
        assertThat(database().heldRosters().release("c".repeat(64), staff, H0)).isEmpty();
        assertThat(database().heldRosters().release("d".repeat(64), staff, H0)).map(h -> new String(h.content(), StandardCharsets.UTF_8))
                .contains("third");
    }

    @Test
    default void ofEightCommitsOfOnePreviewAtOnceExactlyOneGetsTheFile() throws Exception {
        StaffId staff = newStaffMember();
        database().heldRosters().hold("e".repeat(64), file(staff, "once", H0));

        int taken = Race.inParallel(8, () -> database().heldRosters().release("e".repeat(64), staff, H0).isPresent());

        assertThat(taken).isEqualTo(1);
    }

    @Test
    default void filesNobodyCommittedAreForgottenOnceExpired() {
        StaffId early = newStaffMember();
        StaffId late = newStaffMember();
        Instant past = Instant.parse("2001-01-01T00:00:00Z");
        database().heldRosters().hold("f".repeat(64), file(early, "early", past));
        database().heldRosters().hold("9".repeat(64), file(late, "late", past.plusSeconds(3600)));

        assertThat(database().heldRosters().forgetHeldBefore(past.plusSeconds(60))).isEqualTo(1);

        assertThat(database().heldRosters().release("f".repeat(64), early, past.minus(Duration.ofDays(1)))).isEmpty();
        assertThat(database().heldRosters().release("9".repeat(64), late, past)).isPresent();
    }
}
