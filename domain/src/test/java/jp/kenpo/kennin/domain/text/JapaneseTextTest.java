package jp.kenpo.kennin.domain.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class JapaneseTextTest {

    @ParameterizedTest(name = "[{index}] \"{0}\" is read as {1}")
    @CsvSource(delimiter = '|', value = {
            "ヤマダ タロウ     | ヤマダタロウ",
            "ﾔﾏﾀﾞ ﾀﾛｳ         | ヤマダタロウ",
            "ﾔﾏﾀﾞﾀﾛｳ          | ヤマダタロウ",
            "やまだ　たろう     | ヤマダタロウ",
            "ヤマダ　　タロウ   | ヤマダタロウ",
            "'  ヤマダタロウ '  | ヤマダタロウ",
            "サイトウ コージ    | サイトウコージ",
            "ｻｲﾄｳ ｺｰｼﾞ        | サイトウコージ",
            "サイトウ コ-ジ     | サイトウコージ",
            "サイトウ コ－ジ    | サイトウコージ",
            "サイトウ コ〜ジ    | サイトウコージ",
            "ゔぃヴぃ           | ヴィヴィ",
            "ガッコウ          | ガッコウ",
            "ｶﾞｯｺｳ            | ガッコウ",
    })
    void kanaKeyReadsEveryWidthSpacingAndDashTheSame(String typed, String key) {
        assertThat(JapaneseText.kanaKey(typed)).isEqualTo(key);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ヤマダ タロウ", "ﾔﾏﾀﾞ ﾀﾛｳ", "やまだ たろう", "サイトウ コージ", "スミス・ジョン", "ヤマダ　タロウ"})
    void katakanaNamesInAnyWidthAreNames(String kana) {
        assertThat(JapaneseText.isKatakanaName(kana)).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "　", "山田 太郎", "YAMADA TARO", "ヤマダ1", "ヤマダ?"})
    void anythingElseIsNotAKatakanaName(String text) {
        assertThat(JapaneseText.isKatakanaName(text)).isFalse();
    }

    @ParameterizedTest(name = "[{index}] nfkc(\"{0}\") = {1}")
    @CsvSource(delimiter = '|', value = {
            "ＡＢＣ１２３ | ABC123",
            "' abc '     | abc",
            "ｱｲｳ         | アイウ",
            "'\t a\u0001b~ \n' | a\u0001b~",
            "'12\u00a03'   | 12 3",
            "'e\u0301'     | \u00e9",
            "'\u3000abc\u3000' | abc",
    })
    void nfkcNarrowsAsciiWidensKanaAndTrims(String raw, String expected) {
        assertThat(JapaneseText.nfkc(raw)).isEqualTo(expected);
    }

    @ParameterizedTest
    @NullAndEmptySource
    void nfkcOfNothingIsEmpty(String raw) {
        assertThat(JapaneseText.nfkc(raw)).isEmpty();
    }
}
