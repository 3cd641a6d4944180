package jp.kenpo.kennin.domain.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class DateInputTest {

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @ValueSource(strings = {"2001/02/03", "2001-02-03", "2001.02.03", "20010203", "2001/2/3", "2001-2-03",
            "２００１/０２/０３", "２００１－０２－０３", "２００１／０２／０３", "２００１０２０３", " 2001 / 02 / 03 "})
    void readsTheManualsFormatInAnyWidth(String typed) {
        assertThat(DateInput.parse(typed)).contains(LocalDate.of(2001, 2, 3));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @NullAndEmptySource
    @ValueSource(strings = {"2001/02/30", "2001/13/01", "2001/00/10", "2001/02", "01/02/03", "010203", "200102030",
            "2001年2月3日", "abcd/ef/gh", "2001/02/03/04", "2001/02-03x"})
    void rejectsWhatIsNoDay(String typed) {
        assertThat(DateInput.parse(typed)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2000/02/29", "20000229"})
    void knowsLeapDays(String typed) {
        assertThat(DateInput.parse(typed)).contains(LocalDate.of(2000, 2, 29));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1900/02/29", "2001/02/29"})
    void knowsYearsWithoutLeapDay(String typed) {
        assertThat(DateInput.parse(typed)).isEmpty();
    }
}
