package jp.kenpo.kennin.adapters.persistence;

import static jp.kenpo.kennin.adapters.persistence.Fixtures.entry;
import static jp.kenpo.kennin.adapters.persistence.Race.inParallel;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import jp.kenpo.kennin.adapters.persistence.registration.SignupLimitRepository;
import jp.kenpo.kennin.application.registration.SignupLimitsPort.SignupLimitState;
import jp.kenpo.kennin.application.roster.RosterEntry;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.member.MemberId;
import org.junit.jupiter.api.Test;

/** Sign-up limits per member record across codes: each change one conditional update. */
interface SignupLimitContract extends PersistenceContract {
    Instant T0 = Instant.parse("2025-07-10T01:00:00.123456Z");
    LocalDate DAY = LocalDate.of(2025, 7, 10);

    @Test
    default void aMemberWhoNeverAskedHasNothingCounted() {
        assertThat(limits().load(signupMember())).isEqualTo(SignupLimitState.none());
    }

    @Test
    default void codesAreAdmittedAfterTheCoolDownAndUpToTheDailyCap() {
        MemberId member = signupMember();

        assertThat(limits().admitCode(member, T0, T0.minusSeconds(60), DAY, 2)).isTrue();
        assertThat(limits().load(member)).isEqualTo(new SignupLimitState(0, Optional.of(DAY), 1, Optional.of(T0)));
        assertThat(limits().admitCode(member, T0.plusSeconds(59), T0.minusSeconds(1), DAY, 2)).isFalse();
        assertThat(limits().admitCode(member, T0.plusSeconds(60), T0, DAY, 2)).isTrue();
        assertThat(limits().admitCode(member, T0.plusSeconds(120), T0.plusSeconds(60), DAY, 2)).isFalse();
        assertThat(limits().load(member).codesThatDay()).isEqualTo(2);

        Instant tomorrow = T0.plusSeconds(86_400);
        assertThat(limits().admitCode(member, tomorrow, tomorrow.minusSeconds(60), DAY.plusDays(1), 2)).isTrue();
        assertThat(limits().load(member)).isEqualTo(new SignupLimitState(0, Optional.of(DAY.plusDays(1)), 1,
                Optional.of(tomorrow)));
    }

    @Test
    default void aWithdrawnCodeGivesItsPlaceBack() {
        MemberId member = signupMember();
        limits().admitCode(member, T0, T0.minusSeconds(60), DAY, 10);
        limits().admitCode(member, T0.plusSeconds(60), T0, DAY, 10);

        limits().withdrawCode(member, T0.plusSeconds(60), Optional.of(T0));

        assertThat(limits().load(member)).isEqualTo(new SignupLimitState(0, Optional.of(DAY), 1, Optional.of(T0)));
    }

    @Test
    default void thirtyParallelRequestsForACodeAdmitOne() throws Exception {
        MemberId member = signupMember();
        assertThat(inParallel(30, () -> limits().admitCode(member, T0, T0.minusSeconds(60), DAY, 10))).isEqualTo(1);
        assertThat(limits().load(member).codesThatDay()).isEqualTo(1);
    }

    @Test
    default void codeTriesAcrossCodesStopAtTheCapEvenInParallelAndStartAgainAfterAReset() throws Exception {
        MemberId member = signupMember();
        for (int i = 0; i < 90; i++) {
            assertThat(limits().countCodeTry(member, 100)).isTrue();
        }

        assertThat(inParallel(30, () -> limits().countCodeTry(member, 100))).isEqualTo(10);
        assertThat(limits().load(member).codeTries()).isEqualTo(100);
        assertThat(limits().countCodeTry(member, 100)).isFalse();

        limits().resetCodeTries(member);
        assertThat(limits().load(member).codeTries()).isZero();
        assertThat(limits().countCodeTry(member, 100)).isTrue();
    }

    private SignupLimitRepository limits() {
        return database().signupLimits();
    }

    private MemberId signupMember() {
        InsurerCode code = newInsurer();
        RosterEntry entry = entry("01", "1", "signup@example.jp");
        database().members().storeRoster(code, List.of(entry));
        return database().members().findByCard(code, entry.symbol(), entry.number()).orElseThrow().id();
    }
}
