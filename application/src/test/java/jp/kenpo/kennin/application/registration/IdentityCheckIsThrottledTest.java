package jp.kenpo.kennin.application.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.application.InMemorySystem;
import jp.kenpo.kennin.application.Omron;
import jp.kenpo.kennin.application.registration.IdentifyMemberUseCase.IdentifyMemberCommand;
import jp.kenpo.kennin.application.registration.IdentifyMemberUseCase.IdentifyMemberResult;
import jp.kenpo.kennin.domain.audit.AuditAction;
import org.junit.jupiter.api.Test;

/** Per member record: slow after 3 failures (5 s), lock after 5 within 30 min. Per address: slow after 10, lock after 30. */
class IdentityCheckIsThrottledTest {
    private static final ClientAddress HOME = new ClientAddress("198.51.100.7");
    private static final ClientAddress OFFICE = new ClientAddress("203.0.113.9");
    private final Omron omron = new Omron();
    private final InMemorySystem system = omron.system;

    private IdentifyMemberResult taro(String birthDate, ClientAddress from) {
        return system.identifyMember.identifyMember(new IdentifyMemberCommand("omron", "12", "3456", birthDate, "ヤマダ タロウ", from));
    }

    private String tarosCardKey() {
        return IdentifyMemberService.cardKey(system.digest, "omron", "12", "3456");
    }

    private IdentifyMemberResult rightAnswer(ClientAddress from) {
        return taro("1980/04/01", from);
    }

    private void wrongGuesses(int count, ClientAddress from) {
        for (int i = 0; i < count; i++) {
            assertThat(taro("1980/01/0" + (i % 9 + 1), from)).isEqualTo(new IdentifyMemberResult.NotMatched());
            system.clock.advance(Duration.ofSeconds(10));
        }
    }

    @Test
    void afterThreeFailuresTheNextTryMustWaitFiveSeconds() {
        for (int i = 0; i < 3; i++) {
            taro("1980/04/02", HOME);
        }
        Instant lastFailure = system.clock.instant();

        assertThat(rightAnswer(HOME)).isEqualTo(new IdentifyMemberResult.Throttled(lastFailure.plusSeconds(5)));
        assertThat(system.audit.actions()).endsWith(AuditAction.IDENTITY_CHECK_THROTTLED);

        system.clock.advance(Duration.ofSeconds(5));
        assertThat(rightAnswer(HOME)).isInstanceOf(IdentifyMemberResult.Identified.class);
    }

    @Test
    void fiveFailuresLockTheRecordForThirtyMinutesEvenAgainstTheRightAnswerFromElsewhere() {
        Instant firstFailure = system.clock.instant();
        wrongGuesses(5, HOME);

        assertThat(rightAnswer(OFFICE)).isEqualTo(new IdentifyMemberResult.Throttled(firstFailure.plus(Duration.ofMinutes(30))));

        system.clock.set(firstFailure.plus(Duration.ofMinutes(30)).minusSeconds(1));
        assertThat(rightAnswer(OFFICE)).isInstanceOf(IdentifyMemberResult.Throttled.class);
        system.clock.set(firstFailure.plus(Duration.ofMinutes(30)));
        assertThat(rightAnswer(OFFICE)).isInstanceOf(IdentifyMemberResult.Identified.class);
    }

    @Test
    void aLockedRecordIsNotCheckedSoALockCannotBeUsedToConfirmAGuess() {
        wrongGuesses(5, HOME);
        int failuresBefore = system.failures.count(tarosCardKey());

        assertThat(taro("1980/04/02", HOME)).isInstanceOf(IdentifyMemberResult.Throttled.class);
        assertThat(rightAnswer(HOME)).isInstanceOf(IdentifyMemberResult.Throttled.class);
        assertThat(system.failures.count(tarosCardKey())).isEqualTo(failuresBefore);
    }

    @Test
    void aSuccessForgetsEarlierFailuresOfTheRecord() {
        wrongGuesses(2, HOME);
        assertThat(rightAnswer(HOME)).isInstanceOf(IdentifyMemberResult.Identified.class);
        taro("1980/04/02", HOME);
        taro("1980/04/02", HOME);

        assertThat(rightAnswer(HOME)).isInstanceOf(IdentifyMemberResult.Identified.class);
    }

    @Test
    void oneAddressTryingManyCardsIsSlowedThenLocked() {
        Instant firstFailure = system.clock.instant();
        for (int i = 0; i < 10; i++) {
            system.identifyMember.identifyMember(new IdentifyMemberCommand("omron", "12", Integer.toString(5000 + i),
                    "1980/04/01", "ヤマダ タロウ", HOME));
        }
        assertThat(rightAnswer(HOME)).isEqualTo(new IdentifyMemberResult.Throttled(firstFailure.plusSeconds(2)));

        for (int i = 10; i < 30; i++) {
            system.clock.advance(Duration.ofSeconds(3));
            system.identifyMember.identifyMember(new IdentifyMemberCommand("omron", "12", Integer.toString(5000 + i),
                    "1980/04/01", "ヤマダ タロウ", HOME));
        }
        system.clock.advance(Duration.ofSeconds(3));
        assertThat(rightAnswer(HOME)).isEqualTo(new IdentifyMemberResult.Throttled(firstFailure.plus(Duration.ofMinutes(30))));
        assertThat(rightAnswer(OFFICE)).isInstanceOf(IdentifyMemberResult.Identified.class);
    }
}
