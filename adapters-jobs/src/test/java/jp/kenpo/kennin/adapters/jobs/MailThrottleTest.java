package jp.kenpo.kennin.adapters.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MailThrottleTest {
    @ParameterizedTest(name = "{0} a minute: a run every {1} ms with at most {2} mails")
    @CsvSource({
            "600, 5000, 50",
            "60000, 5000, 5000",
            "12, 5000, 1",
            "13, 5000, 1",
            "7, 8572, 1",
            "1, 60000, 1",
            "100, 5000, 8"})
    void theRateBecomesAPeriodAndAMailCount(int perMinute, long periodMillis, int mails) {
        MailThrottle throttle = new MailThrottle(perMinute);
        assertThat(throttle.period()).isEqualTo(Duration.ofMillis(periodMillis));
        assertThat(throttle.mailsPerRun()).isEqualTo(mails);
    }

    @ParameterizedTest(name = "{0} a minute is never exceeded")
    @ValueSource(ints = {1, 2, 5, 7, 11, 12, 13, 59, 61, 100, 599, 600, 601, 1000, 59_999, 60_000})
    void aMinuteOfRunsNeverSendsMoreThanTheSetting(int perMinute) {
        MailThrottle throttle = new MailThrottle(perMinute);
        long runsInAMinute = 60_000 / throttle.period().toMillis();
        assertThat(runsInAMinute * throttle.mailsPerRun()).isLessThanOrEqualTo(perMinute);
        assertThat(throttle.mailsPerRun()).isPositive();
    }

    @ParameterizedTest(name = "{0} a minute: {1} worker(s) side by side")
    @CsvSource({"600, 1", "1200, 1", "2400, 2", "3600, 3", "4800, 4", "60000, 4", "1, 1"})
    void aFastRateIsWorkedByMoreThanOneWorker(int perMinute, int lanes) {
        assertThat(new MailThrottle(perMinute).lanes()).isEqualTo(lanes);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 60_001})
    void aRateOutsideTheRangeIsRefused(int perMinute) {
        assertThatThrownBy(() -> new MailThrottle(perMinute)).isInstanceOf(IllegalArgumentException.class);
    }
}
