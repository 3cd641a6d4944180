package jp.kenpo.kennin.domain.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jp.kenpo.kennin.domain.InvalidValueException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class MemberSymbolTest {

    @ParameterizedTest(name = "[{index}] \"{0}\" is symbol {1}")
    @CsvSource({"12, 12", "１２, 12", "'1 2', 12", "ab, AB", "ＡＢ１, AB1", "12345678, 12345678"})
    void readsSymbolsInAnyWidthAndCase(String typed, String value) {
        assertThat(MemberSymbol.parse(typed).value()).isEqualTo(value);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"123456789", "1-2", "記号"})
    void rejectsOtherShapes(String typed) {
        assertThatThrownBy(() -> MemberSymbol.parse(typed)).isInstanceOf(InvalidValueException.class)
                .hasMessage("member.symbol.invalid");
    }
}
