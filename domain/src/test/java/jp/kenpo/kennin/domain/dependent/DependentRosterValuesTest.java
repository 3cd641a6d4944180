package jp.kenpo.kennin.domain.dependent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import jp.kenpo.kennin.domain.InvalidValueException;
import jp.kenpo.kennin.domain.eligibility.Relationship;
import jp.kenpo.kennin.domain.member.MemberId;
import jp.kenpo.kennin.domain.member.PersonName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** The columns of a dependents roster as the insurer's systems write them. */
class DependentRosterValuesTest {

    @ParameterizedTest(name = "[{index}] \"{0}\" is dependent number {1}")
    @CsvSource({"1, 1", "01, 1", "００２, 2", "0, 0", "9999, 9999", "0012, 12"})
    void dependentNumbersIgnoreLeadingZerosAndWidth(String typed, String value) {
        assertThat(DependentNumber.parse(typed).value()).isEqualTo(value);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"12345", "1a", "-1", "一"})
    void dependentNumbersAreOneToFourDigits(String typed) {
        assertThatThrownBy(() -> DependentNumber.parse(typed))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("dependent.number.invalid"));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" is {1}")
    @CsvSource({"男, MALE", "男性, MALE", "M, MALE", "m, MALE", "Ｍ, MALE", "1, MALE", "１, MALE",
            "女, FEMALE", "女性, FEMALE", "F, FEMALE", "f, FEMALE", "2, FEMALE", "' 女 ', FEMALE"})
    void sexIsReadInWordsLettersOrTheFormCode(String typed, Sex sex) {
        assertThat(Sex.parse(typed)).isEqualTo(sex);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"3", "X", "おとこ", "male"})
    void anythingElseIsNotASex(String typed) {
        assertThatThrownBy(() -> Sex.parse(typed))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("dependent.sex.invalid"));
    }

    @Test
    void blankCohabitationIsUnknownNotAGuess() {
        assertThat(Cohabitation.parse("同居")).isEqualTo(Cohabitation.TOGETHER);
        assertThat(Cohabitation.parse(" 別居 ")).isEqualTo(Cohabitation.APART);
        assertThat(Cohabitation.parse("")).isEqualTo(Cohabitation.UNKNOWN);
        assertThat(Cohabitation.parse(null)).isEqualTo(Cohabitation.UNKNOWN);
        assertThatThrownBy(() -> Cohabitation.parse("単身赴任"))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.code()).isEqualTo("dependent.cohabitation.invalid"));
    }

    @Test
    void theTermIsKeptAsWrittenWithTheKindItMapsTo() {
        StatedRelationship motherInLaw = StatedRelationship.parse(" 義母 ");

        assertThat(motherInLaw.term()).isEqualTo("義母");
        assertThat(motherInLaw.kind()).isEqualTo(Relationship.SPOUSE_PARENT);
        assertThat(motherInLaw.requiresCohabitation()).isTrue();
        assertThat(StatedRelationship.parse("長男").requiresCohabitation()).isFalse();
        assertThatThrownBy(() -> StatedRelationship.parse("同僚"))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.code()).isEqualTo("dependent.relationship.unknown"));
    }

    @Test
    void certificationBeforeBirthIsImpossible() {
        assertThatThrownBy(() -> new Dependent(new DependentId(1), new MemberId(1), DependentNumber.parse("1"),
                new PersonName("山田 一郎", "ヤマダ イチロウ"), LocalDate.of(2010, 4, 2), StatedRelationship.parse("長男"), Sex.MALE,
                Cohabitation.TOGETHER, Optional.of(LocalDate.of(2010, 4, 1))))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.code()).isEqualTo("dependent.certifiedOn.invalid"));
    }
}
