package jp.kenpo.kennin.adapters.persistence.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The COPY text a staged value becomes; the PostgreSQL contract tests read the rows back, these pin the escaping itself. */
class CopyTextTest {

    private static String copyText(Object value) {
        StringBuilder text = new StringBuilder("prefix|");
        StageWriter.appendCopyText(text, value);
        return text.toString();
    }

    @Test
    void nullIsBackslashN() {
        assertThat(copyText(null)).isEqualTo("prefix|\\N");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "山田　太郎", "taro@example.invalid", "N", "a/b'\"c", "ＮＵＬＬ"})
    void textWithoutBackslashTabOrLineBreaksIsWrittenAsItIs(String value) {
        assertThat(copyText(value)).isEqualTo("prefix|" + value);
    }

    @Test
    void backslashTabLineFeedAndCarriageReturnAreEscapedWhereverTheyAre() {
        assertThat(copyText("\\")).isEqualTo("prefix|\\\\");
        assertThat(copyText("a\tb")).isEqualTo("prefix|a\\tb");
        assertThat(copyText("東京\r\n本社")).isEqualTo("prefix|東京\\r\\n本社");
        assertThat(copyText("\\N")).isEqualTo("prefix|\\\\N");
        assertThat(copyText("x\\y\tz\n")).isEqualTo("prefix|x\\\\y\\tz\\n");
    }

    @Test
    void numbersAreWrittenInDecimal() {
        assertThat(copyText(42)).isEqualTo("prefix|42");
        assertThat(copyText(-7)).isEqualTo("prefix|-7");
        assertThat(copyText(1234567890123L)).isEqualTo("prefix|1234567890123");
        assertThat(copyText(Long.MIN_VALUE)).isEqualTo("prefix|" + Long.MIN_VALUE);
    }

    @Test
    void datesAreWrittenAsIso() {
        assertThat(copyText(LocalDate.of(1980, 4, 1))).isEqualTo("prefix|1980-04-01");
        assertThat(copyText(LocalDate.of(2026, 12, 31))).isEqualTo("prefix|2026-12-31");
        for (LocalDate d : new LocalDate[] {LocalDate.of(1000, 1, 1), LocalDate.of(9999, 12, 31), LocalDate.of(999, 10, 10),
                LocalDate.of(10000, 1, 1), LocalDate.of(-1, 2, 3), LocalDate.of(1900, 2, 28)}) {
            assertThat(copyText(d)).isEqualTo("prefix|" + d);
        }
    }

    @Test
    void anyOtherValueIsItsTextEscaped() {
        Object value = new Object() {
            @Override
            public String toString() {
                return "a\tb";
            }
        };
        assertThat(copyText(value)).isEqualTo("prefix|a\\tb");
    }
}
