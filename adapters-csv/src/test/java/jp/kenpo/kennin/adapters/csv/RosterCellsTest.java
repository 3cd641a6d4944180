package jp.kenpo.kennin.adapters.csv;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The hand-written loops the reader runs on every cell: trimming, blank rows, line counting. */
class RosterCellsTest {

    @ParameterizedTest(name = "[{index}] trim(\"{0}\") = \"{1}\"")
    @CsvSource(delimiter = '|', value = {
            "'\u3000山田　太郎\u3000' | 山田　太郎",
            "' \t0042\u00a0 '       | 0042",
            "'\u3000\u3000'          | ''",
            "''                      | ''",
            "'a b'                   | a b",
    })
    void spacesOfEitherWidthAroundACellAreTrimmedAndThoseInsideKept(String cell, String trimmed) {
        assertThat(RosterCsvReader.trim(cell)).isEqualTo(trimmed);
    }

    @Test
    void aCellWithNothingToTrimIsHandedBackAsItIs() {
        String cell = new String("山田　太郎");
        assertThat(RosterCsvReader.trim(cell)).isSameAs(cell);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\u3000", "\u00a0\t\u3000 "})
    void onlySpacesOfEitherWidthAreBlank(String cell) {
        assertThat(RosterCsvReader.isBlank(cell)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "\u3000a\u3000", " 0 ", "・"})
    void anythingElseIsNotBlank(String cell) {
        assertThat(RosterCsvReader.isBlank(cell)).isFalse();
    }

    @Test
    void theShortCutForSpacesAgreesWithJavasOwnDefinitionForEveryChar() {
        for (int i = Character.MIN_VALUE; i <= Character.MAX_VALUE; i++) {
            char c = (char) i;
            assertThat(RosterCsvReader.isSpace(c)).as("U+%04X", (int) c).isEqualTo(Character.isWhitespace(c) || Character.isSpaceChar(c));
        }
    }

    @ParameterizedTest(name = "[{index}] {1} breaks")
    @CsvSource(delimiter = '|', value = {"'' | 0", "'a\r\nb' | 1", "'a\nb\rc' | 2", "'\r' | 1", "'\r\n\r\n' | 2", "'\n\r' | 2"})
    void crLfCountsAsOneLineBreak(String cell, long breaks) {
        assertThat(RosterCsvReader.lineBreaks(cell)).isEqualTo(breaks);
    }
}
