package jp.kenpo.kennin.domain.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jp.kenpo.kennin.domain.InvalidValueException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AmountsTypedInAnyWidthTest {

    @ParameterizedTest(name = "{0} is {1} yen")
    @CsvSource(delimiter = '|', value = {
            "1300000|1300000",
            "1,300,000|1300000",
            "１，２９９，９９９円|1299999",
            "１２９９９９９|1299999",
            "1,299,999 円|1299999",
            "130万|1300000",
            "１３０万円|1300000",
            "130万5000|1305000",
            "0|0",
            "1、000|1000",
            "1000000000|1000000000"})
    void readsTheFormsPeopleWriteAmountsIn(String typed, long yen) {
        assertThat(YenAmount.parse(typed).yen()).isEqualTo(yen);
    }

    @ParameterizedTest(name = "{0} is refused: {1}")
    @CsvSource(delimiter = '|', value = {
            "-1|survey.amount.negative",
            "－１０００|survey.amount.negative",
            "−1,000|survey.amount.negative",
            "1000000001|survey.amount.tooLarge",
            "99999999999999999999999|survey.amount.tooLarge",
            "100001万|survey.amount.tooLarge",
            "12.5万|survey.amount.invalid",
            "1,30,000|survey.amount.invalid",
            "百三十万|survey.amount.invalid",
            "abc|survey.amount.invalid",
            "万|survey.amount.invalid"})
    void refusesWhatIsNotAnAmountWithAReason(String typed, String code) {
        assertThatThrownBy(() -> YenAmount.parse(typed)).isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.code()).isEqualTo(code));
    }
}
