package jp.kenpo.kennin.domain.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CodeChallengeTest {
    private static final Instant SENT = Instant.parse("2025-07-10T01:00:00Z");
    private final CodeChallenge challenge = CodeChallenge.issue("hash", SENT, Duration.ofMinutes(10), 5);

    @Test
    void theRightCodeWithinTenMinutesIsAccepted() {
        CodeChallenge.Outcome outcome = challenge.check(true, SENT.plus(Duration.ofMinutes(10)).minusSeconds(1));
        assertThat(outcome.check()).isEqualTo(new CodeCheck.Accepted());
        assertThat(outcome.next().used()).isTrue();
    }

    @Test
    void atExactlyTenMinutesTheCodeHasExpired() {
        assertThat(challenge.check(true, SENT.plus(Duration.ofMinutes(10))).check()).isEqualTo(new CodeCheck.Expired());
    }

    @Test
    void aWrongTryAfterExpiryIsNotCounted() {
        CodeChallenge.Outcome outcome = challenge.check(false, SENT.plus(Duration.ofHours(1)));
        assertThat(outcome.check()).isEqualTo(new CodeCheck.Expired());
        assertThat(outcome.next().failedTries()).isZero();
    }

    @Test
    void aCodeWorksOnce() {
        CodeChallenge used = challenge.check(true, SENT).next();
        assertThat(used.check(true, SENT.plusSeconds(1)).check()).isEqualTo(new CodeCheck.AlreadyUsed());
    }

    @Test
    void theFifthWrongTryVoidsTheCode() {
        CodeChallenge current = challenge;
        for (int remaining = 4; remaining >= 1; remaining--) {
            CodeChallenge.Outcome outcome = current.check(false, SENT);
            assertThat(outcome.check()).isEqualTo(new CodeCheck.Wrong(remaining));
            current = outcome.next();
        }
        CodeChallenge.Outcome fifth = current.check(false, SENT);
        assertThat(fifth.check()).isEqualTo(new CodeCheck.Exhausted());
        assertThat(fifth.next().check(true, SENT).check()).isEqualTo(new CodeCheck.Exhausted());
    }

    @Test
    void theRightCodeOnTheFifthTryStillWorks() {
        CodeChallenge current = challenge;
        for (int i = 0; i < 4; i++) {
            current = current.check(false, SENT).next();
        }
        assertThat(current.check(true, SENT).check()).isEqualTo(new CodeCheck.Accepted());
    }

    @Test
    void anotherCodeMayBeSentSixtySecondsAfterTheLast() {
        Duration coolDown = Duration.ofSeconds(60);
        assertThat(challenge.resendWait(SENT, coolDown)).isEqualTo(Duration.ofSeconds(60));
        assertThat(challenge.resendWait(SENT.plusSeconds(59), coolDown)).isEqualTo(Duration.ofSeconds(1));
        assertThat(challenge.resendWait(SENT.plusSeconds(60), coolDown)).isZero();
        assertThat(challenge.resendWait(SENT.plusSeconds(600), coolDown)).isZero();
    }
}
