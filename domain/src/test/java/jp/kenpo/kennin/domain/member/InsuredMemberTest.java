package jp.kenpo.kennin.domain.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import jp.kenpo.kennin.domain.InvalidValueException;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class InsuredMemberTest {
    private static final LocalDate BIRTH = LocalDate.of(1980, 4, 1);
    private final InsuredMember taro = new InsuredMember(new MemberId(1), new InsurerCode("omron"), MemberSymbol.parse("12"),
            MemberNumber.parse("3456"), new PersonName("山田 太郎", "ヤマダ タロウ"), BIRTH,
            EmailAddress.parse("taro@example.jp"), null, false);

    @ParameterizedTest
    @ValueSource(strings = {"ヤマダ タロウ", "ﾔﾏﾀﾞ ﾀﾛｳ", "やまだたろう", "ヤマダ　タロウ", " ﾔﾏﾀﾞﾀﾛｳ "})
    void isIdentifiedByTheirKanaNameHoweverTyped(String kana) {
        assertThat(taro.identifiedBy(BIRTH, kana)).isTrue();
    }

    @Test
    void aWrongBirthDateIsNotThem() {
        assertThat(taro.identifiedBy(BIRTH.plusDays(1), "ヤマダ タロウ")).isFalse();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"ヤマダ ジロウ", "ヤマダ", "山田 太郎", " "})
    void anotherNameIsNotThem(String kana) {
        assertThat(taro.identifiedBy(BIRTH, kana)).isFalse();
    }

    @Test
    void anAddressTheyChangeThemselvesIsMarkedAsTheirs() {
        InsuredMember changed = taro.withEmailChangedByMember(EmailAddress.parse("taro@home.example.jp"));
        assertThat(changed.email().value()).isEqualTo("taro@home.example.jp");
        assertThat(changed.emailSetByMember()).isTrue();
        assertThat(taro.officeName()).isEmpty();
    }

    @Test
    void aNameNeedsKanaInKatakanaOrHiragana() {
        assertThatThrownBy(() -> new PersonName("山田 太郎", "YAMADA")).hasMessage("member.kana.invalid");
        assertThatThrownBy(() -> new PersonName(" ", "ヤマダ")).isInstanceOf(InvalidValueException.class)
                .hasMessage("member.name.invalid");
    }
}
