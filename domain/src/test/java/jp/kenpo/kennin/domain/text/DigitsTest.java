package jp.kenpo.kennin.domain.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DigitsTest {

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource({"7, 7", "0, 0", "00, 0", "000, 0", "007, 7", "0070, 70", "100, 100", "1234567890, 1234567890",
            "0000000001, 1", "'', ''"})
    void leadingZerosGoButTheLastDigitStays(String digits, String expected) {
        assertThat(Digits.withoutLeadingZeros(digits)).isEqualTo(expected)
                .isEqualTo(digits.replaceFirst("^0+(?=.)", ""));
    }
}
