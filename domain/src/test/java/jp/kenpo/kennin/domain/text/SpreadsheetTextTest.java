package jp.kenpo.kennin.domain.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Cells a spreadsheet would run as a formula when staff open an export; kept as text on import, defused on export. */
class SpreadsheetTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://evil.example\",\"本社\")", "+81-3-1234", "-1+2", "@SUM(A1)", "\tx", "\rx",
            "＝1+1", "＋1", "－1", "＠A1"})
    void aCellThatASpreadsheetWouldEvaluateIsFormulaLike(String cell) {
        assertThat(SpreadsheetText.isFormulaLike(cell)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "本社", "京都 花子", "1+1=2", "a@example.jp", "03-1234-5678"})
    void anOrdinaryCellIsNot(String cell) {
        assertThat(SpreadsheetText.isFormulaLike(cell)).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "=1+1|'=1+1",
            "@SUM(A1)|'@SUM(A1)",
            "-1|'-1",
            "本社|本社",
            "\"\"|\"\""})
    void neutralisingPutsAnApostropheBeforeAFormulaAndNothingElse(String cell, String exported) {
        assertThat(SpreadsheetText.neutralise(cell)).isEqualTo(exported);
    }

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "本社", "-1"})
    void neutralisingTwiceChangesNothingMore(String cell) {
        String once = SpreadsheetText.neutralise(cell);
        assertThat(SpreadsheetText.neutralise(once)).isEqualTo(once);
    }
}
