package jp.kenpo.kennin.domain.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jp.kenpo.kennin.domain.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class MemberNumberTest {

    @ParameterizedTest(name = "[{index}] \"{0}\" is number {1}")
    @CsvSource({"3456, 3456", "003456, 3456", "０３４５６, 3456", "'34 56', 3456", "0, 0", "000, 0", "1234567890, 1234567890",
            "0000000001, 1"})
    void leadingZerosAndWidthDoNotMakeAnotherMember(String typed, String value) {
        assertThat(MemberNumber.parse(typed).value()).isEqualTo(value);
    }

    @Test
    void theCardsZeroPaddedNumberIsTheRostersNumber() {
        assertThat(MemberNumber.parse("000123")).isEqualTo(MemberNumber.parse("123"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"12345678901", "12a", "-1", "1.5", "一二三"})
    void rejectsWhatIsNotOneToTenDigits(String typed) {
        assertThatThrownBy(() -> MemberNumber.parse(typed)).isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).code()).isEqualTo("member.number.invalid");
    }
}
