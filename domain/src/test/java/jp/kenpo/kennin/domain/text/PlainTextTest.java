package jp.kenpo.kennin.domain.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlainTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"a\nb", "a\r\nb", "a\tb", "a\u0000b", "\u007f", "a\u0085b", "a\u2028b", "a\u2029b", "a\u202eb",
            "a\u2066b", "👨\u0000", "\ud800\u0001", "京都\u202e", "\u009f"})
    void lineBreaksTabsNulAndDirectionOverridesAreControlCharacters(String text) {
        assertThat(PlainText.hasControlCharacters(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "京都 花子", "ｷｮｳﾄ　ﾊﾅｺ", "=1+1", "髙﨑①", "👨‍👩‍👧", "\ud83d", "\udc68a", "\u00a0\u3000"})
    void ordinaryTextOfAnyWidthHasNone(String text) {
        assertThat(PlainText.hasControlCharacters(text)).isFalse();
    }

    @Test
    void amongAsciiExactlyC0AndDeleteAreControlCharacters() {
        for (char c = 0; c < 0x80; c++) {
            assertThat(PlainText.hasControlCharacters("a" + c + "b")).as("U+%04X", (int) c).isEqualTo(c < 0x20 || c == 0x7F);
        }
    }
}
