package jp.kenpo.kennin.domain.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.random.RandomGenerator;
import jp.kenpo.kennin.domain.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class VerificationCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"042195", "０４２１９５", "042 195", "042-195", " 042195 ", "０４２　１９５"})
    void readsTheCodeHoweverTyped(String typed) {
        assertThat(VerificationCode.parse(typed).value()).isEqualTo("042195");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"42195", "0421956", "abcdef", "04219a"})
    void refusesWhatIsNotSixDigits(String typed) {
        assertThatThrownBy(() -> VerificationCode.parse(typed)).isInstanceOf(InvalidValueException.class)
                .hasMessage("verification.code.format");
    }

    @Test
    void smallNumbersAreZeroPadded() {
        RandomGenerator fortyTwo = new RandomGenerator() {
            @Override
            public long nextLong() {
                return 42;
            }

            @Override
            public int nextInt(int bound) {
                return 42;
            }
        };
        assertThat(VerificationCode.issue(fortyTwo).value()).isEqualTo("000042");
    }

    @Test
    void theCodeNeverAppearsInLogs() {
        assertThat(VerificationCode.parse("042195").toString()).doesNotContain("042195");
    }
}
